"""Shared helpers for the tests of figures in the reporters' own languages: the headline killed and wounded figure
of a text, written as the probes write them ('32', '12:at_least', '100:vague', '-' for none)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim


def claims(text: str, language: str) -> list[Claim]:
    return list(extract(ArticleInput(text=text, language=language)).claims)


def figure(claim: Claim | None) -> str:
    if claim is None:
        return "-"
    return str(claim.value) if claim.qualifier.value == "exact" else f"{claim.value}:{claim.qualifier.value}"


def headlines(text: str, language: str) -> tuple[str, str]:
    """The killed and wounded headline figures of the text."""
    main = main_incident_claims(claims(text, language))
    return figure(pick_headline(main, "killed")), figure(pick_headline(main, "wounded"))


def head_values(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    """The killed and wounded headline values of an English text (with its title), None where there is none."""
    main = main_incident_claims(extract(ArticleInput(text=text, title=title)).claims)
    killed, wounded = pick_headline(main, "killed"), pick_headline(main, "wounded")
    return (killed.value if killed else None, wounded.value if wounded else None)


def number_table_cases(table: dict[str, str]) -> list[tuple[str, str, int]]:
    """(language, phrase, value) of a number-word table written from each language's grammar: per language,
    entries split by ";", each "phrase=value", or "u:" and the units one to nine (or more) in order."""
    out = []
    for code, spec in table.items():
        for part in (p.strip() for p in spec.split(";")):
            if part.startswith("u:"):
                out += [(code, word, n) for n, word in enumerate(part[2:].split(), start=1)]
            else:
                phrase, value = part.rsplit("=", 1)
                out.append((code, phrase.strip(), int(value)))
    return out


def form_cases(
    forms: Mapping[str, Sequence[str]], form_names: Sequence[str], open_forms: Mapping[tuple[str, str], str]
) -> list[object]:
    """pytest params (code, form, text) of a table of one sentence per form per language, the forms a lexicon still
    misses marked xfail(strict=True) with why (`open_forms[code, form]`)."""
    out: list[object] = []
    for code, texts in forms.items():
        for form, text in zip(form_names, texts, strict=True):
            why = open_forms.get((code, form))
            marks = [pytest.mark.xfail(strict=True, reason=why)] if why is not None else []
            out.append(pytest.param(code, form, text, id=f"{code}-{form.replace(' ', '_')}", marks=marks))
    return out
