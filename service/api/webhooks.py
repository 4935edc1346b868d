"""POST/GET /v1/webhooks, GET/DELETE /v1/webhooks/{id} and GET /v1/webhooks/{id}/deliveries."""

from __future__ import annotations

from typing import Any

from flask import url_for
from flask.views import MethodView

from schemas.common import ProblemSchema
from schemas.webhooks import (
    DeliveryListSchema,
    DeliveryQuerySchema,
    WebhookCreatedSchema,
    WebhookInSchema,
    WebhookListSchema,
    WebhookSchema,
)
from service.api import ID
from service.auth import secured
from service.extensions import runtime
from service.json_body import Blueprint
from store.webhooks import DeliveryRecord, WebhookRecord, WebhookRepo
from usecases.webhooks import WebhookSettings, create_webhook, delete_webhook, get_webhook, list_deliveries

blp = Blueprint(
    "webhooks",
    __name__,
    url_prefix="/v1/webhooks",
    description="Signed callbacks (Standard Webhooks) when an article is processed or an event changes.",
)

PROBLEM = "application/problem+json"


def _repo() -> WebhookRepo:
    store = runtime().store
    return WebhookRepo(store.r, store.keys)


def _webhook_body(record: WebhookRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "url": record.url,
        "events": record.events,
        "description": record.description,
        "created_at": record.created_at,
    }


def _delivery_body(record: DeliveryRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "webhook_id": record.webhook_id,
        "event_type": record.event_type,
        "status": record.status,
        "attempts": record.attempts,
        "last_status_code": record.last_status_code,
        "last_error": record.last_error,
        "next_attempt_at": record.next_attempt_at,
        "created_at": record.created_at,
        "updated_at": record.updated_at,
    }


@blp.route("")
class Webhooks(MethodView):
    @secured(blp, "admin")
    @blp.arguments(WebhookInSchema)
    @blp.response(201, WebhookCreatedSchema, headers={"Location": {"description": "The webhook's URL.",
                                                                      "schema": {"type": "string"}}})
    @blp.alt_response(422, schema=ProblemSchema, content_type=PROBLEM,
                      description="The body did not validate, or the URL is not an allowed public target.")
    @blp.alt_response(503, schema=ProblemSchema, content_type=PROBLEM, description="Storage unavailable; retry.")
    @blp.doc(operationId="createWebhook")
    def post(self, data: dict[str, Any]) -> tuple[dict[str, Any], int, dict[str, str]]:
        """Register a webhook; the response carries its signing secret, shown only this once.

        The URL's host is resolved now and again before every delivery; loopback, private, link-local,
        multicast, reserved and unspecified addresses are refused (422, field `url`).
        """
        record = create_webhook(
            _repo(), WebhookSettings.from_env(), data["url"], data["events"], data.get("description")
        )
        location = url_for("webhooks.Webhook", webhook_id=record.id)
        return {**_webhook_body(record), "secret": record.secret}, 201, {"Location": location}

    @secured(blp, "admin")
    @blp.response(200, WebhookListSchema)
    @blp.doc(operationId="listWebhooks")
    def get(self) -> dict[str, Any]:
        """Every registered webhook (without secrets), oldest first."""
        return {"webhooks": [_webhook_body(r) for r in _repo().list()]}


@blp.route(f"/<{ID}:webhook_id>")
class Webhook(MethodView):
    @secured(blp, "admin")
    @blp.response(200, WebhookSchema)
    @blp.alt_response(404, schema=ProblemSchema, content_type=PROBLEM, description="No such webhook.")
    @blp.doc(operationId="getWebhook")
    def get(self, webhook_id: str) -> dict[str, Any]:
        """One webhook (without its secret)."""
        return _webhook_body(get_webhook(_repo(), webhook_id))

    @secured(blp, "admin")
    @blp.response(204)
    @blp.alt_response(404, schema=ProblemSchema, content_type=PROBLEM, description="No such webhook.")
    @blp.doc(operationId="deleteWebhook")
    def delete(self, webhook_id: str) -> None:
        """Delete a webhook and its delivery log; deliveries still pending are dropped."""
        delete_webhook(_repo(), webhook_id)


@blp.route(f"/<{ID}:webhook_id>/deliveries")
class WebhookDeliveries(MethodView):
    @secured(blp, "admin")
    @blp.arguments(DeliveryQuerySchema, location="query")
    @blp.response(200, DeliveryListSchema)
    @blp.alt_response(404, schema=ProblemSchema, content_type=PROBLEM, description="No such webhook.")
    @blp.alt_response(422, schema=ProblemSchema, content_type=PROBLEM, description="Bad `limit`.")
    @blp.doc(operationId="listWebhookDeliveries")
    def get(self, args: dict[str, Any], webhook_id: str) -> dict[str, Any]:
        """The webhook's delivery log, newest first: status, attempts, last response code and error, and
        when the next attempt is due."""
        deliveries = list_deliveries(_repo(), webhook_id, args["limit"])
        return {"deliveries": [_delivery_body(d) for d in deliveries]}
