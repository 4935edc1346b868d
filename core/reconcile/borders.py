"""One country's share of a disaster that crossed a border.

In an event whose block is several countries together (`core.events.blocks._joint_block`: a report named them as
its disaster's scene), a report that tells only one country's dead ("the toll in Syria rose to 812", AFAD's
count for Turkey) gives a part of the whole that reports naming both countries give ("more than 11,000 in Turkey
and Syria"). Its figures are shown as that country's share: not compared with the whole's, so they make no
false dispute and move no estimate (`core.reconcile.figures`).
"""

from __future__ import annotations

from collections.abc import Sequence

from core.events import EventState
from core.events.pieces import article_pieces, membership_piece, told_joint
from core.models import ArticleFacts
from core.places.index import gazetteer


def country_shares(event: EventState, members: Sequence[ArticleFacts]) -> dict[str, str]:
    """Article id -> the country (ISO code) whose share the article tells, for the members of an event that
    crosses a border telling one of its countries only, when another member tells the whole (names the
    countries together) or another country's share. Empty for any other event."""
    if "+" not in event.block:
        return {}
    joint = frozenset(event.block.split("+"))
    own: dict[str, str] = {}
    whole = False
    for article in members:
        if len(told_joint(article) & joint) >= 2:
            whole = True
            continue
        country = _main_country(article)
        if country in joint:
            own[article.id] = country
    return own if whole or len(set(own.values())) >= 2 else {}


def _main_country(article: ArticleFacts) -> str | None:
    pieces = article_pieces(article) or [membership_piece(article)]
    main = next((p for p in pieces if p.main), pieces[0])
    region = main.location.region
    return region.split("-")[0] if region else None


def country_name(code: str) -> str:
    """A country's name by its ISO code ("SY": "Syria"), the code when the gazetteer does not know it."""
    place = gazetteer().by_key(f"country:{code}")
    return place.name if place is not None else code
