"""marshmallow schemas: the single source of truth for request validation, responses and openapi.yaml."""
