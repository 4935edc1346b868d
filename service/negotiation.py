"""Content negotiation for the API's read endpoints that also speak CSV (`Accept: text/csv`)."""

from __future__ import annotations

from typing import Any

from flask import Response, request

from schemas.common import ProblemSchema
from service.problems import problem

JSON = "application/json"
CSV = "text/csv"
CSV_RESPONSE_DOC = {"content": {CSV: {"schema": {"type": "string", "description": "RFC 4180 CSV, a header row "
                                                 "first: one row per reported value (see the README)."}}}}


def wanted_type(offered: tuple[str, ...] = (JSON, CSV)) -> str | Response:
    """The media type to answer with, or a 406 problem when the client accepts none of `offered`.

    No Accept header (or `*/*`) is JSON; `Accept: text/csv` is CSV."""
    if not request.headers.get("Accept", "").strip():
        return offered[0]
    best = request.accept_mimetypes.best_match(offered)
    if best is None:
        return problem(406, f"This resource is served as {' or '.join(offered)}; the Accept header allows neither.")
    return str(best)


def csv_response(body: str, filename: str, headers: dict[str, str] | None = None) -> Response:
    response = Response(body, status=200, mimetype=CSV)
    response.headers["Content-Type"] = "text/csv; charset=utf-8; header=present"
    response.headers["Content-Disposition"] = f'inline; filename="{filename}"'
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def negotiated(blp: Any) -> Any:
    """Document an operation's CSV form (200 text/csv) and its 406."""

    def decorate(view: Any) -> Any:
        view = blp.doc(responses={200: CSV_RESPONSE_DOC})(view)
        return blp.alt_response(
            406, schema=ProblemSchema, content_type="application/problem+json",
            description="The Accept header allows neither application/json nor text/csv.",
        )(view)  # fmt: skip

    return decorate
