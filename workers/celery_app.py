"""The Celery application.

Run a worker with `factrecon worker` or `celery -A workers.celery_app:app worker`. Creating the app reads
settings from the environment but connects to nothing until a worker starts or a task is sent.

Delivery guarantees (see ../shared/notes/platform-facts.md): tasks are acknowledged only after they finish
(`acks_late`), a task whose pool child dies is requeued (`task_reject_on_worker_lost`), each worker
prefetches one message, and the broker redelivers unacknowledged messages after `visibility_timeout` if a
whole worker dies. Results are not stored: the article's state lives in our own Redis records.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import socket
import uuid

from celery import Celery
from celery.signals import beat_embedded_init, setup_logging, worker_init, worker_process_init

from service.logs import configure_logging
from settings import TASK_TIME_LIMIT, Settings
from store.keys import Keys

PROCESS_ARTICLE = "factrecon.process_article"
SWEEP_STUCK = "factrecon.sweep_stuck"
DISPATCH_OUTBOX = "factrecon.webhooks.dispatch"
SWEEP_OUTBOX = "factrecon.webhooks.sweep_outbox"
WEBHOOK_DELIVER = "factrecon.webhooks.deliver"
_REPLY_TO = str(uuid.uuid4())  # Celery's per-process reply address in each message (unused: no results kept)


@worker_init.connect
def _remember_main(**_: object) -> None:
    """Before any fork: the pool children and the embedded beat check they still have this parent."""
    from workers.orphans import remember_main_process

    remember_main_process()


@worker_process_init.connect
def _pool_child_dies_with_main(**_: object) -> None:
    """A pool child is killed when the worker's main process dies (kill -9 included): never an orphan."""
    from workers.orphans import child_dies_with_main

    child_dies_with_main(signal.SIGKILL)


@beat_embedded_init.connect
def _embedded_beat_dies_with_main(**_: object) -> None:
    """`worker -B`: the embedded beat stops (SIGTERM, it saves its schedule) when the worker's main dies."""
    from workers.orphans import child_dies_with_main

    child_dies_with_main(signal.SIGTERM)


@worker_init.connect
def _yield_cpu_to_requests(sender: object = None, **_: object) -> None:
    """The worker (and the pool children it forks) runs at FACTRECON_WORKER_NICE: where API processes share
    the cores, a request is served before the next slice of extraction or grouping (throughput work)."""
    import os

    settings = getattr(getattr(getattr(sender, "app", None), "conf", None), "factrecon_settings", None)
    target = getattr(settings, "worker_nice", 0)
    current = os.nice(0)
    if target > current:
        os.nice(target - current)


@worker_init.connect
def _warm_up(**_: object) -> None:
    """Load the gazetteer and extraction tables once in the parent, then freeze them out of the garbage
    collector's reach: prefork children share the pages, and no full collection walks ~250k objects."""
    import gc

    from core.events import warm_up
    from core.extract import warm_up as warm_up_extraction

    warm_up()
    warm_up_extraction()  # the language model too: loaded here, its ~90 MB are shared by the pool children
    gc.freeze()


@setup_logging.connect
def _json_logs(loglevel: object = None, **_: object) -> None:
    """The worker logs one JSON object per line (service/logs.py) instead of Celery's own format."""
    configure_logging(loglevel if isinstance(loglevel, str | int) and loglevel else "INFO")


def tolerate_kombu_close_race() -> None:
    """Keep the worker alive when the broker connection drops while messages are unacknowledged.

    kombu 5.x, after a connection loss, can still use a channel whose transport has lost its client: closing
    it restores unacked messages, and a deferred reject removes a message from the unacked index, both by
    building a new Redis client from `self.connection.client`, which is None. The AttributeError is not a
    connection error, so Celery calls it unrecoverable and the worker exits (reproduced by
    tests/reliability/test_redis_crash.py). Raising a connection error there instead lets every caller take
    its connection-loss path; nothing is lost, since unacked messages come back through the visibility
    timeout. Idempotent.
    """
    import redis
    from kombu.transport import redis as kombu_redis

    channel = kombu_redis.Channel
    if getattr(channel._connparams, "_factrecon_tolerant", False):
        return
    original = channel._connparams

    def _connparams(self: kombu_redis.Channel, asynchronous: bool = False) -> dict[str, object]:
        if self.connection.client is None:
            raise redis.exceptions.ConnectionError("broker connection already closed")
        params: dict[str, object] = original(self, asynchronous=asynchronous)
        return params

    _connparams._factrecon_tolerant = True  # type: ignore[attr-defined]
    channel._connparams = _connparams  # type: ignore[method-assign]


def create_celery_app(settings: Settings | None = None) -> Celery:
    settings = settings or Settings.from_env()
    tolerate_kombu_close_race()
    keys = Keys(settings.key_prefix)
    include = ["workers.tasks", "workers.webhook_tasks"]
    app = Celery("factrecon", broker=settings.effective_broker_url(), include=include)  # FACTRECON_BROKER_URL
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_acks_on_failure_or_timeout=True,
        worker_prefetch_multiplier=1,
        task_ignore_result=True,
        result_backend=None,
        task_default_queue=keys.celery_queue,
        task_routes={"factrecon.webhooks.*": {"queue": keys.webhook_queue}},
        task_serializer="json",
        accept_content=["json"],
        # kombu scans for unacked messages to redeliver only every interval*throttle s (default 10*10 = 100 s):
        # scan every interval (<= 10 s, shorter for short timeouts) so a dead worker's task comes back soon
        # after visibility_timeout, not up to 100 s later (tests/reliability/test_worker_crash.py).
        # A worker killed while it held the scan's mutex (held for milliseconds, expiring by default after
        # 300 s) would hold every worker's redelivery back that long: expire it after the visibility timeout.
        broker_transport_options={
            "visibility_timeout": settings.visibility_timeout,
            "unacked_restore_interval": max(1, min(10, settings.visibility_timeout // 3)),
            "unacked_restore_throttle": 1,
            "unacked_mutex_expire": max(5, min(300, settings.visibility_timeout)),
        },
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        task_time_limit=TASK_TIME_LIMIT,
        task_soft_time_limit=TASK_TIME_LIMIT - 20,
        beat_schedule={
            "sweep-stuck-articles": {"task": SWEEP_STUCK, "schedule": max(10.0, settings.stuck_after_seconds / 2)},
            "sweep-outbox": {"task": SWEEP_OUTBOX, "schedule": max(1.0, settings.outbox_sweep_seconds / 2)},
        },
    )
    app.conf.factrecon_settings = settings
    return app


app = create_celery_app()


def task_messages(
    task: str, args_list: list[list[object]], queue: str, headers: dict[str, str] | None = None
) -> list[str]:
    """Celery task messages (protocol 2, as kombu's Redis transport stores them on the queue's list), one per
    `args`, built directly: what `send_task` would push for a task with positional args and no options, at a
    small part of its CPU cost (it routes, declares the queue, copies kombu entities, runs signals and reprs on
    every call). tests/integration/test_broker.py checks it against `send_task`'s own message, and workers
    consume it. LPUSH them, in order, on the list named `queue` (priority 0 is the queue name itself)."""
    origin = f"gen{os.getpid()}@{socket.gethostname()}"
    messages: list[str] = []
    for args in args_list:
        task_id = str(uuid.uuid4())
        body = json.dumps([args, {}, {"callbacks": None, "errbacks": None, "chain": None, "chord": None}])
        message = {
            "body": base64.b64encode(body.encode()).decode(),
            "content-encoding": "utf-8",
            "content-type": "application/json",
            "headers": {
                "lang": "py", "task": task, "id": task_id, "shadow": None, "eta": None, "expires": None,
                "group": None, "group_index": None, "retries": 0, "timelimit": [None, None], "root_id": task_id,
                "parent_id": None, "argsrepr": repr(args), "kwargsrepr": "{}", "origin": origin,
                "ignore_result": None, "replaced_task_nesting": 0, "stamped_headers": None, "stamps": {},
                **(headers or {}),
            },
            "properties": {
                "correlation_id": task_id,
                "reply_to": _REPLY_TO,
                "delivery_mode": 2,
                "delivery_info": {"exchange": "", "routing_key": queue},
                "priority": 0,
                "body_encoding": "base64",
                "delivery_tag": str(uuid.uuid4()),
            },
        }  # fmt: skip
        messages.append(json.dumps(message))
    return messages
