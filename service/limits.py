"""Per-key rate limits with flask-limiter, counters in Redis.

Policy when Redis is unreachable: rate limiting fails open to per-process in-memory counters (the same
limits, counted per API process) instead of rejecting traffic; the request itself then gets its own 503 if it
needs Redis. Limits are keyed on the API key id, or on the client address for unauthenticated requests.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from flask import Flask, Response, request
from flask_limiter import Limiter
from flask_smorest import Blueprint

from service.auth import principal
from settings import Settings
from store.ratelimit import storage_uri
from usecases.errors import Unauthenticated


def rate_limit_key() -> str:
    try:
        return f"key:{principal().id}" if principal().id != "anonymous" else f"ip:{request.remote_addr}"
    except Unauthenticated:
        return f"ip:{request.remote_addr}"


def _standard_headers(response: Response) -> Response:
    """IETF RateLimit headers: Reset in seconds from now (flask-limiter sends an epoch), and Retry-After only
    where it means something (429; 503 and 409 set their own)."""
    reset = response.headers.get("RateLimit-Reset")
    if reset and reset.isdigit() and int(reset) > 10**9:
        response.headers["RateLimit-Reset"] = str(max(0, int(reset) - int(time.time())))
    if response.status_code not in (429, 503, 409):
        response.headers.pop("Retry-After", None)
    return response


def init_limiter(
    app: Flask, settings: Settings, *, submit_blueprints: Iterable[Blueprint], exempt_blueprints: Iterable[Blueprint]
) -> Limiter:
    app.config.update(
        RATELIMIT_HEADERS_ENABLED=True,
        RATELIMIT_HEADER_LIMIT="RateLimit-Limit",
        RATELIMIT_HEADER_REMAINING="RateLimit-Remaining",
        RATELIMIT_HEADER_RESET="RateLimit-Reset",
        RATELIMIT_HEADER_RETRY_AFTER="Retry-After",
        RATELIMIT_HEADER_RETRY_AFTER_VALUE="delta-seconds",
        RATELIMIT_SWALLOW_ERRORS=True,
        RATELIMIT_IN_MEMORY_FALLBACK_ENABLED=True,
        RATELIMIT_KEY_PREFIX=f"{settings.key_prefix}:ratelimit",
    )
    app.after_request(_standard_headers)  # registered first, so it runs after the limiter adds its headers
    limiter = Limiter(
        key_func=rate_limit_key,
        app=app,
        default_limits=[settings.rate_limit],
        storage_uri=storage_uri(settings.effective_redis_url()),  # one round trip per limit (store/ratelimit.py)
        storage_options={"socket_connect_timeout": 1, "socket_timeout": 1},
        strategy="moving-window",
    )
    for blueprint in submit_blueprints:
        # A submission counts against the submit limit alone: one Redis round trip per POST, not two.
        limiter.limit(settings.submit_rate_limit, methods=["POST"], override_defaults=True)(blueprint)
    for blueprint in exempt_blueprints:
        limiter.exempt(blueprint)
    for endpoint in ("openapi_yaml", "docs_static", "metrics", "api-docs.openapi_json", "api-docs.openapi_swagger_ui"):
        view = app.view_functions.get(endpoint)
        if view is not None:
            limiter.exempt(view)
    return limiter
