"""Round 38 (langs44): names of places in other scripts that stayed unread, on sentences of our own.
- a Hebrew speech verb that is a town's name elsewhere ('מסרו', they reported: Maseru) is the lexicon's own word, no
  town, as its triggers and sources are;
- 'ש' (which) before a joined particle: 'שבירדן' (which is in Jordan) names Jordan;
- a joined particle on a name of two words: 'בתל אביב', 'بالدار البيضاء', 'በአዲስ አበባ';
- Amharic's particles written onto a name: 'በመቀሌ' (in Mekele);
- a Korean university named after its state: '미시간주립대' (Michigan State University) is in Michigan;
- Georgian, Armenian and Thai towns, which resolve already, kept so."""

from __future__ import annotations

import pytest

from tests.core.world_kit import claims

_PLACES = [
    # a speech verb is no town ('מסרו', they reported, is no Maseru); 'ש' before a particle: 'שבירדן'
    ("he", "13 בני אדם נהרגו בדליפת גז בנמל עקבה שבירדן, כך מסרו הרשויות.", "Aqaba"),
    ("he", "4 בני אדם נהרגו בתאונה, כך מסרו במשטרה, בנמל אשדוד.", "Ashdod"),
    # a joined particle on a name of two words
    ("he", "בפיגוע בתל אביב נהרגו 3 בני אדם.", "Tel Aviv"),
    ("ar", "قتل 3 أشخاص في انفجار بالدار البيضاء.", "Casablanca"),
    ("am", "በአዲስ አበባ በደረሰ የእሳት አደጋ 5 ሰዎች ሞቱ።", "Addis Ababa"),
    ("am", "በመቀሌ በደረሰ የመኪና አደጋ 12 ሰዎች ሞቱ።", "Mek'ele"),
    # a university named after its state
    ("ko", "미국 미시간주립대 캠퍼스에서 총격 사건이 발생해 3명이 숨졌다.", "Michigan"),
    # other scripts that resolve already
    ("ka", "ბათუმში ავტობუსის ავარიის შედეგად 7 ადამიანი დაიღუპა.", "Batumi"),
    ("hy", "Գյումրիում հրդեհից 5 մարդ է զոհվել։", "Gyumri"),
    ("th", "เกิดเหตุไฟไหม้ที่เชียงใหม่ มีผู้เสียชีวิต 5 คน", "Chiang Mai"),
]


@pytest.mark.parametrize(("language", "text", "place"), _PLACES)
def test_places_in_other_scripts(language: str, text: str, place: str) -> None:
    assert [c.location for c in claims(text, language)][:1] == [place]
