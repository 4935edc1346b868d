"""Pages loaded as a person would: in a real headless Chromium, over real HTTP.

Fixtures (registered for the whole suite by tests/conftest.py):
- `browser`: one headless Chromium per session, Debian's `chromium` package (or $FACTRECON_CHROMIUM) driven by
  playwright-python. Playwright's own browser downloads are never used.
- `page`: a fresh browser context and page per test; `page_errors(page)` lists the JavaScript errors it raised.
- `live_app`: the test's Flask `app` (tests/conftest.py) served over HTTP on a free port; its base URL.

Without chromium (or playwright) a test using them is skipped with the reason, except in CI (CI set), where it
fails: `.ci/run` installs chromium, so a missing browser there is a broken CI, not a reason to pass.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from typing import Any, NoReturn

import pytest
from werkzeug.serving import make_server

CHROMIUM_ENV = "FACTRECON_CHROMIUM"


def find_chromium() -> str | None:
    """$FACTRECON_CHROMIUM, else chromium (Debian) or chromium-browser on PATH."""
    explicit = os.environ.get(CHROMIUM_ENV)
    if explicit:
        return explicit if os.access(explicit, os.X_OK) else None
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


def unavailable(reason: str) -> NoReturn:
    """Skip locally with the reason; fail in CI, where .ci/run provides the browser."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: the browser tests must run there; .ci/run installs chromium)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = find_chromium()
    if executable is None:
        unavailable(f"no chromium found (install Debian's `chromium` package, or set {CHROMIUM_ENV})")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed (make install-dev)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    context.set_default_timeout(30_000)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    _ERRORS[id(opened)] = errors
    try:
        yield opened
    finally:
        _ERRORS.pop(id(opened), None)
        context.close()


_ERRORS: dict[int, list[str]] = {}


def page_errors(opened: Any) -> list[str]:
    """Uncaught JavaScript errors the page raised so far."""
    return list(_ERRORS.get(id(opened), []))


@pytest.fixture
def live_app(app: Any) -> Iterator[str]:
    """The test's app over real HTTP (a threaded werkzeug server on 127.0.0.1, a free port)."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="live-app", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
