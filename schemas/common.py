"""Shared fields and the RFC 9457 problem document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

from marshmallow import Schema, ValidationError, fields, pre_load

# Dates a client may send (published_at): outside this range a date is a typo or a probe, and far dates
# overflow the event keys downstream.
MIN_YEAR, MAX_YEAR = 1800, 2099


class IsoDate(fields.Date):
    """A date that also serialises values already stored as ISO strings."""

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> Any:
        if isinstance(value, str):
            return value
        if isinstance(value, dt.datetime):
            value = value.date()
        return super()._serialize(value, attr, obj, **kwargs)


class IsoDateTime(fields.DateTime):
    """A date-time that also serialises ISO strings, and accepts a bare date ("2020-10-04") on input."""

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> Any:
        if isinstance(value, str):
            return value
        return super()._serialize(value, attr, obj, **kwargs)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> dt.datetime:
        if isinstance(value, str) and len(value) == 10:
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                pass
            else:
                return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
        parsed: dt.datetime = super()._deserialize(value, attr, data, **kwargs)
        return parsed


def year_in_range(value: dt.date) -> None:
    """Validator: the date's year lies in [MIN_YEAR, MAX_YEAR]."""
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValidationError(f"must be a date between the years {MIN_YEAR} and {MAX_YEAR}")


def _lone_surrogates(value: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, str]]:
    """(dotted field path, message) for every string in `value` that holds a lone UTF-16 surrogate."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            yield ".".join(path) or "_schema", (
                f"must be valid Unicode: lone surrogate U+{ord(value[exc.start]):04X} at position {exc.start}"
            )
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _lone_surrogates(key, (*path, "<key>"))
            yield from _lone_surrogates(item, (*path, str(key)))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _lone_surrogates(item, (*path, str(index)))


class InputSchema(Schema):
    """Base of every schema that reads client input (bodies and query strings).

    JSON can carry a lone surrogate (`"\\ud800"`), which is no Unicode character: it cannot be encoded, stored
    or hashed. Any string holding one, in any field, is refused here once, before the fields load (422 naming
    the field).
    """

    @pre_load
    def valid_unicode(self, data: Any, **kwargs: Any) -> Any:
        if isinstance(data, Mapping):
            # Values of nested input schemas (batch items) are checked by those schemas, item by item.
            own = {k: v for k, v in data.items() if not _nests_input(self.fields.get(str(k)))}
            errors: dict[str, list[str]] = {}
            for name, message in _lone_surrogates(own):
                errors.setdefault(name, []).append(message)
            if errors:
                raise ValidationError(errors)
        return data


def _nests_input(field: fields.Field[Any] | None) -> bool:
    """Is this a field whose values an InputSchema loads (Nested, or a List of Nested)?"""
    if isinstance(field, fields.List):
        field = field.inner
    return isinstance(field, fields.Nested) and isinstance(field.schema, InputSchema)


class FieldErrorSchema(Schema):
    location = fields.String(
        required=True, metadata={"description": "Where the bad value is: json, query, path or header."}
    )
    field = fields.String(
        required=True, metadata={"description": "Dotted path of the offending field, e.g. `articles.3.text`."}
    )
    message = fields.String(required=True, metadata={"description": "What is wrong with it."})


class ProblemSchema(Schema):
    """RFC 9457 problem details, served as `application/problem+json` for every error."""

    type = fields.String(
        required=True,
        metadata={
            "description": "URI reference naming the problem type.",
            "example": "urn:factrecon:problem:validation",
        },
    )
    title = fields.String(required=True, metadata={"description": "Short, human-readable summary of the type."})
    status = fields.Integer(required=True, metadata={"description": "The HTTP status code."})
    detail = fields.String(metadata={"description": "Explanation specific to this occurrence."})
    instance = fields.String(metadata={"description": "The request path this problem occurred on."})
    request_id = fields.String(metadata={"description": "Correlates with the service logs (X-Request-ID)."})
    errors = fields.List(
        fields.Nested(FieldErrorSchema),
        metadata={"description": "Field-level validation errors (422 only)."},
    )
    merged_into = fields.String(
        metadata={
            "description": "308 only: the id of the resource this one was merged into (also in `Location`).",
            "example": "evt_4f1c2a9b0d3e5f67",
        }
    )
