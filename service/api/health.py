"""Liveness and readiness probes."""

from __future__ import annotations

from typing import Any

import redis
from flask.views import MethodView
from marshmallow import Schema, fields

from schemas.common import ProblemSchema
from service.extensions import runtime
from service.json_body import Blueprint
from service.problems import problem

blp = Blueprint("health", __name__, description="Probes for orchestrators.")


class HealthSchema(Schema):
    status = fields.String(required=True, metadata={"example": "ok"})


@blp.route("/livez")
class Livez(MethodView):
    @blp.response(200, HealthSchema)
    @blp.doc(operationId="livez")
    def get(self) -> dict[str, str]:
        """The process is up (checks nothing else)."""
        return {"status": "ok"}


@blp.route("/readyz")
class Readyz(MethodView):
    @blp.response(200, HealthSchema)
    @blp.alt_response(503, schema=ProblemSchema, content_type="application/problem+json",
                      description="Redis is unreachable.")
    @blp.doc(operationId="readyz")
    def get(self) -> Any:
        """Ready to serve: Redis answers."""
        try:
            runtime().store.ping()
        except redis.exceptions.RedisError as exc:
            return problem(503, f"Redis is not reachable: {type(exc).__name__}", headers={"Retry-After": "5"})
        return {"status": "ok"}
