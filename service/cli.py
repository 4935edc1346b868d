"""The `factrecon` command line: run the service, submit articles, read the reconciliation, extract offline."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

DEFAULT_API = "http://127.0.0.1:{port}"


def _default_api() -> str:
    return os.environ.get("FACTRECON_API") or DEFAULT_API.format(port=os.environ.get("FACTRECON_PORT", "8000"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    return int(args.handler(args) or 0)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factrecon", description=__doc__)
    sub = parser.add_subparsers(dest="command")

    sub.add_parser("up", help="run redis-server (unless REDIS_URL), a worker and the API").set_defaults(handler=cmd_up)
    sub.add_parser("api", help="run the API only").set_defaults(handler=cmd_api)
    worker = sub.add_parser("worker", help="run a Celery worker only")
    worker.add_argument("--beat", action="store_true", help="also run the sweeper schedule (one worker only)")
    worker.set_defaults(handler=cmd_worker)
    sub.add_parser("beat", help="run celery beat only: the periodic sweeps (run exactly one)").set_defaults(
        handler=cmd_beat
    )

    submit = sub.add_parser("submit", help="submit article files (.txt, or .json with article fields)")
    submit.add_argument("files", nargs="+", type=Path)
    submit.add_argument("--source", help="source name (default: the file name)")
    submit.add_argument("--api", default=_default_api())
    submit.add_argument("--wait", action="store_true", help="wait until each article is processed")
    submit.set_defaults(handler=cmd_submit)

    reconcile = sub.add_parser("reconcile", help="print the per-event reconciliation table")
    reconcile.add_argument("--api", default=_default_api())
    reconcile.add_argument("--location")
    reconcile.add_argument("--metric")
    reconcile.add_argument("--disputed", action="store_true")
    reconcile.add_argument("--json", action="store_true", help="print the raw events as JSON lines")
    reconcile.set_defaults(handler=cmd_reconcile)

    keys = sub.add_parser("keys", help="manage API keys (talks to the service's Redis, same environment)")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    create = keys_sub.add_parser("create", help="create a key; prints it once, as the last line")
    create.add_argument("--scope", action="append", required=True, choices=["submit", "read", "admin"])
    create.add_argument("--name", default="")
    create.set_defaults(handler=cmd_keys_create)
    keys_sub.add_parser("list", help="list keys (never their secrets)").set_defaults(handler=cmd_keys_list)
    revoke = keys_sub.add_parser("revoke", help="revoke a key by id")
    revoke.add_argument("key_id")
    revoke.set_defaults(handler=cmd_keys_revoke)

    extract = sub.add_parser("extract", help="print each file's claims as JSON lines (offline: no Redis, no worker)")
    extract.add_argument("files", nargs="+", help="files, or - for standard input")
    extract.add_argument("--published-at", help="ISO date to resolve 'on Sunday' against")
    extract.set_defaults(handler=cmd_extract)
    return parser


# --- running -------------------------------------------------------------------------------------------


def cmd_up(_args: argparse.Namespace) -> int:
    from service.config import Settings
    from service.supervisor import Supervisor

    return Supervisor(Settings.from_env()).run()


def cmd_api(_args: argparse.Namespace) -> int:
    from service.config import Settings
    from service.supervisor import exec_api

    exec_api(Settings.from_env())
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from service.config import Settings
    from service.supervisor import exec_worker

    exec_worker(Settings.from_env(), beat=args.beat)
    return 0


def cmd_beat(_args: argparse.Namespace) -> int:
    from service.config import Settings
    from service.supervisor import exec_beat

    exec_beat(Settings.from_env())
    return 0


# --- client commands -----------------------------------------------------------------------------------


def _article_payload(path: Path, source: str | None) -> dict[str, Any]:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        payload: dict[str, Any] = json.loads(raw)
        payload.setdefault("source", source or path.name)
        return payload
    return {"text": raw, "source": source or path.name}


def cmd_submit(args: argparse.Namespace) -> int:
    import requests

    failures = 0
    ids: list[str] = []
    for path in args.files:
        response = requests.post(f"{args.api}/v1/articles", json=_article_payload(path, args.source), timeout=30)
        if response.status_code == 202:
            body = response.json()
            ids.append(body["id"])
            print(f"{path}\t{body['id']}\t{body['status']}{'  (duplicate)' if body['duplicate'] else ''}")
        else:
            failures += 1
            print(f"{path}\terror {response.status_code}: {response.text}", file=sys.stderr)
    if args.wait:
        for article_id in ids:
            status = _wait_done(args.api, article_id)
            print(f"{article_id}\t{status}")
    return 1 if failures else 0


def _wait_done(api: str, article_id: str, timeout: float = 120) -> str:
    import requests

    deadline = time.monotonic() + timeout
    status = "queued"
    while time.monotonic() < deadline:
        status = requests.get(f"{api}/v1/articles/{article_id}", timeout=10).json()["status"]
        if status in ("done", "failed"):
            break
        time.sleep(0.3)
    return str(status)


def iter_events(api: str, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
    import requests

    cursor = None
    while True:
        query = {**params, "limit": 100, **({"cursor": cursor} if cursor else {})}
        response = requests.get(f"{api}/v1/reconciliation", params=query, timeout=30)
        response.raise_for_status()
        page = response.json()
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
    events = list(iter_events(args.api, params))
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
    from service.config import Settings
    from store.apikeys import ApiKeyStore
    from store.repository import RedisStore

    settings = Settings.from_env()
    store = RedisStore.from_url(settings.effective_redis_url(), settings.key_prefix)
    return ApiKeyStore(store.r, store.keys)


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


def cmd_extract(args: argparse.Namespace) -> int:
    from core.extract import extract
    from core.models import ArticleInput
    from store.codec import claim_to_dict

    published = datetime.fromisoformat(args.published_at) if args.published_at else None
    for name in args.files:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
        result = extract(ArticleInput(text=text, published_at=published))
        for claim in result.claims:
            print(json.dumps({"file": name, **claim_to_dict(claim)}, ensure_ascii=False))
        for warning in result.warnings:
            print(json.dumps({"file": name, "warning": warning}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
