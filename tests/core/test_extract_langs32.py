"""Round 30 (langs32): figures in the reporters' own languages, on sentences of our own.
- a total told first and then split into two parts that add up to it ('at least 23 dead ... three died in hospital
  ... twenty died inside'): the parts, however often restated, do not outvote the total;
- a source named by a whole phrase whose first word is also a village's name (el 'πολιτική προστασία' and the
  village Πολιτικά, Evia): the village is a place again, and the source is still read."""

from __future__ import annotations

import pytest

from tests.core.world_kit import claims, headlines

_SUMMED_PARTS = [
    # the part restated (20, three times) outvoted the total (23) before
    (
        "en",
        "The hotel fire killed at least 23 people. Three victims died later in hospital. Twenty people died inside "
        "the hotel. The 20 people who died inside the hotel have been identified.",
        "23:at_least",
    ),
    (
        "en",
        "The bus crash killed at least 14 people, police said. Two of the victims died in hospital. Twelve people were "
        "killed at the scene. The 12 people killed at the scene were all passengers.",
        "14:at_least",
    ),
    # guards: the parts told as parts already; a total that is the sum of no two figures keeps its votes
    (
        "fr",
        "L'incendie de l'hôtel a fait au moins 23 morts. Trois victimes sont mortes plus tard à l'hôpital. Vingt "
        "personnes sont mortes dans l'hôtel. Les 20 personnes mortes dans l'hôtel ont été identifiées.",
        "23:at_least",
    ),
    (
        "de",
        "Der Hotelbrand hat mindestens 23 Todesopfer gefordert. Drei Opfer starben später im Krankenhaus. Zwanzig "
        "Menschen starben im Hotel. Die 20 im Hotel gestorbenen Menschen sind identifiziert.",
        "23:at_least",
    ),
    (
        "es",
        "El incendio del hotel dejó al menos 23 muertos. Tres víctimas murieron más tarde en el hospital. Veinte "
        "personas murieron dentro del hotel. Las 20 personas muertas en el hotel ya fueron identificadas.",
        "23:at_least",
    ),
    (
        "en",
        "Five people were killed in the shooting. Police said 5 people died at the scene. An earlier report said 7 "
        "people were killed.",
        "5",
    ),
    (
        "en",
        "Two people were killed and one was hurt. The two killed were brothers. The 2 victims were 19 and 23.",
        "2",
    ),
]


@pytest.mark.parametrize(("language", "text", "killed"), _SUMMED_PARTS)
def test_parts_adding_up_to_a_total_do_not_outvote_it(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Δύο άνθρωποι σκοτώθηκαν στα Πολιτικά Ευβοίας από την πλημμύρα.", "Politiká"),
        ("Δύο άνθρωποι σκοτώθηκαν από την πλημμύρα στα Πολιτικά.", "Politiká"),
        # the phrase names no place
        ("Δύο άνθρωποι σκοτώθηκαν από την πλημμύρα, ανακοίνωσε η Πολιτική Προστασία.", None),
        ("Δύο άνθρωποι σκοτώθηκαν από την πλημμύρα, σύμφωνα με τη Γενική Γραμματεία Πολιτικής Προστασίας.", None),
    ],
)
def test_a_village_named_like_a_source_phrase_word(text: str, place: str | None) -> None:
    (claim,) = claims(text, "el")
    assert (claim.location or "").startswith(place or "") and (place is not None) == (claim.location is not None)


def test_a_source_phrase_still_names_its_source() -> None:
    (claim,) = claims("Δύο άνθρωποι σκοτώθηκαν από την πλημμύρα, ανακοίνωσε η πολιτική προστασία.", "el")
    assert claim.attribution is not None and "civil protection" in claim.attribution



# a related-article teaser line under the report (a header, a colon, another story's headline): its figure is that
# story's, the report's own figure is the headline
_TEASERS = [
    ("fr", "Un incendie a fait 4 morts samedi dans un immeuble de Lyon, selon les pompiers.",
     "Lire aussi : Incendie à la capitale, plus de 180 morts", "4"),
    ("de", "Bei einem Brand in Köln sind am Samstag 4 Menschen gestorben, teilte die Feuerwehr mit.",
     "Mehr zum Thema: Brand in der Hauptstadt mit mehr als 180 Toten", "4"),
    ("de", "Bei einem Brand in Köln sind am Samstag 4 Menschen gestorben, teilte die Feuerwehr mit.",
     "Lesen Sie auch: Brand in der Hauptstadt mit mehr als 180 Toten", "4"),
    ("it", "Un incendio ha causato 4 morti sabato in un palazzo di Torino, secondo i vigili del fuoco.",
     "Leggi anche: Incendio a città, oltre 180 morti", "4"),
    ("es", "Un incendio causó 4 muertos el sábado en un edificio de Sevilla, según los bomberos.",
     "Ver también: Incendio en la capital, más de 180 muertos", "4"),
    ("es", "Un incendio causó 4 muertos el sábado en un edificio de Sevilla, según los bomberos.",
     "Lea también: Incendio en la capital deja más de 180 muertos", "4"),
    ("pt", "Um incêndio deixou 4 mortos no sábado num prédio de Braga, segundo os bombeiros.",
     "Leia também: Incêndio em a capital deixa mais de 180 mortos", "4"),
    ("ru", "При пожаре в жилом доме в Казани в субботу погибли 4 человека, сообщили спасатели.",
     "Читайте также: Пожар в столице: более 180 погибших", "4"),
    ("uk", "Під час пожежі в житловому будинку у Львові в суботу загинули 4 людини, повідомили рятувальники.",
     "Читайте також: Пожежа у столиці: понад 180 загиблих", "4"),
    ("fa", "در آتش‌سوزی یک ساختمان مسکونی در شیراز روز شنبه ۴ نفر جان باختند.",
     "ایضاً: آتش‌سوزی در پایتخت با بیش از ۱۸۰ کشته", "4"),
    ("ar", "لقي 4 أشخاص حتفهم في حريق بمبنى سكني في الإسكندرية يوم السبت.",
     "اقرأ أيضا: حريق في العاصمة يودي بحياة أكثر من 180 شخصا", "4"),
    ("tr", "İzmir'de bir apartmanda cumartesi çıkan yangında 4 kişi hayatını kaybetti.",
     "İlginizi çekebilir: Başkentteki yangında 180'den fazla kişi öldü", "4"),
    ("pl", "W pożarze budynku w Krakowie w sobotę zginęły 4 osoby.",
     "Czytaj też: Pożar w stolicy, ponad 180 ofiar śmiertelnych", "4"),
    ("id", "Kebakaran di sebuah gedung di Bandung pada Sabtu menewaskan 4 orang.",
     "Baca juga: Kebakaran di ibu kota tewaskan lebih dari 180 orang", "4"),
    ("nl", "Bij een brand in een flat in Utrecht zijn zaterdag 4 mensen omgekomen.",
     "Lees ook: Brand in de hoofdstad eist meer dan 180 doden", "4"),
    ("hi", "जयपुर में शनिवार को एक इमारत में आग लगने से 4 लोगों की मौत हो गई।",
     "ये भी पढ़ें: राजधानी में आग, 180 से ज्यादा लोगों की मौत", "4"),
    ("es", "Un derrumbe causó 3 muertos el lunes en una mina de Oviedo.",
     "Vea también: Otro derrumbe deja más de 40 muertos", "3"),
    ("ur", "کراچی میں ایک عمارت گرنے سے 3 افراد ہلاک ہو گئے۔",
     "ایضاً: عمارت گرنے سے 40 سے زائد افراد ہلاک", "3"),
    ("it", "Una frana ha causato 3 morti lunedì in una cava vicino a Como.",
     "Vedi anche: Frana, oltre 40 morti", "3"),
    ("ru", "При обрушении шахты в понедельник погибли 3 горняка.",
     "По теме: Обрушение шахты, более 40 погибших", "3"),
    ("id", "Longsor di tambang pada Senin menewaskan 3 pekerja.",
     "Simak juga: Longsor tewaskan lebih dari 40 orang", "3"),
    ("pl", "W katastrofie w kopalni w poniedziałek zginęły 3 osoby.",
     "Przeczytaj też: Katastrofa w kopalni, ponad 40 ofiar śmiertelnych", "3"),
]


@pytest.mark.parametrize(("language", "report", "teaser", "killed"), _TEASERS)
def test_a_related_article_teaser_is_no_toll(language: str, report: str, teaser: str, killed: str) -> None:
    assert headlines(f"{report}\n{teaser}", language)[0] == killed


# hi, bn, ja: the past perfect tells the report's own toll as often as an older event's; an older event's only beside a
# word that sets it earlier ('इससे पहले', 'এর আগে', '前回'), or its year
_OLDER_TOLL_TIMED = [
    ("hi", "नेपाल में शनिवार को आए भूकंप में 12 लोगों की मौत हो गई। इससे पहले आए भूकंप में 9000 लोग मारे गए थे।", "12"),
    ("hi", "नेपाल में शनिवार को आए भूकंप में 12 लोगों की मौत हो गई। पिछली बार आए भूकंप में 9000 लोग मारे गए थे।", "12"),
    ("bn", "নেপালে শনিবারের ভূমিকম্পে 12 জনের মৃত্যু হয়েছে। এর আগের ভূমিকম্পে 9000 জন মারা গিয়েছিলেন।", "12"),
    ("bn", "নেপালে শনিবারের ভূমিকম্পে 12 জনের মৃত্যু হয়েছে। গত বছর ভূমিকম্পে 9000 জন নিহত হয়েছিলেন।", "12"),
    ("ja", "ネパールで土曜日に地震があり、12人が死亡した。前回の地震では9000人が死亡していた。", "12"),
    ("ja", "ネパールで土曜日に地震があり、12人が死亡した。以前の地震では9000人が死亡していた。", "12"),
    # guards: with its year already; the report's own toll in the past perfect, with no word that sets it earlier
    ("hi", "नेपाल में शनिवार को आए भूकंप में 12 लोगों की मौत हो गई। 2015 में आए भूकंप में 9000 लोग मारे गए थे।", "12"),
    ("hi", "शनिवार को आए भूकंप में 12 लोगों की मौत हो गई थी और 30 लोग घायल हुए थे।", "12"),
    ("bn", "শনিবারের ভূমিকম্পে 12 জন মারা গিয়েছিলেন এবং 30 জন আহত হয়েছিলেন।", "12"),
    ("ja", "土曜日の地震で12人が死亡していたことがわかった。", "12"),
    ("ja", "ネパールで土曜日に地震があり、12人が死亡した。その後、3人が死亡していたことがわかった。", "12"),
]


@pytest.mark.parametrize(("language", "text", "killed"), _OLDER_TOLL_TIMED)
def test_an_older_toll_in_the_past_perfect_set_earlier(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed
