"""Thai (th), on sentences of our own: triggers inside unspaced text, the count after its noun with a counter
("ผู้เสียชีวิต 3 ราย", "23 ศพ"), qualifiers, toll updates, a count that is no count ("อาคาร 30 ชั้น", a 30-storey
building), places before a space or "เมื่อ" (when), and "เมื่อวานนี้" (yesterday) no town."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.extract import extract
from core.models import ArticleInput
from tests.core.world_kit import headlines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("อาคารที่กำลังก่อสร้างถล่มลงมา มีผู้เสียชีวิต 3 ราย ได้รับบาดเจ็บ 26 ราย และสูญหายอีก 81 ราย", ("3", "26")),
        ("ยอดผู้เสียชีวิตจากแผ่นดินไหวเพิ่มขึ้นเป็น 1,644 ราย บาดเจ็บกว่า 3,400 คน", ("1644", "3400:more_than")),
        ("เหตุระเบิดที่ตลาด มีผู้เสียชีวิตอย่างน้อย 4 ราย และบาดเจ็บ 20 ราย", ("4:at_least", "20")),
        ("ไฟไหม้รถบัสนักเรียน 23 ศพ", ("23", "-")),
        ("อาคาร 30 ชั้นถล่ม มีผู้ติดอยู่ใต้ซากอาคาร", ("-", "-")),
        ("พบผู้เสียชีวิตเพิ่มอีก 3 ศพ ทำให้ยอดผู้เสียชีวิตรวมเป็น 17 ราย", ("17", "-")),
    ],
)
def test_thai_figures(text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, "th") == expected


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("มีผู้เสียชีวิต 3 ราย ที่กรุงเทพฯ เมื่อวานนี้", "Bangkok", date(2025, 3, 28)),
        ("เหตุไฟไหม้ที่เชียงใหม่เมื่อวันอังคาร มีผู้เสียชีวิต 3 ราย", "Chiang Mai", date(2025, 3, 25)),
    ],
)
def test_thai_place_and_day(text: str, place: str, day: date) -> None:
    published = datetime(2025, 3, 29, 8, tzinfo=UTC)
    (claim,) = extract(ArticleInput(text=text, language="th", published_at=published)).claims
    assert (claim.location, claim.incident_date) == (place, day)
