"""Domain-level errors the adapters translate (the HTTP layer maps them to problem+json statuses)."""

from __future__ import annotations


class NotFound(Exception):
    """The named resource does not exist."""

    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(f"{kind} {ident!r} was not found")
        self.kind = kind
        self.ident = ident


class Moved(NotFound):
    """The named resource was merged into another one, which now stands for it."""

    def __init__(self, kind: str, ident: str, target: str) -> None:
        Exception.__init__(self, f"{kind} {ident!r} was merged into {target!r}")
        self.kind = kind
        self.ident = ident
        self.target = target


class InvalidInput(Exception):
    """Input that passed schema validation but cannot be accepted (e.g. HTML with no article text)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class StorageUnavailable(Exception):
    """Redis could not be reached; the request may be retried."""


class Unauthenticated(Exception):
    """No valid API key was presented."""


class Forbidden(Exception):
    """The API key lacks the scope this operation needs."""


class IdempotencyConflict(Exception):
    """A request with the same Idempotency-Key is still being processed."""


class IdempotencyMismatch(Exception):
    """The Idempotency-Key was already used with a different request body."""


class IdempotencyKeyTaken(Exception):
    """The Idempotency-Key claimed with a write was held already; `saved` is its stored record (JSON)."""

    def __init__(self, saved: str) -> None:
        super().__init__("the idempotency key is taken")
        self.saved = saved
