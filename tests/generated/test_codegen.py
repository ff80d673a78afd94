"""Generate-and-run: the generator pipeline on small inline schemas, and the build's determinism."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from referencing.exceptions import Unresolvable

from hirehooks._codegen import codegen_input, write_models
from tests.conftest import load_module
from tools.bundle import BASE_URI, bundle, load_registry
from tools.generate import differences, out_of_date

INLINE = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://hirehooks.invalid/schemas/test/inline.schema.json",
    "title": "Inline",
    "type": "object",
    "required": ["count", "amount", "ratio", "maybe", "kind", "child", "anything"],
    "properties": {
        "count": {"type": "integer"},
        "amount": {"type": "number"},
        "ratio": {"type": "number", "minimum": 0, "maximum": 1},
        "maybe": {"type": ["string", "null"]},
        "kind": {"type": "string", "enum": ["get", "post"]},
        "child": {"title": "Child", "type": ["object", "null"], "properties": {"x": {"type": "boolean"}}},
        "anything": {},
        "optional_text": {"type": "string"},
        "always": {"const": True},
        "never": {"const": False},
    },
}
VALID = {
    "count": 1,
    "amount": 78,
    "ratio": 0.5,
    "maybe": None,
    "kind": "get",
    "child": {"x": True},
    "anything": 1,
}


@pytest.fixture(scope="module")
def inline(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The inline schema's modules with unknown fields kept ("lenient") and refused ("strict"), generated
    once by the one driver."""
    modules = {}
    for side, extra_fields in (("lenient", "allow"), ("strict", "forbid")):
        (path,) = write_models(
            tmp_path_factory.mktemp(side), {"test.inline": INLINE}, extra_fields=extra_fields
        )
        modules[side] = load_module(path, f"inline_{side}")
    return modules


def test_classes_are_named_by_schema_titles(inline: dict[str, Any]) -> None:
    module = inline["lenient"]
    assert {"Inline", "Child"} <= set(vars(module))
    assert not any(name.startswith("Model") for name in vars(module))


def test_numbers_keep_the_senders_int_or_float(inline: dict[str, Any]) -> None:
    model = inline["lenient"].Inline
    assert model.model_validate(VALID).model_dump(mode="json")["amount"] == 78
    assert json.dumps(model.model_validate(VALID).model_dump(mode="json")["amount"]) == "78"
    assert model.model_validate({**VALID, "amount": 78.5}).amount == 78.5


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("always", 1),  # pydantic's Literal[True] alone takes 1 (1 == True): decision D31
        ("always", 1.0),
        ("always", False),
        ("never", 0),
        ("never", 0.0),
        ("never", True),
        ("count", "78"),  # pydantic's lax mode would take this
        ("count", True),
        ("count", 1.5),
        ("amount", "78"),
        ("ratio", 1.01),
        ("ratio", -0.1),
        ("kind", "put"),
        ("maybe", 5),
        ("child", "x"),
        ("optional_text", None),  # optional but not nullable: absent is fine, null is not
    ],
)
def test_models_reject_what_the_schema_rejects(inline: dict[str, Any], field: str, value: Any) -> None:
    for module in inline.values():
        with pytest.raises(ValidationError):
            module.Inline.model_validate({**VALID, field: value})


def test_optional_fields_are_missing_not_none(inline: dict[str, Any]) -> None:
    parsed = inline["lenient"].Inline.model_validate(VALID)
    assert "optional_text" not in parsed.model_dump()
    assert inline["lenient"].Inline.model_validate({**VALID, "optional_text": "t"}).optional_text == "t"


def test_nullable_fields_take_null(inline: dict[str, Any]) -> None:
    parsed = inline["lenient"].Inline.model_validate({**VALID, "child": None, "anything": None})
    assert parsed.child is None and parsed.anything is None


def test_lenient_keeps_unknown_fields_and_strict_rejects_them(inline: dict[str, Any]) -> None:
    body = {**VALID, "new": 1, "child": {"x": True, "deeper": [1]}}
    assert inline["lenient"].Inline.model_validate(body).model_dump(mode="json") == body
    with pytest.raises(ValidationError):
        inline["strict"].Inline.model_validate(body)


def test_codegen_input_widens_numbers_and_keeps_only_class_naming_titles() -> None:
    schema = {
        "title": "Root",
        "type": "array",
        "items": {
            "title": "Item",
            "type": "object",
            "properties": {
                "a": {"title": "A", "type": ["number", "null"]},
                "b": {"title": "B", "type": "integer"},
                "title": {"type": "string"},  # a property named "title" is not a title
            },
            "anyOf": [{"title": "WithA", "required": ["a"]}],
        },
    }
    assert codegen_input(schema) == {
        "title": "Root",
        "type": "array",
        "items": {
            "title": "Item",
            "type": "object",
            "properties": {
                "a": {"type": ["integer", "number", "null"]},
                "b": {"type": "integer"},
                "title": {"type": "string"},
            },
            "anyOf": [{"title": "WithA", "required": ["a"]}],
        },
    }


def _write(root: Path, name: str, document: dict[str, Any]) -> None:
    (root / name).write_text(
        json.dumps(
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": BASE_URI + name, **document}
        )
    )


def test_bundle_inlines_each_referenced_file_once_under_its_title(tmp_path: Path) -> None:
    _write(tmp_path, "leaf.schema.json", {"title": "Leaf", "type": "string"})
    top = {
        "title": "Top",
        "properties": {"a": {"$ref": "leaf.schema.json"}, "b": {"items": {"$ref": "leaf.schema.json"}}},
    }
    _write(tmp_path, "top.schema.json", top)
    bundled = bundle(BASE_URI + "top.schema.json", load_registry(tmp_path))
    assert bundled["properties"] == {"a": {"$ref": "#/$defs/Leaf"}, "b": {"items": {"$ref": "#/$defs/Leaf"}}}
    assert bundled["$defs"] == {"Leaf": {"title": "Leaf", "type": "string"}}


def test_bundle_into_openapi_components_keeps_internal_references(tmp_path: Path) -> None:
    _write(tmp_path, "leaf.schema.json", {"title": "Leaf", "type": "string"})
    (tmp_path / "openapi.json").write_text(
        json.dumps(
            {
                "paths": {"/x": {"get": {"responses": {"200": {"$ref": "#/components/responses/Ok"}}}}},
                "components": {
                    "responses": {"Ok": {"content": {"a/json": {"schema": {"$ref": "leaf.schema.json"}}}}}
                },
            }
        )
    )
    bundled = bundle(BASE_URI + "openapi.json", load_registry(tmp_path), into=("components", "schemas"))
    assert bundled["paths"]["/x"]["get"]["responses"]["200"] == {"$ref": "#/components/responses/Ok"}
    assert bundled["components"]["responses"]["Ok"]["content"]["a/json"]["schema"] == {
        "$ref": "#/components/schemas/Leaf"
    }
    assert bundled["components"]["schemas"] == {"Leaf": {"title": "Leaf", "type": "string"}}


def test_bundle_refuses_two_files_with_one_title(tmp_path: Path) -> None:
    for name in ("a", "b"):
        _write(tmp_path, f"{name}.schema.json", {"title": "Same"})
    _write(
        tmp_path,
        "top.schema.json",
        {"title": "Top", "anyOf": [{"$ref": "a.schema.json"}, {"$ref": "b.schema.json"}]},
    )
    with pytest.raises(ValueError, match="title 'Same'"):
        bundle(BASE_URI + "top.schema.json", load_registry(tmp_path))


def test_bundle_fetches_nothing_for_an_unknown_reference(tmp_path: Path) -> None:
    _write(tmp_path, "top.schema.json", {"title": "Top", "$ref": "elsewhere.json"})
    with pytest.raises(Unresolvable):
        bundle(BASE_URI + "top.schema.json", load_registry(tmp_path))


def test_registry_refuses_a_schema_whose_id_is_not_its_path(tmp_path: Path) -> None:
    (tmp_path / "a.schema.json").write_text(json.dumps({"$id": BASE_URI + "b.schema.json", "title": "A"}))
    with pytest.raises(ValueError, match="must be"):
        load_registry(tmp_path)


def test_a_fresh_build_matches_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    # The drift check of `make test` (generated/, hirehooks/models/, hirehooks/_names.py): built elsewhere
    # (a temporary directory), so output that depended on where it is written would show here too.
    assert out_of_date(tmp_path) == [], "generated files are out of date: run `make generate`"


def test_differences_reports_changed_and_missing_files(tmp_path: Path) -> None:
    for side in ("one", "two"):
        (tmp_path / side / "sub").mkdir(parents=True)
        (tmp_path / side / "sub" / "a.py").write_text("same\n")
    (tmp_path / "one" / "catalog.json").write_text("{}\n")
    (tmp_path / "two" / "sub" / "a.py").write_text("changed\n")
    assert differences(tmp_path / "one", tmp_path / "two") == ["catalog.json", "sub/a.py"]
