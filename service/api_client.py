"""The HTTP client every `factrecon` command that calls the API uses.

It sends the API key, and turns what a person at a terminal cannot act on (a refused connection, 401, 403,
another problem+json answer) into one `ApiError` whose message is a single line: the CLI prints it to stderr
and exits non-zero, never with a traceback.
"""

from __future__ import annotations

import os
from typing import Any

import requests

API_ENV = "FACTRECON_API"
API_KEY_ENV = "FACTRECON_API_KEY"
DEFAULT_API = "http://127.0.0.1:{port}"


def default_api() -> str:
    """$FACTRECON_API, else the local service on $FACTRECON_PORT (8000), as `factrecon up` binds it."""
    return os.environ.get(API_ENV) or DEFAULT_API.format(port=os.environ.get("FACTRECON_PORT") or "8000")


def default_api_key() -> str | None:
    return os.environ.get(API_KEY_ENV) or None


class ApiError(Exception):
    """A failed call, told in one line (no newline in it)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(" ".join(message.split()))
        self.status = status


def _problem_detail(response: requests.Response) -> str:
    """The problem+json `detail` (or `title`) of an error answer, else the start of its body."""
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    if isinstance(body, dict):
        errors = body.get("errors")
        if isinstance(errors, list) and errors and all(isinstance(e, dict) for e in errors):
            fields = "; ".join(f"{e.get('field') or e.get('location')}: {e.get('message')}" for e in errors[:5])
            return f"{body.get('detail') or body.get('title') or ''} ({fields})"
        return str(body.get("detail") or body.get("title") or body)
    return str(body)[:200]


class ApiClient:
    def __init__(self, base_url: str, api_key: str | None = None, timeout: float = 30) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.timeout = timeout
        self.session = requests.Session()
        if api_key:
            self.session.headers["Authorization"] = f"Bearer {api_key}"

    def request(self, method: str, path: str, *, ok: tuple[int, ...] = (200,), **kwargs: Any) -> requests.Response:
        """Send one request; an answer whose status is in `ok` is returned, anything else raises ApiError."""
        url = f"{self.base_url}{path}"
        try:
            response = self.session.request(method, url, timeout=self.timeout, **kwargs)
        except requests.ConnectionError as exc:
            raise ApiError(
                f"cannot reach the API at {self.base_url} ({_reason(exc)}): is the service running "
                f"(`factrecon up` or `make run`)? Point the CLI at it with --api or ${API_ENV}."
            ) from exc
        except requests.Timeout as exc:
            raise ApiError(f"the API at {self.base_url} did not answer within {self.timeout:g} s") from exc
        except requests.RequestException as exc:
            raise ApiError(f"cannot call the API at {self.base_url}: {type(exc).__name__}: {exc}") from exc
        if response.status_code in ok:
            return response
        raise self.error(response)

    def error(self, response: requests.Response) -> ApiError:
        """The one-line ApiError for an answer the caller did not expect."""
        status = response.status_code
        detail = _problem_detail(response)
        if status == 401:
            how = (
                "the key was not accepted"
                if self.api_key
                else f"no API key was given: pass --api-key or set ${API_KEY_ENV}"
            )
            return ApiError(
                f"401 Unauthorized from {self.base_url}: {how} ({detail}). Create a key with "
                "`factrecon keys create --scope submit --scope read`.",
                status,
            )
        if status == 403:
            return ApiError(f"403 Forbidden from {self.base_url}: {detail}. Use a key with that scope.", status)
        return ApiError(f"{status} {response.reason or ''} from {self.base_url}: {detail}", status)

    def get(self, path: str, **kwargs: Any) -> Any:
        return self.request("GET", path, **kwargs).json()


def _reason(exc: requests.ConnectionError) -> str:
    text = str(exc)
    if "Connection refused" in text or "Errno 111" in text:
        return "connection refused"
    if "Name or service not known" in text or "NameResolutionError" in text or "getaddrinfo" in text:
        return "unknown host"
    return "no connection"


__all__ = ["API_ENV", "API_KEY_ENV", "ApiClient", "ApiError", "default_api", "default_api_key"]
