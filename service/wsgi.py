"""The WSGI entry point gunicorn runs (`service.wsgi:create()`): the app, with JSON logs on stderr."""

from __future__ import annotations

import gc

from flask import Flask

from core.events import warm_up
from service.app import create_app
from service.logs import configure_logging
from settings import Settings


def create() -> Flask:
    configure_logging(Settings.from_env().log_level)
    app = create_app()
    warm_up()  # load the gazetteer now, not on the first request, then keep it out of the GC's way
    gc.freeze()
    return app
