"""The WSGI entry point gunicorn runs (`service.wsgi:create()`): the app, with JSON logs on stderr."""

from __future__ import annotations

from flask import Flask

from service.app import create_app
from service.config import Settings
from service.logs import configure_logging


def create() -> Flask:
    configure_logging(Settings.from_env().log_level)
    return create_app()
