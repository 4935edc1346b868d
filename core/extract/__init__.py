"""Claim extraction: numeric casualty claims out of one article, with offsets into the original text.

`extract` is pure and deterministic, loads nothing from the network and never raises for str input.

Modules, in pipeline order:
- `language`: offline English check (stop-word ratio, then py3langid only when in doubt);
- `clean`: one-for-one character folding (offsets never move), boilerplate lines, sentences, duplicates;
- `tokens`: word/number/punctuation tokens with offsets;
- `numbers` / `qualifiers`: counts in digits and words, vague quantities, ranges, and the bounds that
  "at least", "as many as", "nearly" ... imply; years, times, ages, money and the like are not counts;
- `lexicons`: the words of each language as data (`lexicons/en.py`), read by the modules below;
- `triggers`: the metric lexicon, `phrases`: its look-ups in tokens; `binder`: binds numbers to metrics in a
  sentence (`metric_before_number`: the metric the words before a number give it; `noun_phrases`: who a number
  counts; `combine`: parts joined and figures derived afterwards);
  `singulars`: counts without a number ("a man was shot and killed"; `subjects`: who they are about;
  `singular_objects`: the one harmed told after an active verb or 'the death of': "killing a civilian");
  `counted_phrasings`: counts told by a whole phrasing ("a triple shooting", "The dead were identified as ...");
  `survivors`: the dead told by those who lived ("only two of the 181 people aboard survived");
- `tolls`: how tolls are reported ("the death toll has risen to N", "lowered the toll to N", "N and counting");
- `roles`: subset / increment / cumulative / background / partial;
- `attribution`, `where_when`: who gave the figure, where and when the incident happened; `sources`: a figure
  stated again with a source carries it;
- `pipeline`: puts it together per field (title, text) and derives article-level figures; `field_context`: a
  field's sentences and what a figure takes from them (place, date, source).
"""

from __future__ import annotations

from core.extract.clause_claimants import load_cues
from core.extract.combine import and_another
from core.extract.language import load_model
from core.extract.lexicons import WORLD_LANGUAGES
from core.extract.look_back import years_on
from core.extract.pipeline import extract
from core.extract.stated_zeros import phrases as zero_phrases
from core.extract.world_language import language as world_language
from core.models import ArticleInput
from core.places.index import gazetteer
from core.places.location import load_tables as load_place_tables
from core.places.not_places import name_head

__all__ = ["extract", "warm_up"]

_WARM_UP_TEXT = "Two people were killed and three injured in a shooting in Lyon on Monday, police said."


def warm_up() -> None:
    """Load now what extraction otherwise loads on the first article that needs it: the English passes, the
    gazetteer index, the language-identification model and every other language's compiled lexicon and place
    reader (about a second and 26 MB for all of them, once, instead of in each pool child on its first article
    in that language). Bench scripts call it before timing; workers call it before forking, so that pool
    children share what it loaded. The tables each language's passes build on first use (its stated zeros, its
    years-on phrases, its place words, its weather words) are built here too: on a report in a language not seen
    before they cost a pool child as much as extracting two or three reports."""
    extract(ArticleInput(text=_WARM_UP_TEXT))
    load_model()
    gazetteer().countries_written()
    gazetteer().demonyms()
    gazetteer().exonyms()
    gazetteer().name_filter()
    load_place_tables()
    name_head("")  # reads data/name_heads.tsv
    for code in ["en", *sorted(WORLD_LANGUAGES)]:
        zero_phrases(code)
        years_on(code)
        and_another(code)
        load_cues(code)
        lang = world_language(code)
        if lang is not None:
            lang.places.load_tables()  # compiled on first use: now, before the fork
            lang.weather  # noqa: B018
