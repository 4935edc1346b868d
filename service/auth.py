"""API-key authentication and scopes for views.

Keys are sent as `Authorization: Bearer frk_...` or `X-API-Key: frk_...`. `secured(blp, scope)` is placed
above a view's other decorators so that authentication runs before body validation (an anonymous caller
learns nothing about the schema) and the operation's security and 401/403 responses are documented.
With FACTRECON_AUTH=off every request is treated as an anonymous admin.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from flask import g, request
from flask_smorest import Blueprint

from schemas.common import ProblemSchema
from service.extensions import runtime
from store.apikeys import ApiKeyRecord, ApiKeyStore
from usecases.apikeys import authenticate, has_scope
from usecases.errors import Forbidden, Unauthenticated

SECURITY = [{"BearerAuth": []}, {"ApiKeyAuth": []}]
SECURITY_SCHEMES = {
    "BearerAuth": {"type": "http", "scheme": "bearer", "description": "An API key: `Authorization: Bearer frk_...`"},
    "ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "X-API-Key", "description": "An API key: `frk_...`"},
}
ANONYMOUS = ApiKeyRecord(id="anonymous", name="auth off", scopes=("admin",), created_at="")

F = TypeVar("F", bound=Callable[..., Any])


def presented_key() -> str | None:
    header = request.headers.get("Authorization", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip()
    return request.headers.get("X-API-Key") or None


def principal() -> ApiKeyRecord:
    """Who is calling: the authenticated key, or ANONYMOUS when auth is off. Cached per request."""
    cached: ApiKeyRecord | None = g.get("principal")
    if cached is not None:
        return cached
    rt = runtime()
    if not rt.settings.auth:
        g.principal = ANONYMOUS
        return ANONYMOUS
    plaintext = presented_key()
    keys = ApiKeyStore(rt.store.r, rt.store.keys, cache_seconds=rt.settings.api_key_cache_seconds)
    record = authenticate(keys, plaintext) if plaintext else None
    if record is None:
        raise Unauthenticated("a valid API key is required" if plaintext is None else "the API key is not valid")
    g.principal = record
    return record


def require(scope: str) -> ApiKeyRecord:
    record = principal()
    if not has_scope(record, scope):
        raise Forbidden(f"this API key lacks the '{scope}' scope")
    return record


def secured(blp: Blueprint, scope: str) -> Callable[[F], F]:
    def decorate(view: F) -> F:
        documented = blp.doc(security=SECURITY)(view)
        documented = blp.alt_response(
            401, schema=ProblemSchema, content_type="application/problem+json", description="No valid API key."
        )(documented)
        documented = blp.alt_response(
            403, schema=ProblemSchema, content_type="application/problem+json", description=f"Needs scope `{scope}`."
        )(documented)

        @functools.wraps(documented)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            require(scope)
            return documented(*args, **kwargs)

        return guarded  # type: ignore[return-value]

    return decorate
