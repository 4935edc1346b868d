"""The pure domain of factrecon: extraction, events and reconciliation.

Nothing in this package imports Flask, Celery, Redis or marshmallow (import-linter enforces it), so it can be
used and tested as plain Python.
"""
