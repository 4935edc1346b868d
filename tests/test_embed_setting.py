"""FACTRECON_EMBED_ANCESTORS becomes a CSP source list, or is refused (nothing can smuggle in a directive)."""

from __future__ import annotations

import pytest

from settings import Settings, csp_sources


def test_sources_are_normalised_to_a_space_separated_list() -> None:
    assert csp_sources("*") == "*"
    assert csp_sources("https://cms.example.org, 'self'  https://*.example.net:8443") == (
        "https://cms.example.org 'self' https://*.example.net:8443"
    )


@pytest.mark.parametrize("raw", ["", "https://a.example; script-src *", "'unsafe-inline'", 'https://a.example"'])
def test_anything_else_is_refused(raw: str) -> None:
    with pytest.raises(ValueError, match="FACTRECON_EMBED_ANCESTORS"):
        csp_sources(raw)


def test_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTRECON_EMBED_ANCESTORS", "https://cms.example.org")
    assert Settings.from_env().embed_ancestors == "https://cms.example.org"
