"""Through the API and a real Celery worker (two processes): two reports of one bus crash that the grouper places
in two blocks (Kenya, Uganda: merge1's pair) come out as one event in both submission orders, with the same id and
document, one incident (23 killed, not 46); the other block's event answers 308 to it (problem+json,
`merged_into`), on the JSON API, the timeline and the pages; deleting one report (of a landslide told from
each side of the Uganda-Kenya border) splits them again. Reports: tests/integration/test_across_blocks.py."""

from __future__ import annotations

from typing import Any

import pytest
import redis

from tests.conftest import wait_for_status
from tests.integration.test_across_blocks import KAMPALA, KENYA, KISUMU, UGANDA
from usecases.articles import SubmitArticle

pytestmark = pytest.mark.integration


def _body(command: SubmitArticle) -> dict[str, Any]:
    assert command.published_at is not None
    return {
        "source": command.source,
        "title": command.title,
        "text": command.text,
        "published_at": command.published_at.isoformat().replace("+00:00", "Z"),
    }


def _submit(client, command: SubmitArticle) -> str:  # type: ignore[no-untyped-def]
    response = client.post("/v1/articles", json=_body(command))
    assert response.status_code == 202, response.get_json()
    article_id = str(response.get_json()["id"])
    assert wait_for_status(client, article_id)["status"] == "done"
    return article_id


def _events(client) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    return list(client.get("/v1/reconciliation?limit=100").get_json()["events"])


def _article_ids(event: dict[str, Any]) -> set[str]:
    return {a for incident in event["incidents"] for a in incident["article_ids"]}


def _wipe(client: redis.Redis, prefix: str) -> None:
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


def test_two_blocks_come_out_as_one_event_in_both_orders(client, worker, clean_redis, settings) -> None:
    seen = []
    for order in ([KISUMU, KAMPALA], [KAMPALA, KISUMU]):
        _wipe(clean_redis, settings.key_prefix)
        ids = {_submit(client, command) for command in order}
        [event] = _events(client)  # the article is done once its events' links are written
        assert _article_ids(event) == ids
        killed = next(f for f in event["figures"] if f["metric"] == "killed")
        assert killed["estimate"]["best"] == 23, "one incident, not two summed"
        stored = {k.decode().split(":")[2] for k in clean_redis.scan_iter(f"{settings.key_prefix}:event:*:version")}
        [other] = stored - {event["id"]}
        for path in (f"/v1/events/{other}", f"/v1/events/{other}/timeline"):
            moved = client.get(path)
            assert moved.status_code == 308, path
            assert moved.mimetype == "application/problem+json"
            assert moved.headers["Location"] == path.replace(other, event["id"])
            assert moved.get_json()["merged_into"] == event["id"]
        page = client.get(f"/events/{other}")
        assert page.status_code == 308 and page.headers["Location"].endswith(f"/events/{event['id']}")
        assert client.get(f"/events/{event['id']}").status_code == 200
        assert client.get(f"/v1/events/{event['id']}").get_json() == event
        csv = client.get(f"/v1/events/{event['id']}", headers={"Accept": "text/csv"}).get_data(as_text=True)
        assert all(i in csv for i in ids)
        seen.append(event)
    assert seen[0] == seen[1], "the same event, id and document, in both orders"


def test_deleting_one_report_splits_them_again(client, worker) -> None:
    uganda, kenya = _submit(client, UGANDA), _submit(client, KENYA)
    [joined] = _events(client)
    assert client.delete(f"/v1/articles/{kenya}").status_code == 204
    [left] = _events(client)
    assert _article_ids(left) == {uganda}
    if left["id"] != joined["id"]:  # the Kenyan report's event held the root: it is gone
        assert client.get(f"/v1/events/{joined['id']}").status_code == 404
    assert client.get(f"/v1/events/{left['id']}").status_code == 200
    killed = next(f for f in left["figures"] if f["metric"] == "killed")
    assert [v["article_id"] for v in killed["values"]] == [uganda]
