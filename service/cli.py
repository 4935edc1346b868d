"""The `factrecon` command line: run the service, submit articles, read the reconciliation, extract offline."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
import time
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from service.api_client import API_ENV, API_KEY_ENV, ApiClient, ApiError, default_api, default_api_key

# The environment each command reads, named in its --help (the README's configuration table says more).
REDIS_ENV = {
    "REDIS_URL": "the service's Redis; unset: the one `factrecon up` starts and records under FACTRECON_DATA_DIR",
    "FACTRECON_DATA_DIR": "embedded Redis data and its recorded URL, the beat schedule (default ./var)",
    "FACTRECON_KEY_PREFIX": "prefix of every Redis key and of the Celery queues (default fr)",
}
BROKER_ENV = {
    "FACTRECON_BROKER_URL": "the Redis holding Celery's queues (default: the data Redis)",
}
API_SERVER_ENV = {
    "FACTRECON_HOST": "bind address (default 127.0.0.1)",
    "FACTRECON_PORT": "port (default 8000)",
    "FACTRECON_API_WORKERS": "gunicorn processes (default 2)",
    "FACTRECON_API_THREADS": "threads per gunicorn process (default 4)",
    "FACTRECON_AUTH": "on (default) or off: API keys required",
    "FACTRECON_METRICS_AUTH": "on (default) or off: /metrics without a key when auth is on",
    "FACTRECON_EMBED_ANCESTORS": "who may frame the embed card: CSP frame-ancestors sources (default *)",
    "FACTRECON_RATE_LIMIT": "requests per API key (default 1200/minute)",
    "FACTRECON_SUBMIT_RATE_LIMIT": "POSTs per API key (default 600/minute)",
    "FACTRECON_IDEMPOTENCY_TTL": "seconds an Idempotency-Key's answer is kept (default 86400)",
    "FACTRECON_API_KEY_CACHE": "seconds an API process trusts a looked-up key; a revoked key works that long (5)",
    "FACTRECON_MAX_TEXT_CHARS": "longest article text (default 200000)",
    "FACTRECON_MAX_BODY_BYTES": "largest request body (default 5242880)",
    "FACTRECON_BATCH_MAX": "most articles in one batch (default 100)",
}
WORKER_ENV = {
    "FACTRECON_WORKER_CONCURRENCY": "worker processes (default 2)",
    "FACTRECON_WORKER_NICE": "CPU niceness of worker processes, 0-19: requests first on shared cores (10)",
    "FACTRECON_PLACES_INDEX": "the gazetteer index file, built once on first use (default ~/.cache/factrecon/)",
    "FACTRECON_EVENT_SPAN_DAYS": "days one event may span (default 14)",
    "FACTRECON_BLOCK_REGROUP_LIMIT": "largest block regrouped on an out-of-order change (default 100)",
    "FACTRECON_MERGE_ACROSS_BLOCKS": "join events of different blocks the scored layer links (default on)",
    "FACTRECON_MAX_ATTEMPTS": "processing attempts per article before it ends failed (default 5)",
    "FACTRECON_OUTBOX_SWEEP": "seconds a webhook notification may stay undispatched (default 30)",
    "FACTRECON_STUCK_AFTER": "seconds queued before the sweeper re-publishes (default 120)",
    "FACTRECON_VISIBILITY_TIMEOUT": "seconds before the broker redelivers a dead worker's task (default 300)",
    "FACTRECON_WEBHOOK_ALLOW": "non-public webhook targets allowed (hosts, IPs, CIDRs)",
    "FACTRECON_WEBHOOK_MAX_ATTEMPTS": "attempts per webhook delivery (default 8)",
    "FACTRECON_WEBHOOK_BACKOFF_BASE": "seconds before the second attempt (default 5)",
    "FACTRECON_WEBHOOK_BACKOFF_MAX": "longest wait between attempts (default 240)",
    "FACTRECON_WEBHOOK_TIMEOUT": "seconds per attempt (default 10)",
}
LOG_ENV = {"FACTRECON_LOG_LEVEL": "log level (default INFO)"}
CLIENT_ENV = {
    API_ENV: "the API's base URL (default http://127.0.0.1:$FACTRECON_PORT, port 8000)",
    "FACTRECON_PORT": "port of the local API when FACTRECON_API is unset (default 8000)",
    API_KEY_ENV: "the API key sent as `Authorization: Bearer` (or --api-key)",
}


class CliError(Exception):
    """A failure the command explains in one line (printed to stderr, exit status 1)."""


def _environment(*groups: dict[str, str]) -> str:
    merged: dict[str, str] = {}
    for group in groups:
        merged.update(group)
    width = max(len(name) for name in merged)
    lines = [f"  {name:<{width}}  {meaning}" for name, meaning in merged.items()]
    return "environment variables:\n" + "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except (ApiError, CliError) as exc:
        print(f"factrecon {args.command}: {exc}", file=sys.stderr)
        return 1


def _command(sub: Any, name: str, summary: str, *env: dict[str, str], description: str = "") -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        name,
        help=summary,
        description=textwrap.fill(description or summary, 100),  # raw formatting keeps the epilog's columns
        epilog=_environment(*env) if env else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def _client_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--api", help=f"the API's base URL (default: ${API_ENV}, else http://127.0.0.1:8000)")
    parser.add_argument(
        "--api-key",
        help=f"API key (default: ${API_KEY_ENV}; prefer the variable: other users can see arguments in `ps`)",
    )


def client(args: argparse.Namespace) -> ApiClient:
    return ApiClient(args.api or default_api(), args.api_key or default_api_key())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factrecon",
        description=__doc__,
        epilog="Each command's --help names the environment variables it reads.",
    )
    sub = parser.add_subparsers(dest="command")

    _command(
        sub,
        "up",
        "run the whole service: redis-server (unless REDIS_URL), a worker with the sweeper, and the API",
        REDIS_ENV,
        BROKER_ENV,
        API_SERVER_ENV,
        WORKER_ENV,
        LOG_ENV,
        description="Run the whole service in the foreground: its own redis-server with AOF under "
        "FACTRECON_DATA_DIR (unless REDIS_URL is set; its URL is recorded in FACTRECON_DATA_DIR/redis/url for "
        "`factrecon keys`), a Celery worker with the sweeper, and the API. Celery's queues live in the same Redis "
        "unless FACTRECON_BROKER_URL names another. Ctrl-C stops them in order.",
    ).set_defaults(handler=cmd_up)
    _command(
        sub,
        "api",
        "run the API only (gunicorn), against REDIS_URL",
        REDIS_ENV,
        BROKER_ENV,
        API_SERVER_ENV,
        LOG_ENV,
        description="Run only the HTTP API (gunicorn) in the foreground. Its Redis: REDIS_URL, else the embedded "
        "one a running `factrecon up` recorded under FACTRECON_DATA_DIR, else redis://127.0.0.1:6379/0.",
    ).set_defaults(handler=cmd_api)
    worker = _command(
        sub,
        "worker",
        "run a Celery worker only, against REDIS_URL",
        REDIS_ENV,
        BROKER_ENV,
        WORKER_ENV,
        LOG_ENV,
        description="Run only a Celery worker (extraction and webhook queues) in the foreground. Its Redis: "
        "REDIS_URL, else the embedded one a running `factrecon up` recorded under FACTRECON_DATA_DIR, else "
        "redis://127.0.0.1:6379/0.",
    )
    worker.add_argument("--beat", action="store_true", help="also run the sweeper schedule (one worker only)")
    worker.set_defaults(handler=cmd_worker)
    _command(
        sub,
        "beat",
        "run celery beat only: the periodic sweeps (run exactly one)",
        REDIS_ENV,
        BROKER_ENV,
        WORKER_ENV,
        LOG_ENV,
        description="Run only Celery beat in the foreground: the stuck-article sweeper and the outbox sweep, on "
        "the schedule kept under FACTRECON_DATA_DIR. Run exactly one per deployment; `factrecon up` runs it as its "
        "own supervised process.",
    ).set_defaults(handler=cmd_beat)

    submit = _command(
        sub,
        "submit",
        "submit article files (.txt, or .json with article fields) to the API",
        CLIENT_ENV,
        description="Submit article files to the API (needs the `submit` scope, and `read` with --wait). A .json "
        "file holds the API's article fields (text or html, source, title, published_at, ...); any other file is "
        "the article's text. Prints one line per file: file, article id, status.",
    )
    submit.add_argument("files", nargs="+", type=Path)
    submit.add_argument("--source", help="source name (default: the JSON's source, else the file name)")
    _client_options(submit)
    submit.add_argument("--wait", action="store_true", help="wait until each article is processed; print its end state")
    submit.set_defaults(handler=cmd_submit)

    reconcile = _command(
        sub,
        "reconcile",
        "print the per-event reconciliation table from the API",
        CLIENT_ENV,
        description="Print the per-event reconciliation table (needs the `read` scope).",
    )
    _client_options(reconcile)
    reconcile.add_argument("--location")
    reconcile.add_argument("--metric")
    reconcile.add_argument("--disputed", action="store_true")
    reconcile.add_argument("--json", action="store_true", help="print the raw events as JSON lines")
    reconcile.set_defaults(handler=cmd_reconcile)

    keys = _command(
        sub,
        "keys",
        "manage API keys in the service's Redis (REDIS_URL or the one `factrecon up` started)",
        REDIS_ENV,
        description="Manage API keys directly in the service's Redis: REDIS_URL, else the embedded Redis that "
        "`factrecon up` (`make run`) started and recorded in FACTRECON_DATA_DIR/redis/url (default "
        "./var/redis/url, so run it from the same directory). With neither it refuses: it never guesses.",
    )
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    create = _command(keys_sub, "create", "create a key; prints it once, as the last line", REDIS_ENV)
    create.add_argument("--scope", action="append", required=True, choices=["submit", "read", "admin"])
    create.add_argument("--name", default="")
    create.set_defaults(handler=cmd_keys_create)
    _command(keys_sub, "list", "list keys (never their secrets)", REDIS_ENV).set_defaults(handler=cmd_keys_list)
    revoke = _command(keys_sub, "revoke", "revoke a key by id", REDIS_ENV)
    revoke.add_argument("key_id")
    revoke.set_defaults(handler=cmd_keys_revoke)

    extract = _command(
        sub,
        "extract",
        "print each file's claims as JSON lines (offline: no Redis, no worker, no API)",
        description="Extract claims offline and print them as JSON lines (one per claim, then any warnings). "
        "A FILE is an article JSON as the API takes it (text or html, title, published_at, ...; examples/*.json), "
        "an .html page (reduced to its article text as the API does), or plain text; - reads standard input "
        "(JSON when it starts with {, HTML when it starts with <, else text). Offsets (start, end) point into "
        "the article text (or the title, when `field` is title). It reads no environment variables.",
    )
    extract.add_argument("files", nargs="+", help="files, or - for standard input")
    extract.add_argument(
        "--published-at", help="ISO date to resolve 'on Sunday' against (default: the JSON's published_at)"
    )
    extract.add_argument(
        "--with-text", action="store_true", help="first print each file's article text, title and published_at"
    )
    extract.set_defaults(handler=cmd_extract)
    return parser


# --- running -------------------------------------------------------------------------------------------


def cmd_up(_args: argparse.Namespace) -> int:
    from service.supervisor import Supervisor
    from settings import Settings

    return Supervisor(Settings.from_env()).run()


def cmd_api(_args: argparse.Namespace) -> int:
    from service.supervisor import exec_api
    from settings import Settings

    exec_api(Settings.from_env())
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from service.supervisor import exec_worker
    from settings import Settings

    exec_worker(Settings.from_env(), beat=args.beat)
    return 0


def cmd_beat(_args: argparse.Namespace) -> int:
    from service.supervisor import exec_beat
    from settings import Settings

    exec_beat(Settings.from_env())
    return 0


# --- client commands -----------------------------------------------------------------------------------


def _article_payload(path: Path, source: str | None) -> dict[str, Any]:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read {path}: {exc}") from exc
    if path.suffix == ".json":
        try:
            payload = json.loads(raw)
        except ValueError as exc:
            raise CliError(f"{path} is not valid JSON: {exc}") from exc
        if not isinstance(payload, dict):
            raise CliError(f"{path} must hold one JSON object with the article's fields")
        if source:
            payload["source"] = source
        payload.setdefault("source", path.name)
        return payload
    if path.suffix in (".html", ".htm"):
        return {"html": raw, "source": source or path.name}
    return {"text": raw, "source": source or path.name}


def cmd_submit(args: argparse.Namespace) -> int:
    api = client(args)
    failures = 0
    accepted: list[tuple[Path, dict[str, Any]]] = []
    for path in args.files:
        try:
            payload = _article_payload(path, args.source)
        except CliError as exc:
            failures += 1
            print(f"{path}\terror: {exc}", file=sys.stderr)
            continue
        response = api.request("POST", "/v1/articles", json=payload, ok=(202, 422, 413, 429))
        if response.status_code != 202:  # this file's problem; others may still go through
            failures += 1
            print(f"{path}\terror: {api.error(response)}", file=sys.stderr)
            continue
        body = response.json()
        if args.wait:  # one line per article, once its end state is known
            accepted.append((path, body))
        else:
            print(_submitted_line(path, body, body["status"]))
    for index, (path, body) in enumerate(accepted):
        try:
            article = _wait_done(api, body["id"])
        except ApiError:  # e.g. a key without the read scope: still say what was accepted, once each
            for unwaited_path, unwaited in accepted[index:]:
                print(_submitted_line(unwaited_path, unwaited, unwaited["status"]))
            raise
        status = article["status"]
        if status == "failed":
            failures += 1
            status = f"failed: {article.get('error') or 'no reason given'}"
        elif status != "done":
            failures += 1
            status = f"{status} (not finished after 120 s)"
        print(_submitted_line(path, body, status))
    return 1 if failures else 0


def _submitted_line(path: Path, body: dict[str, Any], status: str) -> str:
    return f"{path}\t{body['id']}\t{status}{'  (duplicate)' if body['duplicate'] else ''}"


def _wait_done(api: ApiClient, article_id: str, timeout: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    article: dict[str, Any] = {"status": "queued"}
    while time.monotonic() < deadline:
        article = api.get(f"/v1/articles/{article_id}")
        if article["status"] in ("done", "failed"):
            break
        time.sleep(0.3)
    return article


def iter_events(api: ApiClient, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
    cursor = None
    while True:
        query = {**params, "limit": 100, **({"cursor": cursor} if cursor else {})}
        page = api.get("/v1/reconciliation", params=query)
        yield from page["events"]
        cursor = page["next_cursor"]
        if not cursor:
            return


def cmd_reconcile(args: argparse.Namespace) -> int:
    params: dict[str, Any] = {}
    if args.location:
        params["location"] = args.location
    if args.metric:
        params["metric"] = args.metric
    if args.disputed:
        params["disputed"] = "true"
    events = list(iter_events(client(args), params))
    if args.json:
        for event in events:
            print(json.dumps(event))
        return 0
    print(render_events(events))
    return 0


def _bound(value: dict[str, Any]) -> str:
    qualifier = value.get("qualifier") or "exact"
    marks = {"at_least": "≥", "more_than": ">", "up_to": "≤", "nearly": "<", "about": "~", "vague": "~"}
    return f"{marks.get(qualifier, '')}{value['value']}"


def _range(spread: dict[str, Any]) -> str:
    if spread["min"] is None:
        return "no whole-incident figure"
    return str(spread["min"]) if spread["min"] == spread["max"] else f"{spread['min']} to {spread['max']}"


def _estimate(est: dict[str, Any]) -> str:
    if est["best"] is None:
        return ""
    bounds = "" if est["low"] == est["high"] == est["best"] else f" (low {est['low']}, high {est['high']})"
    return f"  estimate {est['best']}{bounds} [{est['rule']}]"


def render_events(events: list[dict[str, Any]]) -> str:
    """The per-event table a person reads in a terminal."""
    if not events:
        return "No events yet. Submit articles with `factrecon submit FILE...`."
    lines: list[str] = []
    for event in events:
        flag = "  DISPUTED" if event.get("disputed") else ""
        lines.append(f"== {event['label']}  ({event['article_count']} articles, id {event['id']}){flag}")
        for figure in event["figures"]:
            lines.append(f"   {figure['metric']}: {_range(figure['spread'])}{_estimate(figure['estimate'])}")
            width = max((len(v["source"]) for v in figure["values"]), default=10)
            for value in figure["values"]:
                date = value.get("incident_date") or "no date"
                who = f"  per {value['attribution']}" if value.get("attribution") else ""
                lines.append(f"      {value['source']:<{width}}  {_bound(value):>6}  {date}{who}")
            for note in figure["notes"]:
                lines.append(f"      note: {note}")
        if len(event.get("incidents", [])) > 1:
            lines.append("   incidents:")
            for incident in event["incidents"]:
                stated = [f for f in incident["figures"] if f["spread"]["min"] is not None]
                summary = ", ".join(f"{f['metric']} {_range(f['spread'])}" for f in stated)
                lines.append(f"      {incident['date'] or 'undated'}  {incident['location'] or ''}  {summary}")
        lines.append("")
    return "\n".join(lines).rstrip()


# --- API keys ------------------------------------------------------------------------------------------


def _key_store():  # type: ignore[no-untyped-def]
    """The key store in the service's Redis: REDIS_URL, or the embedded Redis `factrecon up` recorded. Never a
    guess: with neither, or when that Redis does not answer, a CliError says how to point the command at it."""
    import redis

    from settings import Settings
    from store.apikeys import ApiKeyStore
    from store.repository import RedisStore

    settings = Settings.from_env()
    url = settings.recorded_redis_url()
    recorded = settings.embedded_redis_url_file.resolve()
    if url is None:
        raise CliError(
            f"no Redis to manage keys in: REDIS_URL is not set and no running `factrecon up` recorded one in "
            f"{recorded}. Set REDIS_URL to the service's Redis, or run `factrecon keys` from the directory "
            "where `make run` / `factrecon up` runs (or set FACTRECON_DATA_DIR to its data directory)."
        )
    where = "REDIS_URL" if settings.redis_url else f"the embedded Redis recorded in {recorded}"
    store = RedisStore.from_url(url, settings.key_prefix)
    try:
        store.r.ping()
    except redis.RedisError as exc:
        hint = "" if settings.redis_url else " Is `factrecon up` (or `make run`) still running?"
        raise CliError(f"cannot reach {where} ({_redacted(url)}): {exc}.{hint}") from exc
    return ApiKeyStore(store.r, store.keys)


def _redacted(url: str) -> str:
    """The URL without a password, for messages."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.password:
        netloc = f"{parts.username or ''}:***@{parts.hostname}{f':{parts.port}' if parts.port else ''}"
        return parts._replace(netloc=netloc).geturl()
    return url


def cmd_keys_create(args: argparse.Namespace) -> int:
    from usecases.apikeys import create_key

    record, plaintext = create_key(_key_store(), args.scope, args.name)
    print(f"created key {record.id} with scopes {', '.join(record.scopes)}; it is shown only once:")
    print(plaintext)
    return 0


def cmd_keys_list(_args: argparse.Namespace) -> int:
    for record in _key_store().all():
        state = "revoked" if record.revoked else "active"
        print(f"{record.id}\t{state}\t{','.join(record.scopes)}\t{record.created_at}\t{record.name}")
    return 0


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    if _key_store().revoke(args.key_id):
        print(f"revoked {args.key_id}")
        return 0
    print(f"no key with id {args.key_id}", file=sys.stderr)
    return 1


# --- offline extraction --------------------------------------------------------------------------------


def _read_input(name: str) -> tuple[str, str]:
    """(content, kind) of a file or of stdin ("-"); kind is json, html or text."""
    if name == "-":
        content = sys.stdin.read()
        head = content.lstrip()[:1]
        return content, "json" if head == "{" else "html" if head == "<" else "text"
    path = Path(name)
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read {name}: {exc}") from exc
    suffix = path.suffix.lower()
    return content, "json" if suffix == ".json" else "html" if suffix in (".html", ".htm") else "text"


def article_from_input(name: str, content: str, kind: str):  # type: ignore[no-untyped-def]
    """The article as the API would store it: JSON goes through the API's own ArticleInSchema, HTML is reduced
    to its article text as for an `html` submission, anything else is the text itself."""
    from marshmallow import ValidationError

    from schemas.articles import ArticleInSchema
    from usecases.articles import SubmitArticle, article_command
    from usecases.errors import InvalidInput

    source = "-" if name == "-" else Path(name).name
    if kind == "text":
        if not content.strip():
            raise CliError(f"{name} holds no text")
        return SubmitArticle(source=source, text=content)
    if kind == "json":
        try:
            data = json.loads(content)
        except ValueError as exc:
            raise CliError(f"{name} is not valid JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise CliError(f"{name} must hold one JSON object with the article's fields (text or html, ...)")
        data.setdefault("source", source)
    else:
        data = {"html": content, "source": source}
    try:
        loaded = ArticleInSchema().load(data)
        return article_command(loaded)
    except ValidationError as exc:
        problems = "; ".join(f"{field}: {' '.join(map(str, msgs))}" for field, msgs in _flat(exc.messages))
        raise CliError(f"{name} is not a valid article: {problems}") from exc
    except InvalidInput as exc:
        raise CliError(f"{name}: {exc}") from exc


def _flat(messages: Any, prefix: str = "") -> Iterator[tuple[str, list[Any]]]:
    if isinstance(messages, dict):
        for key, value in messages.items():
            yield from _flat(value, f"{prefix}.{key}" if prefix else str(key))
    else:
        yield prefix or "body", messages if isinstance(messages, list) else [messages]


def cmd_extract(args: argparse.Namespace) -> int:
    from core.extract import extract
    from core.models import ArticleInput
    from store.codec import claim_to_dict

    try:
        override = datetime.fromisoformat(args.published_at) if args.published_at else None
    except ValueError as exc:
        raise CliError(f"--published-at: {exc}") from exc
    for name in args.files:
        article = article_from_input(name, *_read_input(name))
        published = override or article.published_at
        if args.with_text:
            when = published.isoformat() if published else None
            print(
                json.dumps(
                    {"file": name, "title": article.title, "published_at": when, "text": article.text},
                    ensure_ascii=False,
                )
            )
        result = extract(
            ArticleInput(text=article.text, title=article.title, published_at=published, language=article.language)
        )
        for claim in result.claims:
            print(json.dumps({"file": name, **claim_to_dict(claim)}, ensure_ascii=False))
        for warning in result.warnings:
            print(json.dumps({"file": name, "warning": warning}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
