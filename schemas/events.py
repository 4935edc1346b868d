"""Events, incidents, figures and the reconciliation query."""

from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, validate

from schemas.common import InputSchema, IsoDate, IsoDateTime


class FigureValueSchema(Schema):
    source = fields.String(required=True)
    article_id = fields.String(required=True)
    claim_id = fields.String(required=True)
    value = fields.Integer(required=True)
    low = fields.Integer(required=True, allow_none=True)
    high = fields.Integer(required=True, allow_none=True)
    qualifier = fields.String(required=True, metadata={"description": "exact, at_least, up_to, ... (see Claim)."})
    incident_date = IsoDate(required=True, allow_none=True)
    published_at = IsoDateTime(required=True, allow_none=True)
    attribution = fields.String(required=True, allow_none=True)
    quote = fields.String(required=True)
    role = fields.String(required=True, metadata={"description": "The claim's role (see Claim.role)."})
    incident_id = fields.String(
        required=True, allow_none=True, metadata={"description": "The incident this value is about (null: several)."}
    )
    claim_ids = fields.List(
        fields.String(), required=True, metadata={"description": "Claims behind the value (several when summed)."}
    )
    share = fields.String(
        allow_none=True,
        metadata={"description": "For a disaster that crossed a border: the country (ISO 3166 code) whose share "
                  "alone the value gives, a part not compared with the whole's figures. Null: the whole's."},
    )
    field = fields.String(
        required=True,
        allow_none=True,
        metadata={"description": "The article field the offsets refer to: text or title."},
    )
    start = fields.Integer(
        required=True, allow_none=True, metadata={"description": "Offset of `quote` in the article's `field`."}
    )
    end = fields.Integer(required=True, allow_none=True, metadata={"description": "Offset where `quote` ends."})
    sentence_start = fields.Integer(
        required=True, allow_none=True, metadata={"description": "Offset where the sentence holding the quote starts."}
    )
    sentence_end = fields.Integer(
        required=True, allow_none=True, metadata={"description": "Offset where that sentence ends."}
    )
    sentence = fields.String(
        required=True,
        allow_none=True,
        metadata={"description": "The sentence the figure stands in, so it can be judged without opening the "
                  "article; the quote is at `start - sentence_start`. Null for claims stored without it."},
    )


class SpreadSchema(Schema):
    min = fields.Integer(required=True, allow_none=True)
    max = fields.Integer(required=True, allow_none=True)
    range = fields.Integer(required=True, allow_none=True, metadata={"description": "max - min."})
    distinct = fields.List(fields.Integer(), required=True, metadata={"description": "Distinct values, ascending."})


class EstimateSchema(Schema):
    low = fields.Integer(required=True, allow_none=True)
    best = fields.Integer(required=True, allow_none=True)
    high = fields.Integer(required=True, allow_none=True)
    rule = fields.String(required=True, metadata={"description": "Name of the rule that produced the estimate."})


class ReasonSchema(Schema):
    code = fields.String(required=True, metadata={"description": "Machine-readable reason the figures differ."})
    text = fields.String(required=True, metadata={"description": "The same reason in plain language."})


class FigureSchema(Schema):
    metric = fields.String(required=True)
    values = fields.List(
        fields.Nested(FigureValueSchema),
        required=True,
        metadata={"description": "One value per article: its headline figure (never a subset)."},
    )
    other_values = fields.List(
        fields.Nested(FigureValueSchema),
        required=True,
        metadata={"description": "The articles' other figures for this metric (earlier or partial counts)."},
    )
    spread = fields.Nested(SpreadSchema, required=True)
    estimate = fields.Nested(EstimateSchema, required=True)
    notes = fields.List(fields.String(), required=True, metadata={"description": "Why the values differ."})
    reasons = fields.List(fields.Nested(ReasonSchema), required=True)
    disputed = fields.Boolean(
        required=True, metadata={"description": "Values differ after allowing for bounds and updates."}
    )
    origins = fields.Integer(
        required=True,
        metadata={"description": "Independent origins behind the values (same claimant or shared wire text = one)."},
    )


class IncidentSchema(Schema):
    id = fields.String(required=True)
    date = IsoDate(required=True, allow_none=True)
    location = fields.String(required=True, allow_none=True)
    figures = fields.List(fields.Nested(FigureSchema), required=True)
    location_key = fields.String(required=True, metadata={"description": "Normalised place key."})
    spot = fields.String(
        required=True, allow_none=True, metadata={"description": "A finer spot inside the place, when known."}
    )
    article_count = fields.Integer(required=True)
    disputed = fields.Boolean(required=True)
    article_ids = fields.List(
        fields.String(),
        required=True,
        metadata={"description": "Every article in the incident, including follow-ups that state no figure."},
    )


class EventSchema(Schema):
    id = fields.String(required=True, metadata={"description": "Stable: does not change as articles arrive."})
    label = fields.String(required=True)
    location = fields.String(required=True, allow_none=True)
    start_date = IsoDate(required=True, allow_none=True)
    end_date = IsoDate(required=True, allow_none=True)
    article_count = fields.Integer(required=True)
    figures = fields.List(fields.Nested(FigureSchema), required=True)
    incidents = fields.List(fields.Nested(IncidentSchema), required=True)
    disputed = fields.Boolean(required=True)
    location_key = fields.String(required=True, metadata={"description": "Normalised place key ('Gəncə' = 'Ganja')."})
    harm = fields.String(required=True, metadata={"description": "Kind of harm: casualties, displacement, ..."})
    published_from = IsoDate(required=True, allow_none=True, metadata={"description": "Earliest publication."})
    published_to = IsoDate(required=True, allow_none=True, metadata={"description": "Latest publication."})


MAX_FILTER_CHARS = 200
MAX_CURSOR_CHARS = 512


def _has_letter_or_digit(value: str) -> None:
    if not any(ch.isalnum() for ch in value):
        raise ValidationError("must name a place: letters or digits, matched literally (no wildcards)")


class ReconciliationQuerySchema(InputSchema):
    location = fields.String(
        validate=[validate.Length(min=1, max=MAX_FILTER_CHARS), _has_letter_or_digit],
        metadata={"description": "Place name, matched literally (no wildcards); matches the normalised place "
                  "('Gəncə' = 'Ganja'), and a country, state or province matches the events it holds ('Turkey' "
                  "finds Antakya's)."},
    )
    metric = fields.String(
        validate=validate.Length(min=1, max=MAX_FILTER_CHARS),
        metadata={"description": "Only events with a figure for this metric (exact name)."},
    )
    since = fields.Date(metadata={"description": "Events ending on or after this date."})
    until = fields.Date(metadata={"description": "Events starting on or before this date."})
    disputed = fields.Boolean(metadata={"description": "true: only events whose figures are disputed."})
    q = fields.String(
        validate=validate.Length(min=1, max=MAX_FILTER_CHARS),
        metadata={"description": "Text search, literal and case-insensitive: every word occurs in the event's label "
                  "or place, or in a figure's source, attribution, quote or sentence."},
    )
    cursor = fields.String(
        validate=validate.Regexp(
            rf"^[A-Za-z0-9_-]{{1,{MAX_CURSOR_CHARS}}}$", error="is not a cursor this service issued"
        ),
        metadata={"description": "`next_cursor` from the previous page, unchanged."},
    )
    limit = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))


class ReconciliationPageSchema(Schema):
    events = fields.List(fields.Nested(EventSchema), required=True)
    next_cursor = fields.String(
        required=True, allow_none=True, metadata={"description": "Pass as `cursor` for the next page; null at end."}
    )


class TimelineSeriesSchema(Schema):
    incident_id = fields.String(required=True)
    incident_date = IsoDate(required=True, allow_none=True)
    location = fields.String(required=True, allow_none=True)
    metric = fields.String(required=True)
    values = fields.List(
        fields.Nested(FigureValueSchema),
        required=True,
        metadata={"description": "The figures in publication order (undated last), so a toll can be seen growing."},
    )


class TimelineSchema(Schema):
    event_id = fields.String(required=True)
    series = fields.List(
        fields.Nested(TimelineSeriesSchema),
        required=True,
        metadata={"description": "One series per incident and metric."},
    )
