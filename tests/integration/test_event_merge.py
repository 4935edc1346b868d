"""Two events that a later report proves to be one are merged; the absorbed id answers 308 to the survivor."""

from __future__ import annotations

import pytest

from tests.conftest import wait_for_status

pytestmark = pytest.mark.integration

# Our own reports of one (invented) shooting. The first names nobody; the second names the victim but its
# only place is another town; the third is from the first town and names her too.
UNNAMED = {
    "title": "Woman killed, five wounded outside Ocala nightclub",
    "text": (
        "A 19-year-old woman was shot and killed outside a nightclub in Ocala early Sunday, and five other people "
        "were wounded, police said. Officers were reviewing video from the parking lot. No arrests were made."
    ),
    "source": "Outlet A",
    "published_at": "2015-09-13T12:00:00Z",
}
NAMED_ELSEWHERE = {
    "text": (
        "A nursing student from Gainesville was shot and killed early Sunday, her family said. Benita Rowland, 19, "
        "died at the scene in Gainesville. Rowland had just started her second year, and classmates planned a vigil."
    ),
    "source": "Outlet B",
    "published_at": "2015-09-13T18:00:00Z",
}
NAMED_HERE = {
    "text": (
        "Two men were arrested on Monday in the shooting death of Benita Rowland outside an Ocala nightclub. "
        "Rowland, 19, was killed and five other people were wounded early Sunday. Both men are charged with murder."
    ),
    "source": "Outlet C",
    "published_at": "2015-09-14T12:00:00Z",
}


def _submit(client, body: dict) -> str:  # type: ignore[no-untyped-def]
    response = client.post("/v1/articles", json=body)
    assert response.status_code == 202
    article_id = str(response.get_json()["id"])
    assert wait_for_status(client, article_id)["status"] == "done"
    return article_id


def _event_ids(client, location: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e["id"] for e in client.get(f"/v1/reconciliation?location={location}").get_json()["events"]}


def test_a_report_naming_the_victim_of_two_events_merges_them(client, worker) -> None:
    first = _submit(client, UNNAMED)
    second = _submit(client, NAMED_ELSEWHERE)
    ocala, gainesville = _event_ids(client, "Ocala"), _event_ids(client, "Gainesville")
    assert len(ocala) == 1 and len(gainesville) == 1 and ocala != gainesville
    third = _submit(client, NAMED_HERE)

    (survivor,) = ocala  # two articles against one: the bigger event keeps its id
    (absorbed,) = gainesville
    event = client.get(f"/v1/events/{survivor}").get_json()
    assert {first, second, third} <= {a for inc in event["incidents"] for a in inc["article_ids"]}
    assert _event_ids(client, "Gainesville") == set()

    for path in (f"/v1/events/{absorbed}", f"/v1/events/{absorbed}/timeline"):
        moved = client.get(path)
        assert moved.status_code == 308
        assert moved.mimetype == "application/problem+json"
        assert moved.headers["Location"] == path.replace(absorbed, survivor)
        assert moved.get_json()["merged_into"] == survivor
        assert client.get(moved.headers["Location"]).status_code == 200
    assert client.get("/v1/events/evt_0000000000000000").status_code == 404
