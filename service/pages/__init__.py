"""Server-rendered HTML pages for people in newsrooms: events, each event's sources, an embeddable card.

Jinja templates and one stylesheet, all served by us; no JavaScript. The pages only read. With auth on, a
browser signs in once with a read-scoped API key (POST /login) and then carries an opaque session cookie
(HttpOnly, SameSite=Strict, Secure over https); the key never appears in a URL. Every page forbids framing
except the embed card, which a CMS shows in an iframe.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, Flask, Response, redirect, render_template, request, url_for
from markupsafe import Markup
from marshmallow import ValidationError

from schemas.events import ReconciliationQuerySchema
from service.auth import ANONYMOUS
from service.extensions import runtime
from service.pages.chart import toll_chart
from store.apikeys import ApiKeyRecord, ApiKeyStore
from store.sessions import PageSessionStore
from usecases.apikeys import authenticate, has_scope, hash_key
from usecases.errors import Moved, NotFound
from usecases.grouping import joining
from usecases.pages import event_page, figure_in_words, metric_title, rule_in_words
from usecases.reconciliation import ReconciliationQuery, list_reconciliation

bp = Blueprint("pages", __name__, template_folder="templates", static_folder="static", static_url_path="/assets")

SESSION_COOKIE = "factrecon_session"
SESSION_TTL_SECONDS = 12 * 3600
PAGE_SIZE = 25
_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; "
    "frame-ancestors {ancestors}"
)


class SignInNeeded(Exception):
    """The pages need a session and there is none (auth on)."""


def _sessions() -> PageSessionStore:
    rt = runtime()
    return PageSessionStore(rt.store.r, rt.store.keys)


def reader() -> ApiKeyRecord:
    """Who is reading: ANONYMOUS with auth off, else the read-scoped key behind the session cookie."""
    rt = runtime()
    if not rt.settings.auth:
        return ANONYMOUS
    token = request.cookies.get(SESSION_COOKIE, "")
    key_hash = _sessions().key_hash(token) if token else None
    found = ApiKeyStore(rt.store.r, rt.store.keys).by_hash(key_hash) if key_hash else None
    if found is None or found[1].revoked or not has_scope(found[1], "read"):
        raise SignInNeeded
    return found[1]


def _same_origin() -> bool:
    """CSRF guard for the two forms that change state (login, logout), besides SameSite=Strict: the browser's
    Origin (or, failing that, Referer) must be this site."""
    claimed = request.headers.get("Origin") or request.headers.get("Referer")
    if not claimed or claimed == "null":
        return False
    parts = urlsplit(claimed)
    return f"{parts.scheme}://{parts.netloc}" == request.host_url.rstrip("/")


def _safe_next(target: str | None) -> str:
    """Only a path on this site (no scheme, no host, no `//evil`) is followed after login."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target or len(target) > 2000:
        return url_for("pages.index")
    return target


@bp.errorhandler(SignInNeeded)
def _sign_in(_: SignInNeeded) -> Response:
    return redirect(url_for("pages.login", next=request.full_path.rstrip("?")), code=303)  # type: ignore[return-value]


@bp.after_request
def _headers(response: Response) -> Response:
    embed = request.endpoint == "pages.embed"
    ancestors = runtime().settings.embed_ancestors if embed else "'none'"
    response.headers["Content-Security-Policy"] = _CSP.format(ancestors=ancestors)
    if not embed:
        response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers.setdefault("Cache-Control", "no-store" if runtime().settings.auth else "no-cache")
    return response


def _render(template: str, status: int = 200, **context: Any) -> Response:
    signed_in = runtime().settings.auth and SESSION_COOKIE in request.cookies
    body = render_template(template, signed_in=signed_in, auth=runtime().settings.auth, **context)
    return Response(body, status=status, mimetype="text/html")


_FILTERS = ("place", "since", "until", "metric", "q", "disputed", "cursor")


@bp.get("/")
def index() -> Response:
    reader()
    raw = {k: v.strip() for k, v in request.args.items() if k in _FILTERS and v.strip()}
    query_args = {("location" if k == "place" else k): v for k, v in raw.items()}
    if query_args.get("disputed") == "on":
        query_args["disputed"] = "true"
    try:
        loaded = ReconciliationQuerySchema().load({**query_args, "limit": PAGE_SIZE})
    except ValidationError as exc:
        errors = {("place" if k == "location" else k): " ".join(map(str, v)) for k, v in exc.messages.items()}  # type: ignore[union-attr]
        return _render("pages/index.html", status=422, events=[], filters=raw, errors=errors, next_url=None)
    page = list_reconciliation(runtime().store, ReconciliationQuery(**loaded), joining(runtime().settings))
    next_url = None
    if page.next_cursor:
        next_url = url_for("pages.index", **{k: v for k, v in raw.items() if k != "cursor"}, cursor=page.next_cursor)
    return _render("pages/index.html", events=[e.view for e in page.events], filters=raw, errors={}, next_url=next_url)


def _event_or_redirect(event_id: str, endpoint: str) -> Any:
    try:
        return event_page(runtime().store, event_id, joining(runtime().settings))
    except Moved as moved:
        return redirect(url_for(endpoint, event_id=moved.target), code=308)
    except NotFound:
        return _render("pages/missing.html", status=404, event_id=event_id)


@bp.get("/events/<string(maxlength=128):event_id>")
def event(event_id: str) -> Response:
    reader()
    found = _event_or_redirect(event_id, "pages.event")
    if isinstance(found, Response):
        return found
    sections = []
    for section in found.sections:
        series = [(c.source, c.points) for c in section.series]
        title = f"{section.title}: each source's figure over time"
        svg = toll_chart(series, title, f"chart-{section.metric.replace(' ', '-')}")
        # toll_chart escapes every text and attribute it writes (tests/test_chart.py checks hostile names).
        sections.append((section, Markup(svg)))  # nosec B704
    return _render("pages/event.html", page=found, sections=sections)


@bp.get("/embed/events/<string(maxlength=128):event_id>")
def embed(event_id: str) -> Response:
    reader()
    found = _event_or_redirect(event_id, "pages.embed")
    if isinstance(found, Response):
        return found
    return _render("pages/embed.html", page=found)


@bp.get("/login")
def login() -> Response:
    if not runtime().settings.auth:
        return redirect(url_for("pages.index"), code=303)  # type: ignore[return-value]
    return _render("pages/login.html", next=_safe_next(request.args.get("next")), error=None)


@bp.post("/login")
def login_submit() -> Response:
    rt = runtime()
    target = _safe_next(request.form.get("next"))
    if not rt.settings.auth:
        return redirect(target, code=303)  # type: ignore[return-value]
    if not _same_origin():
        return _render("pages/login.html", status=403, next=target, error="This form must be sent from this site.")
    key = request.form.get("key", "").strip()
    record = authenticate(ApiKeyStore(rt.store.r, rt.store.keys), key) if key else None
    if record is None:
        return _render("pages/login.html", status=401, next=target, error="That key is not valid.")
    if not has_scope(record, "read"):
        error = "That key cannot read (it lacks the read scope)."
        return _render("pages/login.html", status=403, next=target, error=error)
    token = _sessions().create(hash_key(key), SESSION_TTL_SECONDS)
    response = redirect(target, code=303)
    response.set_cookie(
        SESSION_COOKIE, token, max_age=SESSION_TTL_SECONDS, httponly=True, samesite="Strict", path="/",
        secure=request.is_secure,
    )  # fmt: skip
    return response  # type: ignore[return-value]


@bp.post("/logout")
def logout() -> Response:
    if not _same_origin():
        return _render("pages/login.html", status=403, next=url_for("pages.index"),
                       error="This form must be sent from this site.")  # fmt: skip
    token = request.cookies.get(SESSION_COOKIE, "")
    if token:
        _sessions().delete(token)
    response = redirect(url_for("pages.login") if runtime().settings.auth else url_for("pages.index"), code=303)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="Strict", secure=request.is_secure)
    return response  # type: ignore[return-value]


def init_pages(app: Flask) -> None:
    app.register_blueprint(bp)
    app.jinja_env.filters["figure_words"] = figure_in_words
    app.jinja_env.globals.update(metric_title=metric_title, rule_in_words=rule_in_words)
