"""A Python client generated from openapi.yaml (openapi-python-client) drives a live `factrecon up`.

This is the end-to-end check a client team would make: the committed spec is enough to generate a client
that can submit, poll and reconcile against the real service (API, worker and embedded Redis), with auth on
and a key made by `factrecon keys create` in the same environment.
"""

from __future__ import annotations

import importlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from store.redis_server import free_port
from tests.conftest import ROOT

pytestmark = pytest.mark.integration

TEXT = (
    "Six people were injured and one man was killed when a tram derailed in Graz on Friday morning, "
    "police said. The tram operator said services would resume on Saturday."
)


@pytest.fixture(scope="module")
def live_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    data_dir = tmp_path_factory.mktemp("live")
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k != "REDIS_URL"},
        "FACTRECON_PORT": str(port),
        "FACTRECON_DATA_DIR": str(data_dir),
        "FACTRECON_AUTH": "on",
        "FACTRECON_KEY_PREFIX": "smoke",
        "FACTRECON_WORKER_CONCURRENCY": "1",
        "FACTRECON_API_WORKERS": "1",
    }
    log = (data_dir / "up.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "up"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                pass
            assert process.poll() is None, (data_dir / "up.log").read_text()
            time.sleep(0.3)
        else:
            pytest.fail("service did not become ready:\n" + (data_dir / "up.log").read_text())
        yield base, env
    finally:
        process.send_signal(signal.SIGINT)  # what Ctrl-C does: everything stops cleanly
        try:
            assert process.wait(timeout=60) == 0, (data_dir / "up.log").read_text()
        finally:
            if process.poll() is None:
                process.kill()
            log.close()


@pytest.fixture(scope="module")
def client_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    out = tmp_path_factory.mktemp("client")
    generator = shutil.which("openapi-python-client") or str(Path(sys.executable).parent / "openapi-python-client")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(
        [generator, "generate", "--path", str(ROOT / "openapi.yaml"), "--meta", "none",
         "--output-path", str(out / "factrecon_client")],
        cwd=out, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Warning" not in result.stdout.replace("ruff is not in PATH", ""), result.stdout
    sys.path.insert(0, str(out))
    try:
        yield "factrecon_client"
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.startswith("factrecon_client")]:
            del sys.modules[name]


def test_generated_client_submits_polls_and_reconciles(live_service, client_package) -> None:
    base, env = live_service
    made = subprocess.run(
        [sys.executable, "-m", "service.cli", "keys", "create", "--scope", "submit", "--scope", "read"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    key = made.stdout.strip().splitlines()[-1]

    pkg = importlib.import_module(client_package)
    submit_article = importlib.import_module(f"{client_package}.api.articles.submit_article")
    get_article = importlib.import_module(f"{client_package}.api.articles.get_article")
    list_reconciliation = importlib.import_module(f"{client_package}.api.reconciliation.list_reconciliation")
    models = importlib.import_module(f"{client_package}.models")

    with pkg.Client(base_url=base) as anonymous:
        body = models.ArticleIn(text=TEXT, source="x")
        assert submit_article.sync_detailed(client=anonymous, body=body).status_code == 401

    with pkg.AuthenticatedClient(base_url=base, token=key) as client:
        accepted = submit_article.sync(client=client, body=models.ArticleIn(text=TEXT, source="Smoke Gazette"))
        assert accepted.status.value == "queued"

        deadline = time.monotonic() + 60
        article = get_article.sync(client=client, article_id=accepted.id)
        while article.status.value not in ("done", "failed") and time.monotonic() < deadline:
            time.sleep(0.3)
            article = get_article.sync(client=client, article_id=accepted.id)
        assert article.status.value == "done"
        assert article.claims, "the text states figures"
        claim = article.claims[0]
        assert TEXT[claim.start : claim.end] == claim.quote

        page = list_reconciliation.sync(client=client, limit=10)
    assert page.events, "the article forms an event"
    figures = {f.metric for e in page.events for f in e.figures}
    assert "wounded" in figures
