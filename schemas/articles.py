"""Article submission, article status and claims."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from core.models import ArticleStatus, Qualifier, Role
from core.text import is_blank
from schemas.common import MAX_YEAR, MIN_YEAR, FieldErrorSchema, InputSchema, IsoDate, IsoDateTime, year_in_range

# Overridable per deployment via FACTRECON_MAX_TEXT_CHARS; the schema default is the documented maximum.
MAX_TEXT_CHARS = 200_000


class ArticleInSchema(InputSchema):
    text = fields.String(
        validate=validate.Length(min=1, max=MAX_TEXT_CHARS),
        metadata={"description": "The article body as plain text. Claim offsets refer to this string as submitted. "
                  "Exactly one of `text` and `html` is required. Figures are read from its visible text: invisible "
                  "and format characters (zero-width, soft hyphen, bidi marks, BOM, control characters) are "
                  "ignored, so a claim's quote keeps any that fall inside it. Text with nothing visible is a 422."},
    )
    html = fields.String(
        validate=validate.Length(min=1, max=4 * MAX_TEXT_CHARS),
        metadata={"description": "The article as an HTML page instead of `text`: reduced to its article text "
                  "(trafilatura) before extraction; the reduced text is returned as the article's `text`."},
    )
    source = fields.String(
        required=True,
        validate=validate.Length(min=1, max=200),
        metadata={"description": "Outlet or feed name. Same source + same text is the same article."},
    )
    title = fields.String(
        allow_none=True,
        validate=validate.Length(max=1000),
        metadata={"description": "Headline; its figures count. Without one, a first line set apart by a blank line "
                  "and reading as a headline is read as the title (its figures weigh as a headline's; their "
                  "quotes and offsets stay in the text)."},
    )
    url = fields.Url(allow_none=True, validate=validate.Length(max=2000), metadata={"description": "Canonical URL."})
    published_at = IsoDateTime(
        allow_none=True,
        validate=year_in_range,
        metadata={"description": "Publication time (ISO 8601; a bare date is accepted). Resolves 'on Sunday'. "
                  f"Years {MIN_YEAR} to {MAX_YEAR}."},
    )
    language = fields.String(
        allow_none=True,
        validate=validate.Regexp(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?$", error="must be a language tag like 'en'"),
        metadata={"description": "BCP 47 language tag. Detected offline when absent."},
    )

    @validates_schema
    def text_not_blank(self, data: dict[str, Any], **kwargs: Any) -> None:
        if "text" in data and "html" in data:
            raise ValidationError("give either text or html, not both", field_name="html")
        if "text" not in data and "html" not in data:
            raise ValidationError("text (or html) is required", field_name="text")
        if "text" in data and is_blank(data["text"]):
            raise ValidationError(
                "must contain visible text, not only whitespace or invisible characters", field_name="text"
            )
        if "source" in data and not data["source"].strip():
            raise ValidationError("must not be blank", field_name="source")


class ArticleAcceptedSchema(Schema):
    id = fields.String(required=True, metadata={"description": "Article id; poll GET /v1/articles/{id}."})
    status = fields.Enum(ArticleStatus, by_value=True, required=True)
    duplicate = fields.Boolean(
        required=True, metadata={"description": "True when this source+text was already submitted."}
    )


class ClaimSchema(Schema):
    id = fields.String(required=True, metadata={"description": "Stable claim id: `<article_id>-c<n>`."})
    article_id = fields.String(required=True)
    metric = fields.String(
        required=True,
        metadata={
            "description": "killed, wounded, missing, displaced, arrested, or the counted noun of another figure "
            "(e.g. `houses destroyed`).",
        },
    )
    value = fields.Integer(required=True, metadata={"description": "The figure as stated (upper end of a range)."})
    low = fields.Integer(
        required=True, allow_none=True, metadata={"description": "Lower bound implied by the wording; null = none."}
    )
    high = fields.Integer(
        required=True, allow_none=True, metadata={"description": "Upper bound implied by the wording; null = none."}
    )
    qualifier = fields.Enum(
        Qualifier, by_value=True, required=True, metadata={"description": "How the wording bounds the figure."}
    )
    role = fields.Enum(
        Role,
        by_value=True,
        required=True,
        metadata={
            "description": "total: the whole incident; subset: part of a total; increment: added to an earlier "
            "figure; cumulative: toll to date over many incidents; background: another or historical event; "
            "partial: one part of an incident.",
        },
    )
    subject = fields.String(required=True, allow_none=True, metadata={"description": "What is counted."})
    location = fields.String(required=True, allow_none=True, metadata={"description": "Place the figure is about."})
    incident_date = IsoDate(
        required=True, allow_none=True, metadata={"description": "Date of the incident, resolved from the text."}
    )
    attribution = fields.String(
        required=True, allow_none=True, metadata={"description": "Who the article says gave the figure."}
    )
    quote = fields.String(required=True, metadata={"description": "Exact text of the figure: `source[start:end]`."})
    start = fields.Integer(required=True, metadata={"description": "Character offset where `quote` starts."})
    end = fields.Integer(required=True, metadata={"description": "Character offset where `quote` ends."})
    field = fields.String(
        required=True,
        validate=validate.OneOf(["text", "title"]),
        metadata={"description": "Which submitted field the offsets refer to: `text` or `title`."},
    )
    sentence_start = fields.Integer(
        required=True, metadata={"description": "Offset where the sentence holding the figure starts (same field)."}
    )
    sentence_end = fields.Integer(
        required=True,
        metadata={"description": "Offset where that sentence ends: `source[sentence_start:sentence_end]`."},
    )
    update = fields.Boolean(
        required=True,
        metadata={"description": "The figure is a later update of the incident's toll ('the death toll has risen to "
                  "five'); the latest update in an article is its headline."},
    )
    separate_incident = fields.Boolean(
        required=True,
        metadata={"description": "The text presents the figure as a separate incident ('in a separate incident...')."},
    )
    singular = fields.Boolean(
        required=True, metadata={"description": "Implied by a singular phrasing ('a man was shot and killed')."}
    )
    derivation = fields.String(
        required=True,
        allow_none=True,
        metadata={"description": "`derived` when computed (4 shot, 1 fatally: 3 wounded), `perpetrator` for the "
        "attacker's own death or injury, null when stated directly."},
    )


class ArticleSchema(Schema):
    id = fields.String(required=True)
    status = fields.Enum(ArticleStatus, by_value=True, required=True)
    source = fields.String(required=True)
    text = fields.String(
        required=True,
        metadata={"description": "The text claims' offsets refer to (for `html` input, the reduced text)."},
    )
    input_format = fields.String(required=True, metadata={"description": "`text` or `html`: what was submitted."})
    title = fields.String(required=True, allow_none=True)
    url = fields.String(required=True, allow_none=True)
    published_at = IsoDateTime(required=True, allow_none=True)
    language = fields.String(required=True, allow_none=True)
    error = fields.String(required=True, allow_none=True, metadata={"description": "Why processing failed."})
    warnings = fields.List(
        fields.String(), required=True, metadata={"description": "e.g. `unsupported_language`: no claims read."}
    )
    claims = fields.List(fields.Nested(ClaimSchema), required=True, metadata={"description": "Once done."})
    created_at = IsoDateTime(required=True, allow_none=True)
    updated_at = IsoDateTime(required=True, allow_none=True)
    attempts = fields.Integer(required=True, metadata={"description": "Processing attempts so far."})


class BatchItemField(fields.Nested):
    """A batch item: valid items load as usual, an invalid one becomes its error instead of failing the
    whole batch (so the response can report each item's id or its error)."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, partial: Any = None, **kwargs: Any) -> Any:
        try:
            return super()._deserialize(value, attr, data, partial=partial, **kwargs)
        except ValidationError as exc:
            return BatchItemError(exc.messages)


class BatchItemError:
    def __init__(self, messages: Any) -> None:
        self.messages = messages


class BatchInSchema(InputSchema):
    articles = fields.List(
        BatchItemField(ArticleInSchema),
        required=True,
        validate=validate.Length(min=1, max=100),
        metadata={"description": "1 to 100 articles; each is validated on its own."},
    )


class BatchItemResultSchema(Schema):
    index = fields.Integer(required=True, metadata={"description": "Position in the submitted list."})
    id = fields.String(allow_none=True, required=True)
    status = fields.Enum(ArticleStatus, by_value=True, allow_none=True, required=True)
    duplicate = fields.Boolean(allow_none=True, required=True)
    errors = fields.List(
        fields.Nested(FieldErrorSchema),
        required=True,
        metadata={"description": "Why this item was rejected; empty when accepted."},
    )


class BatchResultSchema(Schema):
    accepted = fields.Integer(required=True)
    rejected = fields.Integer(required=True)
    items = fields.List(fields.Nested(BatchItemResultSchema), required=True)


MAX_QUERY_CHARS = 200


class ArticleListQuerySchema(InputSchema):
    status = fields.Enum(ArticleStatus, by_value=True, metadata={"description": "Only articles in this status."})
    source = fields.String(
        validate=validate.Length(min=1, max=MAX_QUERY_CHARS),
        metadata={"description": "Only articles from this source (exact name, case-insensitive)."},
    )
    since = IsoDateTime(
        validate=year_in_range,
        metadata={"description": "Only articles submitted at or after this time (ISO 8601; a bare date is accepted)."},
    )
    q = fields.String(
        validate=validate.Length(min=1, max=MAX_QUERY_CHARS),
        metadata={"description": "Text search: every word must occur in the title, text or source (case-insensitive, "
                  "literal: no wildcards)."},
    )
    cursor = fields.String(
        validate=validate.Regexp(r"^[A-Za-z0-9_-]{1,512}$", error="is not a cursor this service issued"),
        metadata={"description": "`next_cursor` from the previous page, unchanged."},
    )
    limit = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))


class ArticleSummarySchema(Schema):
    id = fields.String(required=True)
    status = fields.Enum(ArticleStatus, by_value=True, required=True)
    source = fields.String(required=True)
    title = fields.String(required=True, allow_none=True)
    url = fields.String(required=True, allow_none=True)
    published_at = IsoDateTime(required=True, allow_none=True)
    created_at = IsoDateTime(required=True, allow_none=True)
    updated_at = IsoDateTime(required=True, allow_none=True)


class ArticlePageSchema(Schema):
    articles = fields.List(
        fields.Nested(ArticleSummarySchema),
        required=True,
        metadata={"description": "Newest submission first; GET /v1/articles/{id} gives the text and claims."},
    )
    next_cursor = fields.String(
        required=True, allow_none=True, metadata={"description": "Pass as `cursor` for the next page; null at end."}
    )
