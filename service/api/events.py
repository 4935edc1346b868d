"""GET /v1/reconciliation, /v1/events/{id} and /v1/events/{id}/timeline."""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from flask import Response, request, url_for
from flask.views import MethodView

from schemas.common import ProblemSchema
from schemas.events import EventSchema, ReconciliationPageSchema, ReconciliationQuerySchema, TimelineSchema
from service.api import ID
from service.auth import secured
from service.extensions import runtime
from service.json_body import Blueprint
from service.negotiation import CSV, csv_response, negotiated, wanted_type
from usecases.export import events_csv
from usecases.grouping import joining
from usecases.reconciliation import (
    ReconciliationQuery,
    VersionedView,
    get_event,
    get_timeline_document,
    list_reconciliation,
)

blp = Blueprint("reconciliation", __name__, url_prefix="/v1", description="Events and their reconciled figures.")


class _SerializedEvents:
    """EventSchema's JSON for each (event, version), kept per process.

    A 1,000-article event has thousands of nested values; dumping them through marshmallow on every request
    costs ~100 ms. The schema still produces every byte: its output is only memoised until the event changes.
    """

    def __init__(self, size: int = 512) -> None:
        self._schema = EventSchema()
        self._items: OrderedDict[str, tuple[int, str]] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def json(self, event: VersionedView) -> str:
        with self._lock:
            hit = self._items.get(event.id)
            if hit and hit[0] == event.version:
                self._items.move_to_end(event.id)
                return hit[1]
        text = json.dumps(self._schema.dump(event.document()), separators=(",", ":"), ensure_ascii=False)
        with self._lock:
            self._items[event.id] = (event.version, text)
            self._items.move_to_end(event.id)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return text


_serialized = _SerializedEvents()


def _json_response(body: str) -> Response:
    return Response(body, status=200, mimetype="application/json")


_MOVED = (
    "The event was merged into another (a later report named the same victim or suspect as both), or it is "
    "joined to an event of another block (another country or US state, or none) that the merge layer across "
    "blocks finds the same: `Location` and `merged_into` give the event that now holds its reports."
)
_MOVED_HEADERS = {"Location": {"description": "The same path on the merged-into event.", "schema": {"type": "string"}}}


def _event_lookup_responses(view: Callable[..., Any]) -> Callable[..., Any]:
    """The answers of an operation on one event besides 200: 404 (no such event) and 308 (merged)."""
    view = blp.alt_response(
        308, schema=ProblemSchema, content_type="application/problem+json", headers=_MOVED_HEADERS, description=_MOVED
    )(view)
    return blp.alt_response(
        404, schema=ProblemSchema, content_type="application/problem+json", description="No such event."
    )(view)


@blp.route("/reconciliation")
class Reconciliation(MethodView):
    @secured(blp, "read")
    @blp.arguments(ReconciliationQuerySchema, location="query")
    @blp.response(200, ReconciliationPageSchema)
    @blp.alt_response(
        422, schema=ProblemSchema, content_type="application/problem+json", description="Bad filter or cursor."
    )
    @negotiated(blp)
    @blp.doc(operationId="listReconciliation")
    def get(self, args: dict[str, Any]) -> Response:
        """Per event: each source's value, the spread, an estimate and why figures differ. Newest first.

        With `Accept: text/csv`, the page's values as CSV (one row per value); the next page is then in the
        `Link` header (`rel="next"`)."""
        media = wanted_type()
        if isinstance(media, Response):
            return media
        rt = runtime()
        page = list_reconciliation(rt.store, ReconciliationQuery(**args), joining(rt.settings))
        if media == CSV:
            headers = {}
            if page.next_cursor:
                query = {k: v for k, v in request.args.items() if k != "cursor"}
                link = url_for("reconciliation.Reconciliation", **query, cursor=page.next_cursor)
                headers["Link"] = f'<{link}>; rel="next"'
            return csv_response(events_csv(e.document() for e in page.events), "reconciliation.csv", headers)
        events = ",".join(_serialized.json(e) for e in page.events)
        return _json_response(f'{{"events":[{events}],"next_cursor":{json.dumps(page.next_cursor)}}}')


@blp.route(f"/events/<{ID}:event_id>")
class Event(MethodView):
    @secured(blp, "read")
    @blp.response(200, EventSchema)
    @_event_lookup_responses
    @negotiated(blp)
    @blp.doc(operationId="getEvent")
    def get(self, event_id: str) -> Any:
        """One event with its incidents and figures (`Accept: text/csv`: one row per value)."""
        media = wanted_type()
        if isinstance(media, Response):
            return media
        rt = runtime()
        event = get_event(rt.store, event_id, joining(rt.settings))
        if media == CSV:
            return csv_response(events_csv([event.document()]), f"{event_id}.csv")
        return _json_response(_serialized.json(event))


@blp.route(f"/events/<{ID}:event_id>/timeline")
class EventTimeline(MethodView):
    @secured(blp, "read")
    @blp.response(200, TimelineSchema)
    @_event_lookup_responses
    @blp.doc(operationId="getEventTimeline")
    def get(self, event_id: str) -> dict[str, Any]:
        """Figures per incident and metric in publication order, so a toll can be seen growing."""
        rt = runtime()
        return {"event_id": event_id, "series": get_timeline_document(rt.store, event_id, joining(rt.settings))}
