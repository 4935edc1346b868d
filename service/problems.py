"""One place that turns every error into RFC 9457 `application/problem+json`.

flask-smorest routes every HTTPException (404, 405, 413, webargs' 422 ...) through `Api.handle_http_exception`,
which we override; domain exceptions (which carry no HTTP status) are mapped here by type.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from http import HTTPStatus
from typing import Any

import redis
from flask import Flask, Response, g, request
from werkzeug.exceptions import HTTPException

from usecases.errors import (
    Forbidden,
    IdempotencyConflict,
    IdempotencyMismatch,
    InvalidInput,
    Moved,
    NotFound,
    StorageUnavailable,
    Unauthenticated,
)

log = logging.getLogger("factrecon.api")

PROBLEM_MEDIA_TYPE = "application/problem+json"

PROBLEM_TYPES = {
    308: "moved",
    400: "bad-request",
    401: "unauthorized",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    409: "conflict",
    413: "payload-too-large",
    414: "uri-too-long",
    415: "unsupported-media-type",
    406: "not-acceptable",
    417: "expectation-failed",
    422: "validation",
    429: "rate-limited",
    431: "header-fields-too-large",
    500: "internal",
    501: "not-implemented",
    503: "unavailable",
}


def flatten_errors(messages: Any, location: str | None = None, path: tuple[str, ...] = ()) -> Iterator[dict[str, str]]:
    """webargs/marshmallow nested messages -> [{location, field, message}] (no free-form objects)."""
    if isinstance(messages, Mapping):
        for key, value in messages.items():
            if location is None and not path and key in ("json", "query", "path", "headers", "form", "files"):
                yield from flatten_errors(value, str(key), ())
            else:
                yield from flatten_errors(value, location, (*path, str(key)))
    elif isinstance(messages, list | tuple):
        if all(isinstance(m, str) for m in messages):
            for message in messages:
                yield {"location": location or "json", "field": ".".join(path) or "_schema", "message": message}
        else:
            for index, item in enumerate(messages):
                yield from flatten_errors(item, location, (*path, str(index)))
    else:
        yield {"location": location or "json", "field": ".".join(path) or "_schema", "message": str(messages)}


def problem(
    status: int,
    detail: str | None = None,
    *,
    errors: list[dict[str, str]] | None = None,
    headers: Mapping[str, str] | None = None,
    title: str | None = None,
    extra: Mapping[str, str] | None = None,
) -> Response:
    body: dict[str, Any] = {
        "type": f"urn:factrecon:problem:{PROBLEM_TYPES.get(status, 'error')}",
        "title": title or HTTPStatus(status).phrase,
        "status": status,
        "instance": request.path,
    }
    if detail:
        body["detail"] = detail
    request_id = g.get("request_id")
    if request_id:
        body["request_id"] = request_id
    if errors:
        body["errors"] = errors
    body.update(extra or {})
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_MEDIA_TYPE)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def from_http_exception(error: HTTPException) -> Response:
    status = error.code or 500
    data = getattr(error, "data", None) or {}
    messages = data.get("errors") or data.get("messages")
    errors = list(flatten_errors(messages)) if messages else None
    detail = data.get("message") or error.description
    if status == 422 and errors:
        detail = "The request did not validate: " + "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5])
    headers = dict(data.get("headers") or {})
    if status == 405 and error.get_response().headers.get("Allow"):
        headers["Allow"] = error.get_response().headers["Allow"]
    return problem(status, detail, errors=errors, headers=headers)


def register_domain_errors(app: Flask) -> None:
    @app.errorhandler(Moved)
    def _moved(exc: Moved) -> Response:
        # 308: the same request, made on the merged-into resource, answers it ("/v1/events/A/timeline" -> B's).
        location = request.path.replace(f"/{exc.ident}", f"/{exc.target}", 1)
        if request.query_string:
            location += "?" + request.query_string.decode("latin-1")
        return problem(
            308,
            f"{exc}; it now answers at {location}.",
            headers={"Location": location},
            title="Merged",
            extra={"merged_into": exc.target},
        )

    @app.errorhandler(NotFound)
    def _not_found(exc: NotFound) -> Response:
        return problem(404, str(exc))

    @app.errorhandler(Unauthenticated)
    def _unauthenticated(exc: Unauthenticated) -> Response:
        return problem(401, str(exc), headers={"WWW-Authenticate": 'Bearer realm="factrecon"'})

    @app.errorhandler(Forbidden)
    def _forbidden(exc: Forbidden) -> Response:
        return problem(403, str(exc))

    @app.errorhandler(IdempotencyConflict)
    def _in_flight(exc: IdempotencyConflict) -> Response:
        return problem(409, str(exc), headers={"Retry-After": "1"})

    @app.errorhandler(IdempotencyMismatch)
    def _mismatch(exc: IdempotencyMismatch) -> Response:
        errors = [{"location": "header", "field": "Idempotency-Key", "message": str(exc)}]
        return problem(422, str(exc), errors=errors)

    @app.errorhandler(InvalidInput)
    def _invalid(exc: InvalidInput) -> Response:
        location = {"cursor": "query", "Idempotency-Key": "header"}.get(exc.field or "", "json")
        errors = [{"location": location, "field": exc.field or "_schema", "message": str(exc)}]
        return problem(422, str(exc), errors=errors)

    @app.errorhandler(StorageUnavailable)
    @app.errorhandler(redis.exceptions.ConnectionError)
    @app.errorhandler(redis.exceptions.TimeoutError)
    @app.errorhandler(redis.exceptions.BusyLoadingError)
    def _unavailable(exc: Exception) -> Response:
        log.warning("storage unavailable: %s", exc)
        return problem(503, "Storage is temporarily unavailable; retry shortly.", headers={"Retry-After": "5"})

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Response:
        if isinstance(exc, HTTPException):
            return from_http_exception(exc)
        log.exception("unhandled error on %s %s", request.method, request.path)
        return problem(500, "An unexpected error occurred; it has been logged.")
