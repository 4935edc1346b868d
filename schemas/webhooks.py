"""Webhook subscriptions and their delivery log."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.common import InputSchema, IsoDateTime

EVENT_TYPES = ("article.processed", "event.updated")
DELIVERY_STATUSES = ("pending", "succeeded", "failed")


class WebhookInSchema(InputSchema):
    url = fields.Url(
        required=True,
        schemes={"http", "https"},
        require_tld=False,
        validate=validate.Length(max=2000),
        metadata={
            "description": "Where to POST events. http or https; must resolve to public addresses only "
            "(loopback, private, link-local, multicast and reserved targets are refused unless the "
            "operator's FACTRECON_WEBHOOK_ALLOW lists them).",
            "example": "https://hooks.example.org/factrecon",
        },
    )
    events = fields.List(
        fields.String(validate=validate.OneOf(EVENT_TYPES)),
        required=True,
        validate=validate.Length(min=1, max=len(EVENT_TYPES)),
        metadata={"description": "Event types to receive: `article.processed`, `event.updated`."},
    )
    description = fields.String(
        allow_none=True, validate=validate.Length(max=500), metadata={"description": "Free text for your records."}
    )


class WebhookSchema(Schema):
    id = fields.String(required=True, metadata={"description": "Webhook id (`wh_...`)."})
    url = fields.String(required=True)
    events = fields.List(fields.String(validate=validate.OneOf(EVENT_TYPES)), required=True)
    description = fields.String(required=True, allow_none=True)
    created_at = IsoDateTime(required=True, allow_none=True)


class WebhookCreatedSchema(WebhookSchema):
    secret = fields.String(
        required=True,
        metadata={
            "description": "Signing secret (`whsec_` + base64). Shown only in this response: store it. "
            "Verify `webhook-signature` as the Standard Webhooks spec describes.",
        },
    )


class WebhookListSchema(Schema):
    webhooks = fields.List(fields.Nested(WebhookSchema), required=True, metadata={"description": "Oldest first."})


class DeliveryQuerySchema(InputSchema):
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))


class DeliverySchema(Schema):
    id = fields.String(required=True, metadata={"description": "The message id, sent as `webhook-id`."})
    webhook_id = fields.String(required=True)
    event_type = fields.String(required=True, validate=validate.OneOf(EVENT_TYPES))
    status = fields.String(
        required=True,
        validate=validate.OneOf(DELIVERY_STATUSES),
        metadata={"description": "pending (will be tried, or retried), succeeded (2xx), failed (gave up)."},
    )
    attempts = fields.Integer(required=True, metadata={"description": "Attempts made so far."})
    last_status_code = fields.Integer(
        required=True, allow_none=True, metadata={"description": "HTTP status of the last attempt; null if none."}
    )
    last_error = fields.String(required=True, allow_none=True, metadata={"description": "Why the last attempt failed."})
    next_attempt_at = IsoDateTime(
        required=True, allow_none=True, metadata={"description": "When the next attempt is due; null when finished."}
    )
    created_at = IsoDateTime(required=True, allow_none=True)
    updated_at = IsoDateTime(required=True, allow_none=True)


class DeliveryListSchema(Schema):
    deliveries = fields.List(fields.Nested(DeliverySchema), required=True, metadata={"description": "Newest first."})
