"""Round 26 (langs26): figures in the reporters' own languages on sentences of our own. A subset aside between a
count and its verb in verb-final languages (and any other), the count noun that shares the trigger's last letter
('사망자 수'), the active toll verb before its count in the Germanic languages, one hurt told by the verb's own
singular form, two counts joined by 'and' before one verb, and the language of a short headline told by a casualty
word of a lexicon."""

from __future__ import annotations

import pytest

from core.extract.language import detect_language
from core.extract.lexicons import ALIASES
from tests.core.world_kit import claims, figure, headlines

_CASES = ("language", "text", "killed", "wounded")


@pytest.mark.parametrize(
    _CASES,
    [
        # A subset aside closed by commas between the count and its final verb: the count keeps the verb.
        ("fa", "یک حمله پهپادی ۸ عضو این خانواده، از جمله پنج کودک، را کشت.", "8", "-"),
        ("fa", "در این حمله ۱۲ نفر، از جمله سه زن، کشته شدند.", "12", "-"),
        ("tr", "Saldırıda 8 kişi, aralarında beş çocuk, hayatını kaybetti.", "8", "-"),
        ("hi", "हमले में आठ लोग, जिनमें पांच बच्चे शामिल हैं, मारे गए।", "8", "-"),
        ("hi", "हमले में 8 लोग, जिनमें 5 बच्चे भी हैं, मारे गए।", "8", "-"),
        ("ko", "8명이, 그중 어린이 5명이, 숨졌다.", "8", "-"),
        ("es", "Doce personas, entre ellas tres niños, murieron en el incendio.", "12", "-"),
        # the aside after the count's own trigger: the trigger is the count's already
        ("pl", "Około 20 osób zostało rannych, w tym dwie ciężko, w zderzeniu autobusów.", "-", "20:about"),
        # Guards: the subset told before the count, as these languages also write it.
        ("tr", "Saldırıda, aralarında beş çocuğun da bulunduğu 8 kişi hayatını kaybetti.", "8", "-"),
        ("ko", "이번 공격으로 어린이 5명을 포함해 8명이 숨졌다.", "8", "-"),
        ("bn", "হামলায় পাঁচ শিশুসহ ৮ জন নিহত হয়েছে।", "8", "-"),
        # The earlier figure in a clause before the count noun: the count noun shares the trigger's last letter.
        ("ko", "당초 12명으로 알려졌던 사망자 수는 15명으로 늘었다.", "15", "-"),
        ("ko", "사망자 수는 20명으로 늘었다.", "20", "-"),
        ("ja", "当初12人とされていた死者数は15人に増えた。", "15", "-"),
        # The active toll verb before its count.
        ("de", "Die Angreifer töteten 130 Menschen.", "130", "-"),
        ("de", "Bewaffnete töteten am Sonntag mindestens 30 Dorfbewohner.", "30:at_least", "-"),
        ("de", "Ein Erdbeben tötete am Montag mehr als 200 Menschen.", "200:more_than", "-"),
        ("de", "Die Angreifer verletzten 20 Menschen schwer.", "-", "20"),
        ("nl", "De aanvallers doodden 130 mensen.", "130", "-"),
        ("nl", "Een aardbeving doodde maandag meer dan 200 mensen.", "200:more_than", "-"),
        ("nl", "De aanvallers verwondden 20 mensen.", "-", "20"),
        ("sv", "Angriparna dödade 130 människor.", "130", "-"),
        ("no", "Angriperne drepte 130 mennesker.", "130", "-"),
        ("da", "Angriberne dræbte 130 mennesker.", "130", "-"),
        # One hurt told by the verb's own singular form, no auxiliary; its negation tells none.
        ("pl", "Kierowca zginął na miejscu, a jego pasażer trafił do szpitala.", "1", "1"),
        ("pl", "W wypadku zginęły trzy osoby, a kierowca trafił do szpitala.", "3", "1"),
        ("pl", "Nikt nie trafił do szpitala.", "-", "-"),
        ("pl", "Do szpitala trafiło pięć osób.", "-", "5"),
        ("el", "Ο οδηγός τραυματίστηκε σοβαρά και μεταφέρθηκε στο νοσοκομείο.", "-", "1"),
        ("el", "Κανείς δεν τραυματίστηκε.", "-", "-"),
        ("el", "Τρεις άνθρωποι σκοτώθηκαν και ένας τραυματίστηκε.", "3", "1"),
        # Two counts joined by 'and' before one verb: their sum.
        ("es", "Veinte soldados y cinco civiles murieron en el ataque.", "25", "-"),
        ("fr", "Dix soldats et deux civils ont été tués.", "12", "-"),
        ("it", "Due bambini e una donna sono morti nell'incendio.", "3", "-"),
        ("pt", "Dois policiais e um civil morreram no tiroteio.", "3", "-"),
        ("id", "Dua anak dan seorang ibu tewas dalam kebakaran itu.", "3", "-"),
        # Guards: a range, the dead and the hurt each with their own verb or noun.
        ("es", "Entre 20 y 30 personas murieron.", "30:range", "-"),
        ("es", "Murieron 12 personas y 30 resultaron heridas.", "12", "30"),
        ("es", "Tres muertos y dos heridos en un choque.", "3", "2"),
    ],
)
def test_binding(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    ("language", "text", "metric", "expected"),
    [
        ("es", "Diez niñas y una monitora siguen desaparecidas tras la riada.", "missing", "11"),
        ("es", "Diez niñas y una monitora siguen desaparecidas tras la riada.", "killed", "-"),
        # The police open a clause of their own after a count (Thai): their verb is not the count's.
        ("th", "บนรถมีครู 3 ราย ตำรวจควบคุมตัวคนขับรถไว้แล้ว", "arrested", "-"),
        ("th", "รถบัสบรรทุกนักเรียน 38 คน และครู 6 คน ตำรวจจับกุมคนขับได้แล้ว", "arrested", "-"),
        ("th", "ผู้ต้องสงสัย 2 คนถูกตำรวจจับกุม", "arrested", "2"),
        ("th", "ตำรวจจับกุมผู้ต้องสงสัย 2 คน", "arrested", "2"),
    ],
)
def test_figure_of_metric(language: str, text: str, metric: str, expected: str) -> None:
    found = [c for c in claims(text, language) if c.metric == metric]
    assert figure(max(found, key=lambda c: c.value) if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A short or unsure headline in Latin letters: a casualty word of a lexicon and a count (digits or that
        # lexicon's number word) tell its language, when py3langid ranks it first of the languages we read.
        ("Bogotá: 3 muertos", "es"),
        ("Lima: 5 heridos", "es"),
        ("Drei Tote bei Busunglück", "de"),
        ("Incendio a Napoli, due morti", "it"),
        ("Explosão deixa 4 mortos", "pt"),
        ("Gempa, 7 tewas", "id"),
        ("Kaza: 3 ölü", "tr"),
        ("Wypadek: 2 zabitych", "pl"),
        ("Żałoba po 3 zabitych", "pl"),
        ("Brann: 3 døde", "no"),
        ("Ulykke, to omkom", "no"),
        ("Dos morts a Sils", "ca"),
        # English stays English: a word that is another language's casualty word, with no count or with English
        # ranked first.
        ("Tote Bags For Sale", "en"),
        ("Tote bags: 2 for 10 dollars", "en"),
        ("Feriti memorial", "en"),
        ("Tewas Road", "en"),
        ("Patay Street", "en"),
        ("Herido", "en"),
        ("Muerto Creek fire kills 2", "en"),
        ("Morts Lane crash kills 2", "en"),
        ("Stampede: 12 dead", "en"),
        ("3 killed in Chicago shooting", "en"),
    ],
)
def test_short_latin_headlines(text: str, expected: str) -> None:
    detected = detect_language(text)
    assert ALIASES.get(detected, detected) == expected
