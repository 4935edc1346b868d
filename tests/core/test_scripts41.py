"""Places (round 41, places51): one town, many scripts and spellings.

A report in another script names its town in a spelling the gazetteer's alternate names miss: GeoNames lists a
Georgian ski resort only as 'Гудаури' in Cyrillic, so the Ukrainian 'Гудаурі', the Georgian 'გუდაური', the Punjabi
'ਗੁਡੌਰੀ' and the Greek 'Γκουνταούρι' were no place, and such reports stayed apart from the others of their event.

- A word a locative places ('у Гудаурі', 'ਪਟਿਆਲਾ ਵਿੱਚ') or with a locative ending ('-ში' in place of the name's '-ი':
  data/locative_endings.tsv) is spelled in Latin letters by a table per script (data/transliteration.tsv: Cyrillic,
  Greek, Georgian, Armenian, Devanagari, Gurmukhi) and looked for among the towns' own names of the countries the
  text names or points to, or of the language's own; such a town also takes the place of a foreign town read from
  the word's stem ('ਬਰਨਾਲਾ': Barnala, not Bern by 'ਬਰਨ'; 'Ջերմուկում': Jermuk, not Turkey's Çermik). A word after
  a town's word ('در شهر آماسرا', 'у курортному селищі Гудаурі': data/town_words.tsv) is read so too; in Arabic
  letters only a name spelled with its long vowels is found ('آماسرا', Amasra).
- A Spanish 'Saná' (Sanaa) folds as Peru's 'Saña' does, and the resolver trusted the town's own name over the
  capital's alternate one: a name whose accents sit elsewhere than a place's is another name
  (`core.places.spellings`).
- Persian and Urdu write Arabic names ending in '-اء' without the hamza ('صنعا' for 'صنعاء').
- Gurmukhi's addak and other Indic marks (Gujarati, Oriya, Telugu, Kannada, Sinhala) no longer cut a word in two
  ('ਵਿੱਚ' was read as 'ਵਿ' and 'ਚ').
- A town named after the country it lies in ('जॉर्जिया के गुडौरी में', Georgia's Gudauri) is the place, not the US
  state bearing that country's name; and a town written with its country reads back as the town ('Gudauri,
  Georgia' read as the state: it is written with its region).
Sentences of our own."""

from __future__ import annotations

import pytest

from core.places import resolve_location
from core.places.spellings import accents_elsewhere
from core.places.transliteration import latin_spellings, transliterated_town
from tests.core.places_kit import placed

AMASRA = "city:752016"
GUDAURI, BAKURIANI, JERMUK, PATIALA, BARNALA, SANAA = (
    "city:614410",
    "city:615583",
    "city:174884",
    "city:1260107",
    "city:1276895",
    "city:71137",
)


@pytest.mark.parametrize(
    ("word", "spelled"),
    [
        ("Гудаурі", "gudauri"),
        ("Харків", "kharkiv"),
        ("გუდაური", "gudauri"),
        ("ਗੁਡੌਰੀ", "gudauri"),
        ("गुडौरी", "gudauri"),
        ("ਬਰਨਾਲਾ", "barnala"),
        ("ਸ਼ਿਮਲਾ", "shimla"),
        ("Γκουνταούρι", "gudauri"),
        ("Σαντορίνη", "santorini"),
        ("Երևան", "yerevan"),
        ("آماسرا", "amasra"),
        ("بارتین", "bartin"),
    ],
)
def test_a_word_of_another_script_is_spelled_in_latin_letters(word: str, spelled: str) -> None:
    assert spelled in latin_spellings(word)


def test_a_word_of_another_script_or_a_digit_has_no_latin_spelling() -> None:
    assert latin_spellings("東京") == ()
    assert latin_spellings("Гудаурі12") == ()


def test_a_spelled_town_is_one_of_the_countries_given() -> None:
    assert transliterated_town("Гудаурі", frozenset({"GE"}), 1000).key == GUDAURI  # type: ignore[union-attr]
    assert transliterated_town("Гудаурі", frozenset({"UA"}), 1000) is None
    assert transliterated_town("Гудаурі", frozenset(), 1000) is None


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("ka", "გუდაურში ზვავის შედეგად 3 ადამიანი დაიღუპა.", GUDAURI),
        ("ka", "ბაკურიანში სასტუმროში ხანძრის შედეგად 5 ადამიანი დაიღუპა.", BAKURIANI),
        ("uk", "У Гудаурі в Грузії під лавиною загинули 4 лижники.", GUDAURI),
        ("ru", "В Гудаури в Грузии под лавиной погибли 4 лыжника.", GUDAURI),
        ("bg", "В Гудаури в Грузия лавина уби 4 скиори.", GUDAURI),
        ("el", "Στο Γκουνταούρι της Γεωργίας χιονοστιβάδα σκότωσε 4 σκιέρ.", GUDAURI),
        ("hi", "जॉर्जिया के गुडौरी में हिमस्खलन में 4 लोगों की मौत हो गई।", GUDAURI),
        ("hy", "Ջերմուկում հյուրանոցի հրդեհից 6 մարդ է մահացել։", JERMUK),
        ("pa", "ਪਟਿਆਲਾ ਵਿੱਚ ਸੜਕ ਹਾਦਸੇ ਵਿੱਚ 7 ਲੋਕਾਂ ਦੀ ਮੌਤ ਹੋ ਗਈ।", PATIALA),
        ("pa", "ਬਰਨਾਲਾ ਵਿੱਚ ਸੜਕ ਹਾਦਸੇ ਵਿੱਚ 7 ਲੋਕਾਂ ਦੀ ਮੌਤ ਹੋ ਗਈ।", BARNALA),
        # after a town's word (data/town_words.tsv), in Arabic letters too (long vowels written: 'آماسرا')
        ("fa", "در انفجار معدن در شهر آماسرا در ترکیه ۴۱ نفر کشته شدند.", AMASRA),
        ("ar", "قتل 41 شخصا في انفجار منجم في مدينة أماسرا التركية.", AMASRA),
        ("uk", "У курортному селищі Гудаурі в Грузії загинули 12 людей.", GUDAURI),
        ("ru", "В городе Гудаури в Грузии погибли 12 человек.", GUDAURI),
    ],
)
def test_a_town_the_gazetteer_spells_only_in_latin_is_read(language: str, text: str, key: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.key == key


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "У Гудаурі під лавиною загинули 4 лижники."),  # no country named or hinted: Georgia's village unknown
        ("ru", "В Гудаури под лавиной погибли 4 лыжника."),
        ("hi", "पटरी में दरार से ट्रेन पलटी, 14 लोगों की मौत हो गई।"),  # a rail, not the town of Pathri
        ("fa", "در عراق در انفجار بمب ۱۲ نفر کشته شدند."),  # Iraq ('araq', 'arak'), not Arak in Iran
    ],
)
def test_a_spelling_without_its_countrys_evidence_is_no_town(language: str, text: str) -> None:
    loc = placed(language, text)
    assert loc is None or loc.kind != "city"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "در انفجار در صنعا ۱۲ نفر کشته شدند."),
        ("fa", "در بمباران صنعا ۱۲ نفر کشته و ۳۰ نفر زخمی شدند."),
        ("ur", "صنعا میں دھماکے میں 12 افراد ہلاک ہو گئے۔"),
    ],
)
def test_a_persian_or_urdu_name_without_its_final_hamza_is_the_town(language: str, text: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.key == SANAA


@pytest.mark.parametrize(
    ("written", "name", "elsewhere"),
    [
        ("Saná", "Saña", True),  # an accent on the last vowel, a tilde on the n: two names
        ("Sana", "Saña", False),  # written without its accents: the same name
        ("Constanța", "Constanţa", False),  # the same accent written otherwise (comma, cedilla)
        ("Bogotá", "Bogotá", False),
        ("Kraków", "Krakow", False),
    ],
)
def test_accents_written_elsewhere_make_another_name(written: str, name: str, elsewhere: bool) -> None:
    assert accents_elsewhere(written, name) is elsewhere


def test_a_spanish_exonym_with_its_accent_elsewhere_is_not_the_peruvian_town() -> None:
    assert resolve_location("Saná").key == SANAA
    assert resolve_location("Saña").key == "city:3692667"  # Saña, Lambayeque, as written
    loc = placed("es", "Al menos 9 muertos en un ataque con drones en Saná, la capital de Yemen.")
    assert loc is not None and loc.key == SANAA
    loc = placed("es", "Al menos 9 muertos en un ataque con drones en Saná.")
    assert loc is None or loc.key != "city:3692667"


def test_a_town_written_with_a_country_a_us_state_shares_its_name_with_reads_back_as_the_town() -> None:
    loc = placed("ka", "გუდაურში სასტუმროში 2 ადამიანი დაიღუპა.")
    assert loc is not None and loc.key == GUDAURI and loc.kind == "city"
