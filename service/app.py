"""The Flask application factory."""

from __future__ import annotations

import http
import importlib.util
import logging
import uuid
from pathlib import Path
from typing import Any

from apispec.yaml_utils import dict_to_yaml
from flask import Flask, Response, g, request, send_from_directory
from flask_smorest import Api
from werkzeug.exceptions import HTTPException

from schemas.common import ProblemSchema
from service.auth import SECURITY_SCHEMES
from service.extensions import init_app
from service.json_body import BodyJSONProvider
from service.limits import init_limiter
from service.observability import init_observability
from service.problems import PROBLEM_MEDIA_TYPE, from_http_exception, problem, register_domain_errors
from settings import Settings

API_VERSION = "1.0.0"
SWAGGER_UI_DIST = str(Path(importlib.util.find_spec("flask_swagger_ui").origin or "").parent / "dist")  # type: ignore[union-attr]


class ProblemApi(Api):  # type: ignore[misc]
    """flask-smorest's Api, with RFC 9457 problem+json for every error (body and documentation)."""

    ERROR_SCHEMA = ProblemSchema

    def handle_http_exception(self, error: HTTPException) -> Response:
        return from_http_exception(error)

    def _register_responses(self) -> None:
        for status in http.HTTPStatus:
            response: dict[str, Any] = {"description": status.phrase}
            if status >= 400:
                response["content"] = {PROBLEM_MEDIA_TYPE: {"schema": self.ERROR_SCHEMA}}
            self.spec.components.response(status.name, response, lazy=True)
        self.spec.components.response(
            "DEFAULT_ERROR",
            {"description": "Default error response", "content": {PROBLEM_MEDIA_TYPE: {"schema": self.ERROR_SCHEMA}}},
            lazy=True,
        )


def _openapi_config(settings: Settings) -> dict[str, Any]:
    return {
        "API_TITLE": "factrecon",
        "API_VERSION": API_VERSION,
        "OPENAPI_VERSION": "3.1.0",
        "OPENAPI_URL_PREFIX": "/",
        "OPENAPI_JSON_PATH": "openapi.json",
        "OPENAPI_SWAGGER_UI_PATH": "/docs",
        "OPENAPI_SWAGGER_UI_URL": "/docs/static/",
        "API_SPEC_OPTIONS": {
            "info": {
                "description": "Extracts casualty figures from news articles and reconciles them per event: each "
                "source's value, the spread, an estimate and why the figures differ. Reports of one event that "
                "land in two blocks (two countries, two US states, or no place at all) are joined by a scored "
                "layer above the blocks: the group's root event holds them all, and the other events' ids answer "
                "308 pointing to it (FACTRECON_MERGE_ACROSS_BLOCKS=off turns the layer off).",
            },
        },
        "MAX_CONTENT_LENGTH": settings.max_body_bytes,
        "JSON_SORT_KEYS": False,
    }


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app. `test_config` may hold Flask config and a `FACTRECON_SETTINGS` Settings instance."""
    app = Flask(__name__)
    app.json = BodyJSONProvider(app)  # request.get_json parses with the same depth limit as every view
    test_config = dict(test_config or {})
    settings: Settings = test_config.pop("FACTRECON_SETTINGS", None) or Settings.from_env()
    publish = test_config.pop("FACTRECON_PUBLISH", None)
    app.config.update(_openapi_config(settings))
    app.config.update(test_config)

    api = ProblemApi(app)
    for name, scheme in SECURITY_SCHEMES.items():
        api.spec.components.security_scheme(name, scheme)
    from service.api import articles, events, health, webhooks

    for blueprint in (articles.blp, events.blp, health.blp, webhooks.blp):
        api.register_blueprint(blueprint)
    register_domain_errors(app)
    from service.pages import init_pages

    init_pages(app)
    init_app(app, settings, publish)
    _register_extras(app, api)
    init_observability(app)
    # Last, so the request id is set before the limiter runs and the exempt views (spec, docs, metrics) exist.
    init_limiter(app, settings, submit_blueprints=[articles.blp], exempt_blueprints=[health.blp])
    logging.getLogger("factrecon").setLevel(settings.log_level)
    return app


def _register_extras(app: Flask, api: Api) -> None:
    @app.before_request
    def _request_id() -> None:
        incoming = request.headers.get("X-Request-ID", "")
        g.request_id = incoming if 0 < len(incoming) <= 128 and incoming.isprintable() else uuid.uuid4().hex

    from service.api import MAX_URI_CHARS

    @app.before_request
    def _uri_limit() -> Response | None:
        # Our own limit, below gunicorn's request-line limit (service/http_server.py), so a long id, cursor or
        # filter gets a problem document from the app rather than from the HTTP server.
        size = max(len(request.environ.get("RAW_URI") or ""), len(request.full_path.rstrip("?")))
        if size > MAX_URI_CHARS:
            return problem(414, f"The request URI is {size} characters; the limit is {MAX_URI_CHARS}.")
        return None

    @app.after_request
    def _echo_request_id(response: Response) -> Response:
        response.headers["X-Request-ID"] = g.get("request_id", "")
        return response

    @app.get("/openapi.yaml")
    def openapi_yaml() -> Response:
        return Response(dict_to_yaml(api.spec.to_dict()), mimetype="application/yaml")

    @app.get("/docs/static/<path:filename>")
    def docs_static(filename: str) -> Response:
        # Swagger UI 5 (the first to read OpenAPI 3.1), from the dist shipped in the flask-swagger-ui wheel.
        return send_from_directory(SWAGGER_UI_DIST, filename)
