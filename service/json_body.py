"""The one place request bodies are parsed as JSON (webargs for every view, Flask's `request.get_json`, and
the Idempotency-Key fingerprint all come here).

Python's `json` parser recurses once per nesting level, so a body nested a few thousand levels deep raises
RecursionError (a 500). The nesting depth is measured first, on the raw text with strings blanked out, and a
body deeper than MAX_DEPTH is refused as invalid JSON (400) before the parser sees it.
"""

from __future__ import annotations

import json
import re
from typing import Any

import flask_smorest
from flask.json.provider import DefaultJSONProvider
from webargs.flaskparser import FlaskParser

MAX_DEPTH = 64  # our deepest schema (a batch item) is 3 levels; 64 leaves room for any honest client

# A JSON string (an unterminated one runs to the end, so no input makes the scan restart inside it), or a bracket.
# Possessive, so a string never backtracks: the scan is linear in the body's length.
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*+(?:"|\\?\Z)|[\[\]{}]', re.DOTALL)


class JSONTooDeep(json.JSONDecodeError):
    """Nested deeper than MAX_DEPTH: reported like any other invalid JSON (a 400)."""


def nesting_depth(text: str, stop_after: int = MAX_DEPTH) -> int:
    """Deepest bracket nesting outside strings: exact above `stop_after` (where it stops counting), an upper
    bound below it. Linear in the length of `text`, whatever it holds (about 0.1 s per MB at worst)."""
    brackets = text.count("[") + text.count("{")
    if brackets <= stop_after:
        return brackets  # cannot be deeper than the number of opening brackets
    depth = deepest = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in ("[", "{"):
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_after:
                    return deepest
        elif token in ("]", "}"):
            depth -= 1
    return deepest


def loads(data: str | bytes) -> Any:
    """json.loads with a depth limit; raises json.JSONDecodeError (JSONTooDeep) for a too-deep document."""
    text = data.decode("utf-8") if isinstance(data, bytes | bytearray) else data
    if nesting_depth(text) > MAX_DEPTH:
        raise JSONTooDeep(f"JSON nested deeper than {MAX_DEPTH} levels", text[:100], 0)
    return json.loads(text)


class BodyJSONProvider(DefaultJSONProvider):
    """Flask's JSON provider with the depth-limited `loads` (for `request.get_json`)."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        return loads(s)


class BodyParser(FlaskParser):
    """webargs' Flask parser reading JSON bodies through `loads`: a too-deep or malformed body is a 400."""

    def _raw_load_json(self, req: Any) -> Any:
        from webargs import core

        if not core.is_json(req.mimetype):
            return core.missing
        return loads(req.get_data(cache=True))

    def _handle_invalid_json_error(self, error: Any, req: Any, *args: Any, **kwargs: Any) -> Any:
        from webargs.flaskparser import abort

        message = str(error) if isinstance(error, JSONTooDeep) else "Invalid JSON body."
        abort(400, exc=error, messages={"json": [message]})


class Blueprint(flask_smorest.Blueprint):  # type: ignore[misc]
    """flask-smorest's Blueprint whose arguments are parsed by BodyParser: every view uses it."""

    ARGUMENTS_PARSER = BodyParser()
