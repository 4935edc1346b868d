"""POST/GET/DELETE /v1/articles and POST /v1/articles/batch."""

from __future__ import annotations

import logging
from typing import Any

from flask import url_for
from flask.views import MethodView
from werkzeug.routing import UnicodeConverter

from schemas.articles import (
    ArticleAcceptedSchema,
    ArticleInSchema,
    ArticleListQuerySchema,
    ArticlePageSchema,
    ArticleSchema,
    BatchInSchema,
    BatchItemError,
    BatchResultSchema,
)
from schemas.common import ProblemSchema
from service.api import MAX_ID_CHARS
from service.auth import secured
from service.extensions import runtime
from service.idempotency import idempotent, pending_claim
from service.json_body import Blueprint
from service.problems import flatten_errors, problem
from store.records import ArticleRecord
from usecases.articles import (
    ArticleListQuery,
    SubmitArticle,
    Submitted,
    article_command,
    get_article,
    list_articles,
    submit_article,
    submit_articles,
)
from usecases.errors import InvalidInput
from usecases.grouping import grouping_settings, ungroup_article

log = logging.getLogger("factrecon.api")

blp = Blueprint("articles", __name__, url_prefix="/v1/articles", description="Submit articles and read their claims.")


class ArticleIdConverter(UnicodeConverter):
    """Any path segment but `batch`: /v1/articles/batch is then only the batch endpoint, so its Allow header
    (405, OPTIONS) lists POST alone instead of also GET and DELETE of an article called "batch"."""

    def __init__(self, map: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(map, *args, **kwargs)
        self.regex = rf"(?!batch\Z)[^/]{{1,{MAX_ID_CHARS}}}"  # flask-smorest documents the bounds as min/maxLength


blp.record_once(lambda state: state.app.url_map.converters.setdefault("article_id", ArticleIdConverter))


_command = article_command  # the CLI's offline `extract` reads article JSON files through the same function


def _accepted(done: Submitted) -> dict[str, Any]:
    return {"id": done.id, "status": done.status, "duplicate": not done.created}


def _article_body(record: ArticleRecord) -> dict[str, Any]:
    claims = [{**_claim_fields(c), "article_id": record.id} for c in record.claims]
    return {
        "id": record.id,
        "status": record.status,
        "source": record.source,
        "text": record.text,
        "input_format": record.input_format,
        "title": record.title,
        "url": record.url,
        "published_at": record.published_at,
        "language": record.language,
        "error": record.error,
        "warnings": record.warnings,
        "claims": claims,
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "attempts": record.attempts,
    }


def _claim_fields(claim: Any) -> dict[str, Any]:
    return {name: getattr(claim, name) for name in claim.__slots__}


@blp.route("")
class Articles(MethodView):
    @secured(blp, "read")
    @blp.arguments(ArticleListQuerySchema, location="query")
    @blp.response(200, ArticlePageSchema)
    @blp.alt_response(422, schema=ProblemSchema, content_type="application/problem+json",
                      description="Bad filter or cursor.")
    @blp.doc(operationId="listArticles")
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """Submitted articles, newest first; filters status, source, since and text search `q`."""
        page = list_articles(runtime().store, ArticleListQuery(**args))
        return {"articles": page.articles, "next_cursor": page.next_cursor}

    @secured(blp, "submit")
    @idempotent(blp, claim_with_write=True)
    @blp.arguments(ArticleInSchema())  # an instance: webargs would build one per request from the class
    @blp.response(202, ArticleAcceptedSchema, headers={"Location": {"description": "The article's URL.",
                                                                       "schema": {"type": "string"}}})
    @blp.alt_response(422, schema=ProblemSchema, content_type="application/problem+json",
                      description="The body did not validate.")
    @blp.alt_response(503, schema=ProblemSchema, content_type="application/problem+json",
                      description="Storage unavailable; retry.")
    @blp.doc(operationId="submitArticle")
    def post(self, data: dict[str, Any]) -> tuple[dict[str, Any], int, dict[str, str]]:
        """Submit one article for extraction.

        Validates synchronously, stores the article and queues it. Submitting the same source and text
        again returns the same article (`duplicate: true`) instead of creating another.
        """
        rt = runtime()
        done = submit_article(rt.store, rt.publish, _command(data), pending_claim())
        location = url_for("articles.Article", article_id=done.id)
        return _accepted(done), 202, {"Location": location}


@blp.route("/batch")
class ArticleBatch(MethodView):
    @secured(blp, "submit")
    @idempotent(blp)
    @blp.arguments(BatchInSchema)
    @blp.response(202, BatchResultSchema)
    @blp.alt_response(422, schema=ProblemSchema, content_type="application/problem+json",
                      description="The envelope is invalid, or every item is.")
    @blp.doc(operationId="submitArticleBatch")
    def post(self, data: dict[str, Any]) -> Any:
        """Submit up to 100 articles; each item gets its id or its errors.

        Valid items are accepted even when others are rejected. If every item is invalid the whole request
        is answered 422.
        """
        rt = runtime()
        errors: dict[int, list[dict[str, str]]] = {}
        commands: dict[int, SubmitArticle] = {}
        for index, item in enumerate(data["articles"]):
            if isinstance(item, BatchItemError):
                errors[index] = list(flatten_errors(item.messages, "json", ("articles", str(index))))
                continue
            try:
                commands[index] = _command(item)
            except InvalidInput as exc:
                errors[index] = [{"location": "json", "field": f"articles.{index}.{exc.field}", "message": str(exc)}]
        # Every valid item stored in one round trip and published in one, not one of each per article.
        outcomes = submit_articles(rt.store, rt.publish_many, list(commands.values()))
        submitted = dict(zip(commands, outcomes, strict=True))
        items: list[dict[str, Any]] = []
        for index in range(len(data["articles"])):
            if index in errors:
                items.append({"index": index, "id": None, "status": None, "duplicate": None, "errors": errors[index]})
            else:
                items.append({"index": index, **_accepted(submitted[index]), "errors": []})
        accepted = sum(1 for i in items if i["id"])
        if not accepted:
            errors = [e for i in items for e in i["errors"]]
            return problem(422, "No article in the batch was valid.", errors=errors)
        return {"accepted": accepted, "rejected": len(items) - accepted, "items": items}


@blp.route("/<article_id:article_id>")
class Article(MethodView):
    @secured(blp, "read")
    @blp.response(200, ArticleSchema)
    @blp.alt_response(404, schema=ProblemSchema, content_type="application/problem+json",
                      description="No such article.")
    @blp.doc(operationId="getArticle")
    def get(self, article_id: str) -> dict[str, Any]:
        """An article's processing status and, once done, its claims."""
        return _article_body(get_article(runtime().store, article_id))

    @secured(blp, "admin")
    @blp.response(204)
    @blp.alt_response(404, schema=ProblemSchema, content_type="application/problem+json",
                      description="No such article.")
    @blp.doc(operationId="deleteArticle")
    def delete(self, article_id: str) -> None:
        """Delete an article and remove its claims from every event figure.

        Each event it changed is announced to `event.updated` webhooks."""
        rt = runtime()
        get_article(rt.store, article_id)
        _, entry_ids = ungroup_article(rt.store, article_id, grouping_settings(rt.settings))
        if entry_ids and rt.dispatch is not None:
            try:
                rt.dispatch(entry_ids)
            except Exception:  # committed already: the periodic outbox sweep dispatches them
                log.exception("could not dispatch the notifications of deleting %s", article_id)
