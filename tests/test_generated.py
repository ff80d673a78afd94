"""The committed generated package: header, names, catalog, bundles."""

from __future__ import annotations

import importlib
import inspect
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

import hirehooks
from hirehooks.catalog import entry
from tests.conftest import EVENTS, EXAMPLES
from tools.bundle import bundle, load_registry
from tools.generate import GENERATED, HEADER


def _values_of(key: str, node: Any) -> list[Any]:
    """Every value stored under ``key`` anywhere in a JSON document."""
    found = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            if key in current:
                found.append(current[key])
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return found


def test_every_generated_module_carries_the_do_not_edit_header() -> None:
    modules = sorted(GENERATED.rglob("*.py"))
    assert len(modules) >= 8
    assert [path for path in modules if not path.read_text().startswith(HEADER)] == []


@pytest.mark.parametrize("event", EVENTS)
@pytest.mark.parametrize("strict", [False, True])
def test_every_model_class_is_named_by_a_schema_title(event: str, strict: bool) -> None:
    module = importlib.import_module(entry(event)["strict_module" if strict else "module"])
    classes = {
        name
        for name, value in vars(module).items()
        if inspect.isclass(value) and issubclass(value, BaseModel)
    }
    assert classes - {"BaseModel"} == {
        t for t in _values_of("title", hirehooks.schema(event)) if isinstance(t, str)
    }


@pytest.mark.parametrize("event", EVENTS)
def test_lenient_models_allow_extras_and_strict_models_forbid_them(event: str) -> None:
    for strict, policy in ((False, "allow"), (True, "forbid")):
        module = importlib.import_module(entry(event)["strict_module" if strict else "module"])
        models = [
            v
            for v in vars(module).values()
            if inspect.isclass(v) and issubclass(v, BaseModel) and v is not BaseModel
        ]
        assert {model.model_config.get("extra") for model in models} == {policy}


@pytest.mark.parametrize("event", EVENTS)
def test_bundled_schema_is_self_contained_and_equals_the_source_bundle(event: str) -> None:
    published = hirehooks.schema(event)
    assert all(ref.startswith("#/$defs/") for ref in _values_of("$ref", published))
    vendor, name = event.split(".")
    source = Path(__file__).parent.parent / "schemas" / vendor / "events" / f"{name}.schema.json"
    assert published == bundle(json.loads(source.read_text())["$id"], load_registry())


def test_source_schemas_and_bundles_judge_the_examples_alike() -> None:
    from jsonschema import Draft202012Validator

    registry = load_registry()
    for event, path in EXAMPLES:
        vendor, name = event.split(".")
        uri = f"https://hirehooks.invalid/schemas/{vendor}/events/{name}.schema.json"
        source = Draft202012Validator(registry.contents(uri), registry=registry)
        body = json.loads(path.read_bytes())
        broken = {**body, "interview_id": 5}
        assert source.is_valid(body) and hirehooks.validate(event, body) == []
        assert not source.is_valid(broken) and hirehooks.validate(event, broken) != []
