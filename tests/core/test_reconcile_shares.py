"""A report giving a disaster's whole toll and then its provinces' shares: the article's value, in its headline and
in the event, is the whole toll, never a share that several provinces happen to give alike. Sentences of our own."""

from __future__ import annotations

from core.events.blocks import group_articles
from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleFacts, ArticleInput
from core.reconcile import reconcile_event
from core.similarity import fingerprint


def _facts(title: str, text: str) -> ArticleFacts:
    claims = extract(ArticleInput(text=text, title=title, language="en")).claims
    return ArticleFacts("q1", "wire", claims, None, title, fingerprint(text, title), text, None)


def test_equal_shares_of_several_towns_do_not_outvote_the_whole_toll() -> None:
    article = _facts(
        "Earthquake kills 120 in eastern Turkey",
        "A magnitude 6.8 earthquake struck eastern Turkey on Friday, killing 120 people and injuring 1,500 across "
        "four provinces, the disaster agency said. In Elazig, 200 people were injured. In Adiyaman, 200 people were "
        "injured, and in Diyarbakir 200 people were hurt.",
    )
    head = pick_headline(main_incident_claims(list(article.claims)), "wounded")
    assert head is not None and head.value == 1500


def test_the_articles_value_in_the_event_is_its_whole_toll_not_a_provinces_share() -> None:
    article = _facts(
        "Quake kills 284 in southern Turkey",
        "A powerful earthquake killed 284 people and injured 2,323 across ten provinces of southern Turkey on "
        "Monday, the vice president said. In Osmaniye, 20 people died and 200 were injured. In Sanliurfa, 18 "
        "people died and 200 were injured. In Kilis, eight people died and 200 were injured.",
    )
    [event] = group_articles([article])
    view = reconcile_event(event, {article.id: article}).to_dict()
    values = {f["metric"]: [v["value"] for v in f["values"]] for f in view["figures"]}
    assert values["wounded"] == [2323] and values["killed"] == [284]
    # the provinces' shares stay in the view, as the article's other values
    shown = [v["value"] for i in view["incidents"] for f in i["figures"] if f["metric"] == "wounded"
             for v in [*f["values"], *f["other_values"]]]  # fmt: skip
    assert shown.count(200) == 3
