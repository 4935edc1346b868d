"""The Celery adapter: the app, its configuration and the (thin) tasks."""
