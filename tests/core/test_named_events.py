"""What ties reports of one event across languages: a named storm or flight, a later toll at the very town."""

from __future__ import annotations

from datetime import datetime

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.named_events import event_names, site_names
from core.similarity import fingerprint


def test_a_storm_is_one_name_in_every_language_and_inflection() -> None:
    written = [
        "Hurricane Talia tore through the island on Tuesday.",
        "El huracán Talía dejó al menos 40 muertos en la isla.",
        "L'ouragan Talia a fait 40 morts.",
        "Der Hurrikan Talia hat mindestens 40 Menschen getötet.",
        "Talia Kasırgası adada en az 40 kişinin ölümüne yol açtı.",
        "Að minnsta kosti 40 létust vegna fellibylsins Talíu.",
        "Huragan Talia zabił co najmniej 40 osób.",
    ]
    assert [event_names(t) for t in written] == [{"storm:tali"}] * len(written)


def test_a_flight_is_its_number_with_or_without_the_airlines_code() -> None:
    assert event_names("Flight ZX 418 crashed on landing.") == {"flight:418"}
    assert event_names("El vuelo 418 se estrelló al aterrizar.") == {"flight:418"}
    assert event_names("Le vol ZX418 s'est écrasé.") == {"flight:418"}


def test_words_after_a_storm_word_that_name_no_storm() -> None:
    assert event_names("The National Hurricane Center said the storm Sunday would weaken.") == set()
    assert event_names("Typhoon Kills 12 As It Nears Coast") == set()  # a title-case headline's verb
    # A capitalised word the text also writes in lower case is a common word, not a name.
    assert event_names("The cyclone Damage was wide. Officials assessed the damage.") == set()


def _report(aid: str, text: str, published: str | None, language: str = "en") -> ArticleFacts:
    when = datetime.fromisoformat(published) if published else None
    claims = extract(ArticleInput(text=text, published_at=when, language=language)).claims
    return ArticleFacts(aid, "outlet-" + aid, tuple(claims), when, None, fingerprint(text), text)


def test_reports_naming_one_storm_are_one_event_however_they_are_dated() -> None:
    first = _report("a", "Hurricane Talia killed at least 40 people in Puerto Rico on Tuesday, officials said. "
                    "Talia's winds knocked out power across the island.", "2031-09-21T08:00:00")  # fmt: skip
    later = _report("b", "Un estudio elevó a 2.900 el número de muertos por el huracán Talía en Puerto Rico. "
                    "Las autoridades aceptaron la nueva cifra.", "2032-08-20T08:00:00", "es")  # fmt: skip
    still_later = _report("c", "Puerto Rico's government now puts the death toll from Hurricane Talia at 2,950, "
                          "officials said.", "2032-08-29T08:00:00")  # fmt: skip
    events = group_articles([first, later, still_later], GroupingSettings())
    assert [sorted(e.article_ids) for e in events] == [["a", "b", "c"]]
    # Without the storm's name the report a year on is another event.
    unnamed = _report("d", "Un estudio elevó a 2.900 el número de muertos en Puerto Rico. Las autoridades "
                      "aceptaron la nueva cifra.", "2032-08-20T08:00:00", "es")  # fmt: skip
    assert len(group_articles([first, unnamed], GroupingSettings())) == 2


def test_two_storms_over_one_state_two_weeks_apart_are_two_events_in_any_order() -> None:
    reports = [
        _report("a", "Hurricane Talia killed at least 11 people in Florida after making landfall on Thursday night, "
                "officials said. Talia's storm surge flooded coastal towns.", "2031-09-27T06:00:00"),
        _report("b", "The death toll in Florida from Hurricane Talia rose to 14 on Saturday, the governor said.",
                "2031-09-28T06:00:00"),
        _report("c", "Hurricane Bruno killed at least six people in Florida after it made landfall on Wednesday "
                "night, officials said. Bruno spawned tornadoes across the state.", "2031-10-10T06:00:00"),
        _report("d", "The death toll in Florida from Hurricane Bruno rose to 10 on Friday, the governor said.",
                "2031-10-11T06:00:00"),
    ]  # fmt: skip
    for order in (reports, reports[::-1], [reports[2], reports[0], reports[3], reports[1]]):
        events = group_articles(order, GroupingSettings())
        assert sorted(sorted(e.article_ids) for e in events) == [["a", "b"], ["c", "d"]]


def test_a_later_larger_toll_at_the_very_town_in_another_language_is_the_events_count() -> None:
    first = _report("a", "At least 120 people were killed and more than 900 injured when an earthquake struck the "
                    "city of Kermanshah on Sunday night, officials said.", "2031-03-10T06:00:00")  # fmt: skip
    later = _report("b", "Die Zahl der Toten in Kermanshah ist am Montag auf 545 gestiegen, teilten die Behörden mit.",
                    "2031-03-25T11:00:00", "de")  # fmt: skip
    assert [sorted(e.article_ids) for e in group_articles([first, later], GroupingSettings())] == [["a", "b"]]
    # A smaller toll two weeks on is no later count of it; nor is a larger one two months on, with nothing else.
    smaller = _report("c", "Die Zahl der Toten in Kermanshah ist am Montag auf 45 gestiegen, teilten die Behörden mit.",
                      "2031-03-25T11:00:00", "de")  # fmt: skip
    assert len(group_articles([first, smaller], GroupingSettings())) == 2
    months = _report("d", "Die Zahl der Toten in Kermanshah ist am Montag auf 545 gestiegen, teilten die Behörden mit.",
                     "2031-05-12T11:00:00", "de")  # fmt: skip
    assert len(group_articles([first, months], GroupingSettings())) == 2


def test_an_undated_running_count_at_a_neighbour_town_joins_while_the_event_runs() -> None:
    first = _report("a", "El número de fallecidos por los incendios forestales en la región de Valparaíso subió a 51, "
                    "informó el ministro el sábado.", "2031-02-04T10:00:00", "es")  # fmt: skip
    later = _report("b", "Wildfires raging around the coastal city of Vina del Mar have killed at least 64 people, "
                    "the president said on Saturday.", "2031-02-04T18:00:00")  # fmt: skip
    assert [sorted(e.article_ids) for e in group_articles([first, later], GroupingSettings())] == [["a", "b"]]
    # A smaller figure is no running count of it.
    smaller = _report("c", "Wildfires raging around the coastal city of Vina del Mar have killed at least 14 "
                      "people, the president said on Saturday.", "2031-02-04T18:00:00")  # fmt: skip
    assert len(group_articles([first, smaller], GroupingSettings())) == 2


def test_a_larger_attack_in_the_same_town_weeks_later_is_no_later_count() -> None:
    first = _report("a", "A car bomb killed 20 people at a crowded market in Kermanshah on Sunday, officials said. "
                    "Police chief Ali Moradi said the car had been parked near the Tagh Bostan bus terminal.",
                    "2031-03-10T06:00:00")  # fmt: skip
    other = _report("b", "Gunmen stormed a girls' school in Kermanshah on Friday and opened fire, killing 35 pupils "
                    "before security forces arrived, the provincial governor told state television. Teachers at "
                    "the Farhangian school said the attackers came over the wall.",
                    "2031-03-29T06:00:00")  # fmt: skip
    assert len(group_articles([first, other], GroupingSettings())) == 2


def test_a_site_is_one_name_in_every_language() -> None:
    written = [
        "The Varesi bridge collapsed onto the rail yard below on Tuesday.",
        "Il crollo del ponte Varesi ha ucciso 31 persone.",
        "L'effondrement du pont Varesi a fait 31 morts.",
        "Beim Einsturz der Varesi-Brücke starben 31 Menschen.",
        "El derrumbe del puente Varesi dejó 31 muertos.",
        "Varesi köprüsü çöktü: 31 kişi hayatını kaybetti.",
    ]
    assert [site_names(t) for t in written] == [{"site:vare"}] * len(written)
    assert site_names("The Halvorsen ferry sank off the coast.") == site_names("El ferry Halvorsen se hundió.")
    assert site_names("A crush at the Ostrand Festival killed eight.") == {"site:ostr"}
    # Sites are no storms: two reports naming two sites are not kept apart for it.
    assert event_names("The Varesi bridge collapsed.") == set()


def test_words_beside_a_site_word_that_name_no_site() -> None:
    assert site_names("Fans left the National Stadium after the match.") == set()
    assert site_names("He was shot on Harrells Ferry Road late Sunday.") == set()  # a street named after a ferry
    assert site_names("police said the water tower was hit") == set()  # no name at all


def test_a_wildfire_is_named_by_its_capitalised_fire_in_running_text() -> None:
    """"The Harlan Fire" names a wildfire; a headline's capitals ("Warehouse Fire Kills 3"), a common fire ("an
    apartment fire") and a fire with no "the" before its name name nothing."""
    assert site_names("Crews contained the Harlan Fire on Sunday after rain fell.") == {"site:harl"}
    assert site_names("The list of missing after the Harlan Fire fell below 600.") == {"site:harl"}
    assert site_names("Warehouse Fire Kills 3 In Riverside") == set()
    assert site_names("An apartment fire killed two in the Bronx.") == set()
    assert site_names("Harlan Fire destroys much of the town") == set()


def test_a_report_filed_from_the_capital_naming_the_wildfire_joins_it() -> None:
    """A report datelined at the state's capital and naming no other place joins the wildfire it names."""
    first = _report("a", "PARADISE, Calif. - The Harlan Fire tore through the town of Paradise on Thursday, "
                    "killing at least 23 people, the sheriff said.", "2031-11-09T14:00:00")
    capital = _report("b", "SACRAMENTO - The remains of 61 people have been found so far after the Harlan Fire, "
                      "and the list of those unaccounted for fell to 640 on Monday.", "2031-11-20T18:00:00")
    holders = {a: e.id for e in group_articles([first, capital], GroupingSettings()) for a in e.article_ids}
    assert holders["a"] == holders["b"]


def test_an_undated_unplaced_report_naming_the_site_joins_the_event_in_another_language() -> None:
    """A report in another language whose place the reader could not find and which nothing dates, naming the
    collapsed bridge the event's reports name, is that event's; one naming no site stays apart."""
    placed = _report("a", "The Varesi bridge collapsed in Verona on Tuesday, killing at least 31 people, "
                     "officials said. Rescuers searched the rubble through the night.", "2031-08-14T18:00:00")
    later = _report("b", "The death toll from the collapse of the Varesi bridge in Verona rose to 39 on Wednesday, "
                    "the civil protection agency said.", "2031-08-15T12:00:00")
    named = _report("c", "Dopo il crollo del ponte Varesi si continua a scavare: le vittime sarebbero 43, secondo "
                    "fonti qualificate.", None, "it")
    unnamed = _report("d", "Si continua a scavare sotto le macerie: le vittime sarebbero 43, secondo fonti "
                      "qualificate.", None, "it")
    for order in ([placed, later, named], [named, later, placed]):
        events = group_articles(order, GroupingSettings())
        assert [sorted(e.article_ids) for e in events] == [["a", "b", "c"]]
    apart = group_articles([placed, later, unnamed], GroupingSettings())
    assert sorted(sorted(e.article_ids) for e in apart) == [["a", "b"], ["d"]]


def test_a_philippine_storm_named_two_ways_is_one_storm() -> None:
    """PAGASA names every storm entering its area ("Yolanda" for Haiyan): a local and an international name
    are one storm there (`core/data/local_storm_names.tsv`), though two names exclude each other elsewhere."""
    local = _report("a", "TACLOBAN CITY - At least 1,200 people are feared dead in Tacloban after Super Typhoon "
                    "Lawin hit on Friday, the Red Cross said.", "2031-11-09T05:00:00")  # fmt: skip
    world = _report("b", "MANILLE - Le typhon Marlon a fait au moins 2.300 morts à Tacloban, selon un nouveau bilan "
                    "officiel publié jeudi.", "2031-11-13T08:00:00", "fr")  # fmt: skip
    assert [sorted(e.article_ids) for e in group_articles([local, world], GroupingSettings())] == [["a", "b"]]
    # Two storms weeks apart are still two.
    later = _report("c", "TACLOBAN CITY - Typhoon Kabayan killed 14 people in Tacloban on Sunday, officials said.",
                    "2031-12-08T05:00:00")  # fmt: skip
    assert len(group_articles([local, world, later], GroupingSettings())) == 2
