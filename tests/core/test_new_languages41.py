"""Round 41 (langs48): languages news comes in that had no lexicon, each on sentences of our own: Lingala, Oromo,
Malagasy, Igbo, Shona and Tigrinya (Hmong and Wolof: `test_number_words41.py`). Per language the dead and the
injured in digits and in words (its compounds), a qualifier, the missing, yesterday, and the language told from an
unlabelled text, its neighbours keeping theirs. And a number whose hundred or ten comes before its multiplier keeps
its units after the joiner ("mia mbili na tano", 205, was read as 5). Shona's locative prefixes on a town's name
('muHarare', 'kuMutare') are read as Zulu's are."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.extract import extract
from core.extract.language import detect_language
from core.models import ArticleInput
from tests.core.world_kit import claims, headlines

_FIGURES = [
    ("ln", "Bato zomi na mitano bakufi mpe bato ntuku mibale na moko bazoki na likama ya motuka.", "15", "21"),
    ("ln", "Bato 12 bakufi na Kinshasa, bato 40 bazoki.", "12", "40"),
    ("ln", "Koleka bato 100 bakufi na mpela.", "100:more_than", "-"),
    ("om", "Namoonni kudha shan du'an, namoonni digdamii tokko madaa'an.", "15", "21"),
    ("om", "Balaa konkolaataa kanaan namoota 12 du'aniiru.", "12", "-"),
    ("om", "Namoonni 100 ol du'an.", "100:more_than", "-"),
    ("om", "Yoo xiqqaate namoonni 30 ajjeefaman, namoonni dhibba lama madaa'an.", "30:at_least", "200"),
    ("mg", "Maty ny olona dimy amby telopolo ary naratra ny iraika ambin'ny folo.", "35", "11"),
    ("mg", "Olona 12 no maty tamin'ny lozam-pifamoivoizana.", "12", "-"),
    ("mg", "Farafahakeliny olona 20 no maty.", "20:at_least", "-"),
    ("ig", "Mmadụ iri na ise nwụrụ, mmadụ iri abụọ na otu merụrụ ahụ.", "15", "21"),
    ("ig", "Mmadu 12 nwuru n'ihe mberede ugbo ala.", "12", "-"),
    ("ig", "Ihe karịrị mmadụ 100 nwụrụ.", "100:more_than", "-"),
    ("ig", "Opekata mpe mmadụ iri atọ na ise nwụrụ.", "35:at_least", "-"),
    ("sn", "Vanhu gumi nevashanu vakafa, vamwe makumi maviri nemumwe vakakuvara.", "15", "21"),
    ("sn", "Vanhu 12 vakafa mutsaona yebhazi.", "12", "-"),
    ("sn", "Vanhu vanopfuura 100 vakafa.", "100:more_than", "-"),
    ("ti", "ኣብቲ ሓደጋ ዓሰርተ ሓሙሽተ ሰባት ሞይቶም፣ ዕስራን ሓደን ድማ ቆሲሎም።", "15", "21"),
    ("ti", "12 ሰባት ሞይቶም።", "12", "-"),
    ("ti", "ልዕሊ 100 ሰባት ሞይቶም።", "100:more_than", "-"),
    ("sw", "Watu mia mbili na tano wamefariki.", "205", "-"),
    ("bm", "Mɔgɔ kɛmɛ fila ni duuru fagara.", "205", "-"),
]


@pytest.mark.parametrize(("code", "text", "killed", "wounded"), _FIGURES)
def test_dead_and_injured(code: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, code) == (killed, wounded)


@pytest.mark.parametrize(
    ("code", "text", "value"),
    [
        ("ln", "Bato misato babungi.", 3),
        ("om", "Namoonni shan dhabaman.", 5),
        ("mg", "Olona fito no tsy hita.", 7),
        ("ig", "Mmadụ asaa furu efu.", 7),
        ("sn", "Vanhu vatatu vakarasika.", 3),
        ("ti", "ሰለስተ ሰባት ጠፊኦም።", 3),
    ],
)
def test_missing(code: str, text: str, value: int) -> None:
    assert [(c.metric, c.value) for c in claims(text, code)] == [("missing", value)]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("om", "Kaleessa namoonni 4 du'an."),
        ("mg", "Omaly dia olona 4 no maty."),
        ("ig", "Ụnyaahụ, mmadụ 4 nwụrụ."),
        ("sn", "Nezuro vanhu 4 vakafa."),
        ("ti", "ትማሊ 4 ሰባት ሞይቶም።"),
    ],
)
def test_yesterday(code: str, text: str) -> None:
    found = extract(ArticleInput(text=text, language=code, published_at=datetime(2024, 5, 10, 12))).claims
    assert [(c.metric, c.value, c.incident_date) for c in found] == [("killed", 4, date(2024, 5, 9))]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("om", "Caamsaa 12 namoonni 4 du'an."),
        ("mg", "Tamin'ny 12 Mey, olona 4 no maty."),
        ("ig", "Na 12 Mee, mmadụ 4 nwụrụ."),
        ("sn", "Musi wa12 Chivabvu vanhu 4 vakafa."),
        ("wo", "Ci 12 me, 4 nit faatu nañu."),
    ],
)
def test_a_day_of_a_month(code: str, text: str) -> None:
    found = extract(ArticleInput(text=text, language=code, published_at=datetime(2024, 5, 20, 12))).claims
    assert [(c.metric, c.value, c.incident_date) for c in found] == [("killed", 4, date(2024, 5, 12))]


@pytest.mark.parametrize(
    ("code", "text", "place"),
    [
        ("sn", "Vanhu 12 vakafa muHarare.", "Harare"),
        ("sn", "Vanhu 12 vakafa kuMutare.", "Mutare"),
        ("ln", "Bato 12 bakufi na Kinshasa.", "Kinshasa"),
        ("mg", "Olona 12 no maty tao Antsirabe.", "Antsirabe"),
        ("ig", "Mmadụ 12 nwụrụ n'Enugu.", "Enugu"),
        ("ti", "ኣብ ኣስመራ 12 ሰባት ሞይቶም።", "Asmara"),
    ],
)
def test_the_town_of_the_dead(code: str, text: str, place: str) -> None:
    assert [c.location for c in claims(text, code)] == [place]


_UNLABELLED = {
    "ln": (
        "Lobi eleki na mpokwa, likama ya motuka esalemi na nzela ya Matadi, bato zomi na mitano bakufi mpe bato "
        "mingi bazoki. Bapolisi balobi ete motuka yango ezalaki kokende mbangu mingi mpe bato basusu bazali na "
        "lopitalo."
    ),
    "om": (
        "Kaleessa galgala balaa konkolaataa naannoo Adaamaa irratti raawwateen namoonni kudha shan du'aniiru, "
        "namoonni biroo digdamii tokko immoo madaa'aniiru jedhan poolisiin. Madaa'an keessaa kan hedduun isaanii "
        "hospitaala jiru."
    ),
    "mg": (
        "Omaly tolakandro, nisy lozam-pifamoivoizana nahafatesana olona dimy ambin'ny folo teo amin'ny "
        "lalam-pirenena faha-7, ary olona maro no naratra. Nilaza ny zandary fa mbola ao amin'ny hopitaly ireo "
        "naratra mafy."
    ),
    "ig": (
        "Ụnyaahụ, ihe mberede ụgbọ ala mere n'okporo ụzọ Enugu, mmadụ iri na ise nwụrụ, ebe ọtụtụ ndị ọzọ merụrụ "
        "ahụ. Ndị uwe ojii kwuru na ụgbọ ala ahụ na-agba ọsọ nke ukwuu mgbe ihe mberede ahụ mere."
    ),
    "sn": (
        "Nezuro manheru, tsaona yemotokari yakaitika mumugwagwa weHarare neMutare, vanhu gumi nevashanu vakafa uye "
        "vamwe vakawanda vakakuvara. Mapurisa akati mutyairi akanga achimhanya zvakanyanya uye vakakuvara vari "
        "muchipatara."
    ),
    "ti": (
        "ትማሊ ምሸት ኣብ ከባቢ ኣስመራ ኣብ ዝወረደ ናይ መኪና ሓደጋ ዓሰርተ ሓሙሽተ ሰባት ሞይቶም፣ ካልኦት ብዙሓት ድማ ቆሲሎም። ፖሊስ ከም "
        "ዝበሎ እቲ መኪና ብቕልጡፍ ይጓዓዝ ነይሩ፣ እቶም ዝቖሰሉ ድማ ኣብ ሆስፒታል ኣለዉ።"
    ),
}


@pytest.mark.parametrize("code", sorted(_UNLABELLED))
def test_told_from_an_unlabelled_text(code: str) -> None:
    assert detect_language(_UNLABELLED[code]) == code


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("am", "ትናንት ምሽት በአዲስ አበባ አቅራቢያ በደረሰ የመኪና አደጋ አስራ አምስት ሰዎች ሞተዋል፣ ሌሎች በርካታ ሰዎች ደግሞ ቆስለዋል። ፖሊስ "
               "እንደገለጸው መኪናው በከፍተኛ ፍጥነት ይጓዝ ነበር፣ የቆሰሉት ሰዎች በሆስፒታል ይገኛሉ።"),
        ("sw", "Jana jioni, ajali ya barabarani ilitokea katika barabara kuu ya Nairobi na Mombasa, watu kumi na "
               "watano walifariki na wengine wengi walijeruhiwa. Polisi walisema dereva alikuwa akiendesha kwa kasi."),
        ("pt", "Ontem à noite, um acidente na estrada nacional fez quinze mortos e muitos feridos. A polícia disse "
               "que o motorista ia em alta velocidade e que os feridos estão no hospital."),
        ("ha", "Jiya da yamma, wani hatsarin mota ya auku a kan babbar hanyar Kano zuwa Zariya, mutane goma sha "
               "biyar sun mutu yayin da wasu da dama suka jikkata. 'Yan sanda sun ce direban yana gudu sosai."),
        ("zu", "Izolo kusihlwa, kwenzeke ingozi yemoto emgwaqeni omkhulu waseThekwini, abantu abayishumi nanhlanu "
               "bashonile kwathi abanye abaningi balimala. Amaphoyisa athe umshayeli ubegijima ngejubane eliphezulu."),
        ("lg", "Eggulo akabenje k'emmotoka kagudde ku luguudo lwa Kampala, abantu kkumi na bataano bafudde ate "
               "abalala bangi balumiziddwa. Poliisi egamba nti omugoba w'emmotoka yali avuga ndiima."),
    ],
)  # fmt: skip
def test_neighbours_keep_their_language(code: str, text: str) -> None:
    assert detect_language(text) == code
