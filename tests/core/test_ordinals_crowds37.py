"""Round 37 (langs43): three follow-ups of other languages, on sentences of our own.
- a death told with an ordinal ('eine dritte Schülerin ist gestorben', 'murió una tercera víctima', 'une troisième
  victime est décédée', 'третий пострадавший скончался') is the toll so far (3), not one; the ordinals are lexicon
  data (ORDINALS), and the words after one that make it no person (ORDINAL_NOT_PERSON: 'zum dritten Mal', 'la
  tercera parte', 'le troisième jour') keep it one;
- a vague crowd at a funeral in Hindi and Urdu, with a postposition between the dead's word and the funeral word
  ('हजारों लोग मृतकों के अंतिम संस्कार में', 'ہزاروں افراد نے ہلاک شدگان کی نماز جنازہ میں'), counts the
  mourners, not the dead (MOURNED_LINKS); 'सैकड़ों लोगों की मौत' (hundreds died) stays the dead's;
- an Uzbek town named before the word for a town or a district ('Toshkent shahrida', 'Buxoro shahrida') is
  placed (TOWN_WORDS)."""

from __future__ import annotations

import pytest

from tests.core.world_kit import claims, headlines

_TOLD_BEFORE = {
    "de": "Bei dem Busunglück bei Passau wurden am Montag zwei Schülerinnen getötet und elf verletzt. ",
    "es": "Dos personas murieron y cinco resultaron heridas en el tiroteo en Valencia. ",
    "fr": "Deux personnes ont été tuées et quatre blessées dans l'incendie à Lyon. ",
    "ru": "Два человека погибли и семь пострадали при взрыве в Казани. ",
    "it": "Due persone sono morte e sei sono rimaste ferite nell'esplosione a Bari. ",
    "pt": "Duas pessoas morreram e seis ficaram feridas no incêndio em Porto Alegre. ",
    "uk": "Двоє людей загинули і семеро постраждали під час вибуху у Вінниці. ",
}

_ORDINAL_DEATHS = [
    ("de", "Am Dienstag ist eine dritte Schülerin im Krankenhaus gestorben."),
    ("de", "Ein dritter Junge starb in der Nacht in der Klinik."),
    ("es", "El martes murió una tercera víctima en el hospital."),
    ("es", "Un tercer herido falleció durante la madrugada."),
    ("fr", "Une troisième victime est décédée mardi à l'hôpital."),
    ("fr", "Un troisième blessé est mort dans la nuit."),
    ("ru", "Третий пострадавший скончался в больнице во вторник."),
    ("ru", "Во вторник в больнице скончалась третья пострадавшая."),
    ("it", "Martedì è morta una terza vittima in ospedale."),
    ("pt", "Uma terceira vítima morreu na terça-feira no hospital."),
    ("uk", "Третій постраждалий помер у лікарні у вівторок."),
]


@pytest.mark.parametrize(("lang", "sentence"), _ORDINAL_DEATHS)
def test_an_ordinal_death_is_the_toll_so_far(lang: str, sentence: str) -> None:
    killed = [c.value for c in claims(_TOLD_BEFORE[lang] + sentence, lang) if c.metric == "killed"]
    assert killed[-1] == 3
    assert headlines(_TOLD_BEFORE[lang] + sentence, lang)[0] == "3"


_NO_PERSON_ORDINALS = [
    ("de", "Bei dem Unfall an der Kreuzung starb zum dritten Mal in diesem Jahr ein Radfahrer."),
    ("de", "Am dritten Tag nach dem Brand starb ein Feuerwehrmann im Krankenhaus."),
    ("es", "La tercera parte de las víctimas murió en el hospital de Lima."),
    ("es", "Por tercera vez este año murió un ciclista en ese cruce."),
    ("fr", "Le troisième jour après l'incendie, un pompier est décédé à l'hôpital."),
    ("fr", "Pour la troisième fois cette année, un cycliste est mort à ce carrefour."),
    ("ru", "Во второй раз за месяц на этом перекрёстке погиб велосипедист."),
    ("it", "Per la terza volta quest'anno è morto un ciclista a quell'incrocio."),
]


@pytest.mark.parametrize(("lang", "sentence"), _NO_PERSON_ORDINALS)
def test_an_ordinal_of_no_person_keeps_one(lang: str, sentence: str) -> None:
    assert [c.value for c in claims(sentence, lang) if c.metric == "killed"] == [1]


def test_a_share_is_no_ordinal() -> None:
    text = "Ein Drittel der Verletzten starb später im Krankenhaus, teilte die Polizei mit."
    assert all(c.value != 3 for c in claims(text, "de"))


_CROWDS_FOR_THE_DEAD = [
    ("hi", "हजारों लोग मृतकों के अंतिम संस्कार में शामिल हुए और पुलिस ने सुरक्षा के इंतजाम किए।"),
    ("hi", "सैकड़ों लोग मारे गए लोगों के अंतिम संस्कार में पहुंचे और पुलिस ने सुरक्षा के कड़े इंतजाम किए थे।"),
    ("hi", "दर्जनों ग्रामीण हादसे के मृतकों की श्रद्धांजलि सभा में पहुंचे।"),
    ("ur", "ہزاروں افراد نے ہلاک شدگان کی نماز جنازہ میں شرکت کی اور پولیس نے سکیورٹی کے انتظامات کیے۔"),
    ("ur", "سینکڑوں افراد جاں بحق ہونے والوں کی تدفین میں شریک ہوئے اور پولیس نے سکیورٹی کے سخت انتظامات کیے۔"),
]


@pytest.mark.parametrize(("lang", "text"), _CROWDS_FOR_THE_DEAD)
def test_a_crowd_at_their_funeral_is_no_toll(lang: str, text: str) -> None:
    assert [c for c in claims(text, lang) if c.metric == "killed"] == []


_VAGUE_DEAD = [
    ("hi", "बाढ़ में सैकड़ों लोगों की मौत हो गई है और हजारों लोग बेघर हो गए हैं, अधिकारियों ने बताया।", "100"),
    ("hi", "सैकड़ों मृतकों के अंतिम संस्कार आज किए गए, अधिकारियों ने बताया कि जांच जारी है।", "100"),
    ("ur", "سیلاب میں سینکڑوں افراد ہلاک ہو گئے اور ہزاروں بے گھر ہو گئے ہیں، حکام نے بتایا۔", "100"),
    ("ur", "سینکڑوں ہلاک شدگان کی نماز جنازہ آج ادا کی گئی، حکام نے بتایا کہ تحقیقات جاری ہیں۔", "100"),
]


@pytest.mark.parametrize(("lang", "text", "killed"), _VAGUE_DEAD)
def test_the_dead_told_vaguely_stay_the_dead(lang: str, text: str, killed: str) -> None:
    values = [str(c.value) for c in claims(text, lang) if c.metric == "killed"]
    assert values == [killed]


_UZBEK_TOWNS = [
    ("Toshkent shahrida yuk mashinasi avtobus bilan to'qnashdi, natijada 5 kishi halok bo'ldi.", "Tashkent"),
    ("Kecha Buxoro shahrida portlash sodir bo'ldi, natijada 4 kishi halok bo'ldi.", "Bukhara"),
    ("Samarqand shahrida gaz portlashi oqibatida 3 kishi halok bo'ldi va 8 kishi yaralandi.", "Samarkand"),
    ("Toshkentda portlash sodir bo'ldi, natijada 4 kishi halok bo'ldi.", "Tashkent"),
]


@pytest.mark.parametrize(("text", "town"), _UZBEK_TOWNS)
def test_an_uzbek_town_before_its_town_word(text: str, town: str) -> None:
    locations = {c.location for c in claims(text, "uz")}
    assert locations == {town}
