"""Kinds of disaster named in headlines keep two events of one country apart. Headlines written for these tests."""

from __future__ import annotations

import pytest

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.events.hazards import hazards_exclude, headline_hazards
from core.models import KILLED, ArticleFacts
from core.similarity import fingerprint
from tests.core.eventkit import make_article, make_claim


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("Passenger jet crashes on landing, killing 120", "Ferry sinks with 300 aboard", True),
        ("Earthquake toll rises to 2,000", "Floods sweep the valley, 40 dead", True),
        ("Bus plunges into ravine, 25 dead", "Floods kill 30 in the valley", True),
        ("Fuel tanker explodes on highway, 90 dead", "Tanker blast toll rises to 140", False),
        # One occurrence named two ways: an explosion and its fire, a quake and its tsunami, gunfire and a shooting.
        ("Warehouse explosion kills 50", "Port fire still burning, toll at 85", False),
        ("Quake and tsunami kill 1,200", "Tsunami death toll climbs", False),
        ("Gunman opens fire at concert", "Concert shooting: 58 dead", False),
        # A fire at a mine named by its operator is a mine disaster too ("Grubenunglück" names only the mine).
        ("Fire at Northfield Coal mine in the Donbas kills 19", "Grubenunglück im Donbass: 23 Tote", False),
        ("Blaze at Kestrel mine leaves 12 dead", "Mine disaster toll rises to 15", False),
        # A headline naming no kind rules nothing out.
        ("What we know about the victims", "Ferry sinks with 300 aboard", False),
    ],
)
def test_headlines_of_other_kinds_of_disaster_exclude_each_other(a: str, b: str, apart: bool) -> None:
    assert hazards_exclude(headline_hazards(a), [headline_hazards(b)]) is apart


def test_the_pronoun_mine_names_no_disaster() -> None:
    assert headline_hazards("That title is mine, says champion") == frozenset()
    assert "mine" not in headline_hazards("Landmine in the orchard kills two boys")


def test_a_timeless_report_of_another_kind_of_disaster_stays_out_of_the_countrys_event() -> None:
    """Nothing dates either report and both are placed only by their country: the place alone would make a
    plane crash and a ferry sinking one event; their headlines keep them apart."""
    settings = GroupingSettings()

    def report(aid: str, title: str, killed: int) -> ArticleFacts:
        return make_article(aid, [make_claim(KILLED, killed, location="South Korea")], published_at=None,
                            title=title, fingerprint=fingerprint(title), text=title)  # fmt: skip

    sinking = report("ship-1", "Ferry sinks off the southern coast, 300 dead", 300)
    crash = report("jet-1", "Passenger jet crashes on landing, killing 179", 179)
    later = report("ship-2", "Ferry disaster: divers recover more bodies, toll 290", 290)
    holders = {a: e.id for e in group_articles([sinking, crash, later], settings) for a in e.article_ids}
    assert holders["ship-1"] == holders["ship-2"] != holders["jet-1"]


@pytest.mark.parametrize(
    ("title", "families"),
    [
        ("Inundaciones en el sur: al menos 12 muertos", {"water"}),
        ("Un autobús cae por un barranco y deja nueve muertos", {"road"}),
        ("Erdbeben erschüttert die Region, Dutzende Tote", {"quake"}),
        ("Busunglück auf der Autobahn: sieben Tote", {"road"}),
        ("Waldbrand außer Kontrolle", {"fire"}),
        ("Séisme de magnitude 6,1 : le bilan s'alourdit", {"quake"}),
        ("Naufrage d'une embarcation de migrants au large", {"ship"}),
        ("Crollo di un palazzo a Napoli", {"collapse"}),
        ("Deprem bölgesinde ölü sayısı yükseldi", {"quake"}),
        ("Otobüs şarampole devrildi", {"road"}),
        ("Banjir bandang terjang tiga desa", {"water"}),
        ("Kecelakaan kereta di Jawa Timur", {"rail"}),
        ("Повінь затопила села на заході", {"water"}),
        ("Σεισμός 5,8 Ρίχτερ στην Κρήτη", {"quake"}),
        ("Πυρκαγιά σε δασική έκταση", {"fire"}),
        ("Pożar hali magazynowej", {"fire"}),
        ("Flom i Vestland: to omkom", {"water"}),
        ("Enchentes deixam 30 mortos no sul", {"water"}),
        ("फैक्ट्री में आग, 11 की मौत", {"fire"}),
        ("बस खाई में गिरी, 20 घायल", {"road"}),
        ("ভূমিকম্পে কেঁপে উঠল দেশ", {"quake"}),
        ("سيول جارفة تضرب الوادي", {"water"}),
        ("تحطم حافلة على الطريق السريع", {"road"}),
        ("남부 지방 폭우로 12명 사망", {"water"}),
        ("여객선 침몰 사고", {"ship"}),
        ("山区发生泥石流", {"water"}),
        ("大巴侧翻致9人受伤", {"road"}),
        ("Coal mine blast traps 40 miners", {"mine", "fire", "attack"}),
        ("Explosión en una mina de carbón deja 12 muertos", {"fire", "attack", "mine"}),
        ("Grubenunglück in Sachsen: drei Bergarbeiter tot", {"mine"}),
        ("Katastrofa w kopalni na Śląsku", {"mine"}),
        ("Soman kaivosonnettomuus: 200 kuollut", {"mine"}),
        ("Longsor di tambang emas, 5 penambang tewas", {"water", "mine"}),
        ("Maden ocağında grizu patlaması", {"mine", "fire", "attack"}),
        ("山西煤矿透水事故", {"mine"}),
        ("Obrušení v dole: no lexicon, no kind", set()),
        # Words every language's news uses for its kinds: an eruption, a dam's burst, a compound of fire, a bridge's
        # fall, shots, a riot, a head-on crash, the heat, a boat's sinking (headlines written for these tests)
        ("Vulkanausbruch auf Java: elf Tote", {"volcano"}),
        ("Éruption du volcan : l'île évacuée", {"volcano"}),
        ("Erupción del volcán obliga a evacuar a 2.000 vecinos", {"volcano"}),
        ("Erupsi gunung api, warga mengungsi", {"volcano"}),
        ("Vulkaanuitbarsting op eiland: vijf doden", {"volcano"}),
        ("Volcano erupts, ash covers three villages", {"volcano"}),
        ("Banjir lahar dingin terjang permukiman", {"volcano", "water"}),
        ("火山喷发致3人遇难", {"volcano"}),
        ("Rotura de la presa inunda el valle", {"water"}),
        ("Un aluvión arrasa el pueblo", {"water"}),
        ("Corrimiento de tierra sepulta una aldea", {"water"}),
        ("Rompimento de dique alaga bairro", {"water"}),
        ("山洪冲毁村庄", {"water"}),
        ("Bwawa lapasuka, nyumba zasombwa", {"water"}),
        ("Skogsbränderna sprider sig", {"fire"}),
        ("Bosbranden woeden in het zuiden", {"fire"}),
        ("Skógareldar loga enn", {"fire"}),
        ("Zeker vier doden bij brand in Rotterdam", {"fire"}),
        ("Instorten brug kost tien levens", {"collapse"}),
        ("Bro rasade under rusningstid", {"collapse"}),
        ("دریا پر پل گر گیا", {"collapse"}),
        ("Tote nach Schüssen in Einkaufszentrum", {"attack"}),
        ("Mann erschießt drei Nachbarn", {"attack"}),
        ("Spari in un bar di periferia: due morti", {"attack"}),
        ("Motín en una cárcel deja 20 muertos", {"attack", "crowd"}),
        ("Rebelião em presídio termina com 9 mortos", {"attack", "crowd"}),
        ("Stormloop bij concert: twaalf gewonden", {"crowd"}),
        ("Kericuhan usai laga, puluhan luka", {"crowd"}),
        ("Xoc frontal a la carretera: un mort", {"road"}),
        ("Acidente de viação na A2 faz um morto", {"road"}),
        ("Accident rutier grav lângă Brașov", {"road"}),
        ("Korban meninggal akibat panas ekstrem bertambah", {"weather"}),
        ("Shiddat ki garmi: شدید گرمی سے 20 اموات", {"weather"}),
        ("Tatlo nasawi dahil sa matinding init", {"weather"}),
        ("Chìm thuyền trên sông, 4 người mất tích", {"ship"}),
        ("Muren verschütten Bergdorf", {"water"}),
        ("Hitze fordert erste Todesopfer", {"weather"}),
        ("Massenkarambolage auf der A9", {"road"}),
        ("Un tireur fait trois morts", {"attack"}),
        ("Quartiers inondés, un mort", {"water"}),
        ("Balacera en un bar deja cinco muertos", {"attack"}),
        ("Choque frontal en la carretera a Toluca", {"road"}),
        ("Cheias arrastam casas no norte", {"water"}),
        ("Bomba d'acqua su Palermo: due morti", {"water"}),
        ("Drie doden door schoten in winkelcentrum", {"attack"}),
        ("Man skjuten till döds i Malmö", {"attack"}),
        ("Trafikolycka på E4: två döda", {"road"}),
        ("Liikenneonnettomuus Kehä III:lla", {"road"}),
        ("Zamieszki po meczu, dziesiątki rannych", {"crowd"}),
        ("Nálet na nemocnici, desítky mrtvých", {"attack"}),
        ("Вулкан проснулся: извержение на Камчатке", {"volcano"}),
        ("Сель сошёл на посёлок", {"water"}),
        ("Извержение вулкана: эвакуированы сёла", {"volcano"}),
        ("Ηφαίστειο: νέα έκρηξη", {"attack", "fire", "volcano"}),
        ("Yanardağ faaliyete geçti", {"volcano"}),
        ("Zincirleme kaza: 3 ölü", {"road"}),
        ("Lelőtték a rendőrt", {"attack"}),
        ("ज्वालामुखी फटा, गांव खाली", {"volcano"}),
        ("पुल गिरने से 9 की मौत", {"collapse"}),
        ("Nasunog ang palengke", {"fire"}),
        ("Mkanyagano uwanjani: watu 12 wafariki", {"crowd"}),
        ("火山が噴火、住民避難", {"volcano"}),
        ("화산 폭발로 주민 대피", {"attack", "fire", "volcano"}),
        ("بركان يثور في الجزيرة", {"volcano"}),
        ("Eldgos hafið á Reykjanesi", {"volcano"}),
        ("Bulkang Taal, nagbuga ng abo", {"volcano"}),
        ("Núi lửa phun trào, dân sơ tán", {"volcano"}),
        # a word of mine is no mine, a minefield of questions neither
        ("Shooting victim was a friend of mine, neighbor says", {"attack"}),
        ("Man killed in shooting; police determine motive", {"attack"}),
        # one language's word is no part of another's: no train in Trenton, no attack in the firefighters
        ("Man shot in Trenton", {"attack"}),
        ("Los bomberos apagan el fuego en la fábrica", {"fire"}),
        ("Brandon, 16, killed", set()),
        ("आगे की जांच जारी", set()),
        ("Airbus A320 crash", {"air"}),  # no bus in Airbus: its maker names an aircraft
        # Words of one language that are another's words or names name nothing: no lava in 'lavado', no train in
        # 'lest', no volcano in the name Volkan, no flood in Dana, Van or Ulan Bator, no heat in 'Hellenic'
        ("Lest we forget: a village remembers", set()),
        ("Brand new stadium opens in Jakarta", set()),
        ("Van governor visits the villages", set()),
        ("Volkan Demirel named coach", set()),
        ("Dana White defends the decision", set()),
        ("Ulan Bator hosts the summit", set()),
        ("Sadece iki kişi kurtuldu", set()),
        ("Hellenic navy rescues 40", set()),
        ("A 'blitz' of new rules", set()),
        ("Lavado de dinero: tres detenidos", set()),
        ("Barrage of criticism over the plan", set()),
        # a word for many deaths of any kind names none: a stadium's "strage" or "avalancha" is its crush
        ("Strage allo stadio, i morti salgono a 130", set()),
        ("Ocho muertos en una avalancha a las puertas del estadio", set()),
        # gunfire that "erupted" is no eruption, a plane that "s'est abattu" came down, and Busa is a place
        ("Two dead as gunfire erupted at block party", {"attack"}),
        ("Un avion s'est abattu sur un quartier", {"air"}),
        ("Building collapses in Busa Buji", {"collapse"}),
    ],
)  # fmt: skip
def test_every_language_names_its_kinds_of_disaster(title: str, families: set[str]) -> None:
    assert headline_hazards(title) == families


def test_a_flood_and_a_bus_crash_reported_in_other_languages_are_two_events() -> None:
    """One region, one day, reports with neither a date nor a place of their own beyond the country: a Spanish flood
    and a Spanish bus crash stay apart, and a German report of the flood joins the Spanish one."""
    settings = GroupingSettings()

    def report(aid: str, title: str, killed: int) -> ArticleFacts:
        return make_article(aid, [make_claim(KILLED, killed, location="Spain")], published_at=None,
                            title=title, fingerprint=fingerprint(title), text=title)  # fmt: skip

    flood = report("es-flood", "Inundaciones en el sureste: 12 muertos", 12)
    crash = report("es-bus", "Un autobús cae por un barranco: nueve muertos", 9)
    flood_de = report("de-flood", "Überschwemmungen in Spanien: zwölf Tote", 12)
    holders = {a: e.id for e in group_articles([flood, crash, flood_de], settings) for a in e.article_ids}
    assert holders["es-flood"] == holders["de-flood"] != holders["es-bus"]


def test_a_word_of_another_language_that_is_an_english_word_or_name_names_no_disaster() -> None:
    # Dutch, Swedish and Danish 'brand' (fire) is an English word and a surname: only its compounds count.
    assert headline_hazards("Chris Brand shot dead outside Ohio bar") == {"attack"}
    assert "fire" not in headline_hazards("Brand new apartment complex shooting leaves 2 dead")
    assert headline_hazards("Woningbrand in Utrecht eist drie levens") == {"fire"}
    # French 'barrage' (dam), Italian 'pullman' (coach), Turkish 'seller' (floods): English words and a town.
    assert "water" not in headline_hazards("Man killed in barrage of gunfire")
    assert headline_hazards("Two killed in Pullman, police say") == frozenset()
    assert headline_hazards("Used car seller killed in Houston") == frozenset()


@pytest.mark.parametrize(
    ("headline", "kinds"),
    [
        ("Army airstrike kills nine in hill village days after earthquake", {"attack"}),  # when, not what
        ("Bombardeo deja nueve muertos en una aldea días después del terremoto", {"attack"}),
        ("Toll rises to 2,000 after earthquake", {"quake"}),  # nothing else named: the quake is the story
        ("Un camion fonce dans la foule après le feu d'artifice, un attentat", {"road", "attack"}),  # past the phrase
    ],
)
def test_a_kind_of_disaster_after_a_word_of_time_is_when_not_what(headline: str, kinds: set[str]) -> None:
    assert headline_hazards(headline) == kinds
