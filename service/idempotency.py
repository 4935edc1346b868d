"""Idempotency-Key on POSTs, after the IETF httpapi draft and Stripe's practice.

- The first request with a key is processed and its response stored for 24 h (FACTRECON_IDEMPOTENCY_TTL).
- The same key with the same body replays that response (header `Idempotent-Replayed: true`).
- The same key with a different request (method, path or body) is 422. JSON bodies are compared in canonical
  form (keys sorted, no insignificant whitespace), so the same JSON with its keys in another order replays.
- The same key while the first request is still in flight is 409.
- Keys are scoped per API key, so two clients can never see each other's responses.
- A 5xx or an exception releases the key so the client can retry.

Where a view writes once (`idempotent(blp, claim_with_write=True)`: POST /v1/articles), the key is claimed in
that write's own Redis step (`pending_claim()` handed to the store) instead of a SET of its own first: one round
trip less, and a request that fails validation never touches the key. The answers are the same.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from typing import Any, TypeVar

from flask import Response, g, make_response, request
from flask_smorest import Blueprint

from schemas.common import ProblemSchema
from service import json_body
from service.auth import principal
from service.extensions import runtime
from store.repository import Claim
from usecases.errors import IdempotencyConflict, IdempotencyKeyTaken, IdempotencyMismatch, InvalidInput

HEADER = "Idempotency-Key"
IN_FLIGHT_SECONDS = 60  # a crashed first request frees its key after this long
REPLAYED_HEADERS = ("Location", "Content-Type")

F = TypeVar("F", bound=Callable[..., Any])

PARAMETER = {
    "in": "header",
    "name": HEADER,
    "required": False,
    "schema": {"type": "string", "minLength": 1, "maxLength": 255},
    "description": "Makes the POST safe to retry: the same key and body replays the first response for 24 hours; "
    "the same key with another body is 422; a retry while the first is in flight is 409. Scoped per API key.",
}


def canonical_body(raw: bytes) -> bytes:
    """The body in canonical JSON (sorted keys, no whitespace, escapes normalised), or the raw bytes when it
    is not JSON (those requests fail validation anyway; they still get a stable fingerprint)."""
    try:
        data = json_body.loads(raw)
    except ValueError:  # JSONDecodeError (too deep included) and UnicodeDecodeError
        return raw
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _fingerprint() -> str:
    digest = hashlib.sha256()
    digest.update(f"{request.method} {request.path}\n".encode())
    digest.update(canonical_body(request.get_data(cache=True)))
    return digest.hexdigest()


def _store_key(idempotency_key: str) -> str:
    rt = runtime()
    return rt.store.keys.idempotency(principal().id, hashlib.sha256(idempotency_key.encode()).hexdigest())


def _replay(saved: dict[str, Any]) -> Response:
    response = Response(saved["body"], status=saved["status"])
    for name, value in saved["headers"].items():
        response.headers[name] = value
    response.headers["Idempotent-Replayed"] = "true"
    return response


def pending_claim() -> Claim | None:
    """The Idempotency-Key claim a `claim_with_write` view hands to its write, or None (no key sent)."""
    claim: Claim | None = g.get("idempotency_claim")
    return claim


def _answer_taken(saved_json: str | None, fingerprint: str) -> Response:
    saved = json.loads(saved_json or "null")
    if saved is None:  # expired between SET and GET: treat as a fresh attempt next time
        raise IdempotencyConflict("the earlier request with this key just expired; retry")
    if saved["fingerprint"] != fingerprint:
        raise IdempotencyMismatch("this Idempotency-Key was already used with a different request")
    if saved["state"] == "in_flight":
        raise IdempotencyConflict("a request with this Idempotency-Key is still being processed")
    return _replay(saved)


def idempotent(blp: Blueprint, *, claim_with_write: bool = False) -> Callable[[F], F]:
    def decorate(view: F) -> F:
        documented = blp.doc(parameters=[PARAMETER])(view)
        documented = blp.alt_response(
            409, schema=ProblemSchema, content_type="application/problem+json",
            description="A request with this Idempotency-Key is still in flight.",
        )(documented)

        @functools.wraps(documented)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            key = request.headers.get(HEADER)
            if key is None:
                return documented(*args, **kwargs)
            if not 0 < len(key) <= 255 or not key.isprintable():
                raise InvalidInput("Idempotency-Key must be 1 to 255 printable characters", field=HEADER)
            rt = runtime()
            store_key = _store_key(key)
            fingerprint = _fingerprint()
            claim = Claim(store_key, json.dumps({"state": "in_flight", "fingerprint": fingerprint}), IN_FLIGHT_SECONDS)
            if claim_with_write:
                g.idempotency_claim = claim  # the view's write claims the key (pending_claim)
            elif rt.store.r.set(store_key, claim.value, nx=True, ex=IN_FLIGHT_SECONDS):
                claim.taken = True
            else:
                return _answer_taken(rt.store.r.get(store_key), fingerprint)
            try:
                response = make_response(documented(*args, **kwargs))
            except IdempotencyKeyTaken as taken:
                return _answer_taken(taken.saved, fingerprint)
            except BaseException:
                if claim.taken:
                    rt.store.r.delete(store_key)
                raise
            if response.status_code >= 500:
                if claim.taken:
                    rt.store.r.delete(store_key)
                return response
            saved = {
                "state": "done",
                "fingerprint": fingerprint,
                "status": response.status_code,
                "headers": {h: response.headers[h] for h in REPLAYED_HEADERS if h in response.headers},
                "body": response.get_data(as_text=True),
            }
            # A key this request did not claim (its view answered without writing) is saved only if still free.
            ttl = rt.settings.idempotency_ttl_seconds
            rt.store.r.set(store_key, json.dumps(saved), ex=ttl, nx=not claim.taken)
            return response

        return guarded  # type: ignore[return-value]

    return decorate
