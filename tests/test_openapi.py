"""openapi.yaml is generated from the schemas, valid OpenAPI 3.1, and never stale."""

from __future__ import annotations

from pathlib import Path

import yaml
from apispec.yaml_utils import dict_to_yaml
from openapi_spec_validator import validate

from service.app import create_app
from settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def current_spec() -> dict:  # type: ignore[type-arg]
    app = create_app({"FACTRECON_SETTINGS": Settings(redis_url="redis://127.0.0.1:1/0")})
    spec: dict = app.test_client().get("/openapi.json").get_json()  # type: ignore[type-arg]
    return spec


def test_committed_spec_is_current() -> None:
    committed = (ROOT / "openapi.yaml").read_text()
    assert yaml.safe_load(committed) == yaml.safe_load(dict_to_yaml(current_spec())), (
        "openapi.yaml is stale: run `make openapi` and commit the result"
    )


def test_spec_is_valid_openapi_31() -> None:
    spec = current_spec()
    assert spec["openapi"] == "3.1.0"
    validate(spec)


def test_operation_ids_are_stable_and_unique() -> None:
    spec = current_spec()
    ids = [op["operationId"] for path in spec["paths"].values() for op in path.values() if "operationId" in op]
    assert len(ids) == len(set(ids))
    assert {"submitArticle", "getArticle", "listReconciliation", "getEvent"} <= set(ids)


def test_every_claim_field_is_documented() -> None:
    claim = current_spec()["components"]["schemas"]["Claim"]
    wanted = {"id", "article_id", "metric", "value", "low", "high", "qualifier", "subject", "role", "location",
              "incident_date", "attribution", "quote", "start", "end"}
    assert wanted <= set(claim["properties"])
    for name in wanted:
        assert claim["properties"][name].get("description") or name in ("id", "article_id"), name


def test_errors_are_documented_as_problem_json() -> None:
    spec = current_spec()
    post = spec["paths"]["/v1/articles"]["post"]
    assert "application/problem+json" in post["responses"]["422"]["content"]
