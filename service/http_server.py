"""The HTTP server's own errors as problem+json.

gunicorn refuses some requests before the app sees them: a request line over `limit_request_line` (414), a
header over `limit_request_field_size` or too many headers (431), a malformed request line or header such as
a bare LF or a NUL (400). It answers those with a small HTML page. `ProblemWorker` is gunicorn's threaded
worker answering them as RFC 9457 `application/problem+json`, with the same types the app uses.

The limits are raised moderately in `GUNICORN_LIMITS` (used by `factrecon up` and `factrecon api`); the app
enforces its own, lower limits (see service/app.py and the README's table of limits) so that a long id,
cursor or filter is answered by the app with a precise problem.
"""

from __future__ import annotations

import json
import ssl
from http import HTTPStatus
from typing import Any

from gunicorn import util
from gunicorn.http import errors
from gunicorn.workers.gthread import ThreadWorker

from service.problems import PROBLEM_MEDIA_TYPE, PROBLEM_TYPES

GUNICORN_LIMITS = {
    "--limit-request-line": "8190",  # gunicorn's maximum; the app's own URI limit is 4096 (414 problem+json)
    "--limit-request-fields": "100",
    "--limit-request-field_size": "16380",  # twice gunicorn's default: room for long keys and cookies
}

_STATUS_BY_ERROR: tuple[tuple[type[BaseException], int], ...] = (
    (errors.LimitRequestLine, 414),
    (errors.LimitRequestHeaders, 431),
    (errors.UnsupportedTransferCoding, 501),
    (errors.ExpectationFailed, 417),
    (errors.ForbiddenProxyRequest, 403),
    (ssl.SSLError, 403),
    (errors.ConfigurationProblem, 500),
    (errors.ParseException, 400),
)


def status_for(exc: BaseException) -> int:
    """The status gunicorn itself would send for a parse error; 500 for anything else."""
    if isinstance(exc, errors.InvalidResponseHeader | errors.InvalidResponseHeaderName):  # the app's fault
        return 500
    for error_type, status in _STATUS_BY_ERROR:
        if isinstance(exc, error_type):
            return status
    return 500


def problem_bytes(status: int, detail: str, instance: str | None) -> bytes:
    """A complete HTTP/1.1 response carrying a problem document; the connection is closed after it."""
    phrase = HTTPStatus(status).phrase
    body: dict[str, Any] = {
        "type": f"urn:factrecon:problem:{PROBLEM_TYPES.get(status, 'error')}",
        "title": phrase,
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    payload = json.dumps(body).encode()
    head = (
        f"HTTP/1.1 {status} {phrase}\r\n"
        "Connection: close\r\n"
        f"Content-Type: {PROBLEM_MEDIA_TYPE}\r\n"
        f"Content-Length: {len(payload)}\r\n\r\n"
    )
    return head.encode("latin-1") + payload


def _detail(status: int, exc: BaseException) -> str:
    if status == 414:
        return "The request line is longer than the server accepts; see the README's table of limits."
    if status == 431:
        return "A request header is too long, or there are too many headers; see the README's table of limits."
    if status == 500:
        return "An unexpected error occurred; it has been logged."
    return f"The request could not be parsed: {type(exc).__name__}: {str(exc)[:200]}"


class ProblemWorker(ThreadWorker):  # type: ignore[misc]
    """gunicorn's gthread worker whose own error answers are problem+json."""

    def handle_error(self, req: Any, client: Any, addr: Any, exc: BaseException) -> None:
        status = status_for(exc)
        if status == 500:
            self.log.exception("Error handling request %s", getattr(req, "uri", "(no URI read)"))
        else:
            self.log.warning("Invalid request from ip=%s: %s", (addr or ("",))[0], exc)
        path = getattr(req, "path", None)
        instance = path if isinstance(path, str) and len(path) <= 256 else None
        try:
            util.write_nonblock(client, problem_bytes(status, _detail(status, exc), instance))
        except Exception:
            self.log.debug("Failed to send error message.")


WORKER_CLASS = f"{__name__}.{ProblemWorker.__name__}"
