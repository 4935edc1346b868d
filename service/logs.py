"""JSON logs, one object per line, for the API and the worker.

Every line has `time`, `level`, `logger` and `message`; `request_id` and `article_id` are added when known
(from the context variables below, which the API sets per request and the worker per task), plus any of
the EXTRA_FIELDS passed with `extra=`. The request id travels from the API to the worker in the Celery
task's `request_id` header.
"""

from __future__ import annotations

import json
import logging
import sys
import traceback
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any, TextIO

from flask import g, has_request_context

request_id_var: ContextVar[str | None] = ContextVar("factrecon_request_id", default=None)
article_id_var: ContextVar[str | None] = ContextVar("factrecon_article_id", default=None)

EXTRA_FIELDS = (
    "method", "path", "endpoint", "status", "duration_ms", "task", "task_id", "delivery_id", "webhook_id",
    "remote_addr",
)  # fmt: skip


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", None) or _flask_request_id() or request_id_var.get()
        if request_id:
            line["request_id"] = request_id
        article_id = getattr(record, "article_id", None) or article_id_var.get()
        if article_id:
            line["article_id"] = article_id
        for name in EXTRA_FIELDS:
            value = getattr(record, name, None)
            if value is not None:
                line[name] = value
        if record.exc_info:
            line["exc_info"] = "".join(traceback.format_exception(*record.exc_info)).rstrip()
        return json.dumps(line, default=str, ensure_ascii=False)


def _flask_request_id() -> str | None:
    """The API's request id (flask.g, per request; a context variable would leak across gthread requests)."""
    if not has_request_context():
        return None
    request_id: str | None = g.get("request_id")
    return request_id


def configure_logging(level: str | int = "INFO", stream: TextIO | None = None) -> None:
    """Route every logger through one JSON handler on the root logger (replacing any handlers there)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)  # Python warnings become JSON lines too
    logging.getLogger("factrecon").setLevel(level)
