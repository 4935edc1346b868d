"""GET /v1/reconciliation, /v1/events/{id} and /v1/events/{id}/timeline."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from schemas.common import ProblemSchema
from schemas.events import EventSchema, ReconciliationPageSchema, ReconciliationQuerySchema, TimelineSchema
from service.auth import secured
from service.extensions import runtime
from usecases.reconciliation import ReconciliationQuery, get_event, get_timeline, list_reconciliation

blp = Blueprint("reconciliation", __name__, url_prefix="/v1", description="Events and their reconciled figures.")


@blp.route("/reconciliation")
class Reconciliation(MethodView):
    @secured(blp, "read")
    @blp.arguments(ReconciliationQuerySchema, location="query")
    @blp.response(200, ReconciliationPageSchema)
    @blp.alt_response(422, schema=ProblemSchema, content_type="application/problem+json",
                      description="Bad filter or cursor.")
    @blp.doc(operationId="listReconciliation")
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """Per event: each source's value, the spread, an estimate and why figures differ. Newest first."""
        page = list_reconciliation(runtime().store, ReconciliationQuery(**args))
        return {"events": page.events, "next_cursor": page.next_cursor}


@blp.route("/events/<string:event_id>")
class Event(MethodView):
    @secured(blp, "read")
    @blp.response(200, EventSchema)
    @blp.alt_response(404, schema=ProblemSchema, content_type="application/problem+json", description="No such event.")
    @blp.doc(operationId="getEvent")
    def get(self, event_id: str) -> Any:
        """One event with its incidents and figures."""
        return get_event(runtime().store, event_id)


@blp.route("/events/<string:event_id>/timeline")
class EventTimeline(MethodView):
    @secured(blp, "read")
    @blp.response(200, TimelineSchema)
    @blp.alt_response(404, schema=ProblemSchema, content_type="application/problem+json", description="No such event.")
    @blp.doc(operationId="getEventTimeline")
    def get(self, event_id: str) -> dict[str, Any]:
        """Figures per incident and metric in publication order, so a toll can be seen growing."""
        _, points = get_timeline(runtime().store, event_id)
        return {"event_id": event_id, "series": points}
