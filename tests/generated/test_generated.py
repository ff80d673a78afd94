"""The committed generated package: header, class names, extras policy, bundles, boolean literals."""

from __future__ import annotations

import importlib
import inspect
import json
from typing import Any

import pytest
from pydantic import BaseModel, RootModel

import hirehooks
from hirehooks._catalog import entry
from hirehooks._codegen import OWN_HEADER, class_name, codegen_input
from hirehooks.testing._mutations import mutations
from tests.conftest import EXAMPLES, NAMES
from tools.bundle import BASE_URI, SCHEMAS, load_registry
from tools.generate import GENERATED, RUNTIME, bodies, source_name

SOURCES = {body.name: body.schema for body in bodies()}
# Names whose source is one schema file, with that file's URI.
FILES = {
    source_name(path): BASE_URI + path.relative_to(SCHEMAS).as_posix()
    for path in [*SCHEMAS.glob("*/events/*.schema.json"), *SCHEMAS.glob("*/api/**/*.schema.json")]
}


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


def _models(module: Any) -> list[type[BaseModel]]:
    """The model classes of a generated module: defined there or shared from a sibling module (pydantic
    also files its parametrised generics there, under names such as ``RootModel[list[X]]``)."""
    return [
        value
        for key, value in vars(module).items()
        if key.isidentifier()
        and inspect.isclass(value)
        and issubclass(value, BaseModel)
        and value.__module__.startswith(f"{GENERATED.name}.")
    ]


def test_every_generated_module_carries_the_do_not_edit_header() -> None:
    modules = sorted([*GENERATED.rglob("*.py"), *(RUNTIME / "models").rglob("*.py"), RUNTIME / "_names.py"])
    assert len(modules) > len(NAMES)
    assert [path for path in modules if not path.read_text().startswith(OWN_HEADER + "\n")] == []


def test_one_model_family_no_strict_tree() -> None:
    # Decision D30: parse(strict=True) closes the open models at validation time.
    assert [path for path in GENERATED.rglob("strict") if path.is_dir()] == []
    assert all(set(entry(name)) == {"kind", "schema", "module", "model", "examples"} for name in NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_every_model_class_is_named_by_a_schema_title(name: str) -> None:
    module = importlib.import_module(entry(name)["module"])
    # The titles the generator is given: those that name objects (codegen_input drops the rest).
    given = _values_of("title", codegen_input(hirehooks.schema(name)))
    assert {model.__name__ for model in _models(module)} == {
        class_name(t) for t in given if isinstance(t, str)
    }


@pytest.mark.parametrize("name", NAMES)
def test_a_class_that_is_a_sibling_names_model_is_that_very_class(name: str) -> None:
    # Decision D32: one class for isinstance and type checkers, e.g. the items of a v2 webhook list.
    module = importlib.import_module(entry(name)["module"])
    package = name.rpartition(".")[0]
    siblings = {entry(other)["model"]: other for other in NAMES if other.rpartition(".")[0] == package}
    for model in _models(module):
        if model.__name__ in siblings and siblings[model.__name__] != name:
            sibling = importlib.import_module(entry(siblings[model.__name__])["module"])
            assert model is getattr(sibling, model.__name__), model


def test_shared_classes_are_imported_where_they_repeat() -> None:
    listing = importlib.import_module(entry("heymilo.v2.list_response_webhook_response")["module"])
    single = importlib.import_module(entry("heymilo.v2.webhook_response")["module"])
    assert listing.WebhookResponse is single.WebhookResponse
    body = hirehooks.examples("heymilo.v2.list_response_webhook_response")[
        "list_response_webhook_response.json"
    ]
    parsed = hirehooks.parse("heymilo.v2.list_response_webhook_response", body)
    assert parsed.data and all(isinstance(item, single.WebhookResponse) for item in parsed.data)


@pytest.mark.parametrize("name", NAMES)
def test_models_allow_extras(name: str) -> None:
    module = importlib.import_module(entry(name)["module"])
    keyed = [model for model in _models(module) if not issubclass(model, RootModel)]  # a root has no keys
    assert {model.model_config.get("extra") for model in keyed} == {"allow"}


@pytest.mark.parametrize(
    ("name", "field", "declared", "near"),
    [
        ("hirempire.create_webhook_response", "success", True, [1, 1.0]),
        ("hirempire.error_response", "success", False, [0, 0.0]),
    ],
)
@pytest.mark.parametrize("strict", [False, True])
def test_boolean_literals_refuse_numbers_in_both_modes(
    name: str, field: str, declared: bool, near: list[Any], strict: bool
) -> None:
    # Decision D31: pydantic's Literal[True] alone takes 1, which the schema's const refuses.
    body = next(iter(hirehooks.examples(name).values()))
    assert body[field] is declared and hirehooks.parse(name, body, strict=strict)
    for number in near:
        changed = {**body, field: number}
        assert [problem.path for problem in hirehooks.validate(name, changed, strict=strict)] == [f"/{field}"]
        for given in (changed, json.dumps(changed)):  # the decoded and the raw path of parse
            with pytest.raises(hirehooks.PayloadError) as refused:
                hirehooks.parse(name, given, strict=strict)
            assert [problem.path for problem in refused.value.problems] == [f"/{field}"]


@pytest.mark.parametrize("name", NAMES)
def test_bundled_schema_is_self_contained_and_is_what_the_sources_give(name: str) -> None:
    published = hirehooks.schema(name)
    assert all(ref.startswith("#/$defs/") for ref in _values_of("$ref", published))
    assert published == SOURCES[name]


def test_source_schemas_and_bundles_judge_the_examples_alike() -> None:
    from jsonschema import Draft202012Validator

    registry = load_registry()
    compared = 0
    for name, path in EXAMPLES:
        if name not in FILES:  # the v2 bodies are cut from the vendor's OpenAPI, not from schema files
            continue
        source = Draft202012Validator(registry.contents(FILES[name]), registry=registry)
        body = json.loads(path.read_bytes())
        broken = next(mutations(hirehooks.schema(name), body)).body
        assert source.is_valid(body) and hirehooks.validate(name, body) == []
        assert not source.is_valid(broken) and hirehooks.validate(name, broken) != []
        compared += 1
    assert compared > 30
