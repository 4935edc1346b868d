"""The Celery application.

Run a worker with `factrecon worker` or `celery -A workers.celery_app:app worker`. Creating the app reads
settings from the environment but connects to nothing until a worker starts or a task is sent.

Delivery guarantees (see ../shared/notes/platform-facts.md): tasks are acknowledged only after they finish
(`acks_late`), a task whose pool child dies is requeued (`task_reject_on_worker_lost`), each worker
prefetches one message, and the broker redelivers unacknowledged messages after `visibility_timeout` if a
whole worker dies. Results are not stored: the article's state lives in our own Redis records.
"""

from __future__ import annotations

from celery import Celery

from service.config import Settings
from store.keys import Keys

PROCESS_ARTICLE = "factrecon.process_article"
SWEEP_STUCK = "factrecon.sweep_stuck"


def create_celery_app(settings: Settings | None = None) -> Celery:
    settings = settings or Settings.from_env()
    keys = Keys(settings.key_prefix)
    app = Celery("factrecon", broker=settings.effective_redis_url(), include=["workers.tasks"])
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_acks_on_failure_or_timeout=True,
        worker_prefetch_multiplier=1,
        task_ignore_result=True,
        result_backend=None,
        task_default_queue=keys.celery_queue,
        task_serializer="json",
        accept_content=["json"],
        broker_transport_options={"visibility_timeout": settings.visibility_timeout},
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        task_time_limit=120,
        task_soft_time_limit=100,
        beat_schedule={
            "sweep-stuck-articles": {"task": SWEEP_STUCK, "schedule": max(10.0, settings.stuck_after_seconds / 2)},
        },
    )
    app.conf.factrecon_settings = settings
    return app


app = create_celery_app()
