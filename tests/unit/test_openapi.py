"""The OpenAPI side: merging the vendor fragments, and the one published document per vendor."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from referencing import Registry
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

import hirehooks
from tools.bundle import SCHEMAS
from tools.openapi import MergeConflict, generator_friendly, merge, snake_case

V2 = SCHEMAS / "heymilo" / "api" / "v2"
FRAGMENTS = sorted(V2.glob("*.openapi.json"))
DOC = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}}


def _fragment(path: str, method: str, summary: str, component: str = "C") -> dict[str, Any]:
    return {
        **DOC,
        "paths": {path: {method: {"summary": summary}}},
        "components": {"schemas": {component: {"type": "object"}}},
        "tags": [{"name": "Webhooks"}],
    }


def test_fragments_are_the_vendors_text_untouched() -> None:
    recorded = dict(
        re.findall(r"\| `(\S+\.openapi\.json)` \|.*\| `([0-9a-f]{64})` \|", (V2 / "SOURCE.md").read_text())
    )
    assert len(recorded) == len(FRAGMENTS) == 4
    assert {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in FRAGMENTS} == recorded


def test_merging_the_v2_fragments_gives_four_operations_and_ten_components() -> None:
    merged = merge((path.name, json.loads(path.read_text())) for path in FRAGMENTS)
    operations = {(path, method) for path, item in merged["paths"].items() for method in item}
    assert operations == {
        ("/api/v2/webhooks", "get"),
        ("/api/v2/webhooks", "post"),
        ("/api/v2/webhooks/{webhook_id}", "get"),
        ("/api/v2/webhooks/{webhook_id}", "delete"),
    }
    assert len(merged["components"]["schemas"]) == 10
    assert merged["tags"] == [json.loads(FRAGMENTS[0].read_text())["tags"][0]]  # de-duplicated


def test_merge_joins_methods_of_one_path_and_deduplicates_equal_components() -> None:
    merged = merge([("a", _fragment("/w", "get", "list")), ("b", _fragment("/w", "post", "create"))])
    assert merged["paths"] == {"/w": {"get": {"summary": "list"}, "post": {"summary": "create"}}}
    assert merged["components"]["schemas"] == {"C": {"type": "object"}}


@pytest.mark.parametrize(
    ("second", "where"),
    [
        (_fragment("/w", "get", "something else"), "paths//w/get"),
        (
            {**_fragment("/v", "get", "x"), "components": {"schemas": {"C": {"type": "array"}}}},
            "components/schemas/C",
        ),
        ({**_fragment("/v", "get", "x"), "info": {"title": "Other", "version": "1"}}, "info"),
        (
            {**_fragment("/v", "get", "x"), "tags": [{"name": "Webhooks", "description": "new"}]},
            "tags/Webhooks",
        ),
    ],
    ids=["operation", "component", "info", "tag"],
)
def test_merge_refuses_a_conflict_instead_of_overwriting(second: dict[str, Any], where: str) -> None:
    with pytest.raises(MergeConflict) as raised:
        merge([("a.json", _fragment("/w", "get", "list")), ("b.json", second)])
    assert str(raised.value) == f"{where}: b.json differs from an earlier fragment"


def test_merge_command_prints_the_merged_document() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "tools.openapi", *map(str, FRAGMENTS)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(run.stdout)["paths"].keys() == {"/api/v2/webhooks", "/api/v2/webhooks/{webhook_id}"}


@pytest.mark.parametrize(
    ("component", "name"),
    [
        ("ListResponse_WebhookResponse_", "list_response_webhook_response"),
        ("APIErrorResponse", "api_error_response"),
        ("HTTPValidationError", "http_validation_error"),
        ("WebhookResponse", "webhook_response"),
    ],
)
def test_component_names_become_snake_case(component: str, name: str) -> None:
    assert snake_case(component) == name


def _unresolved_refs(document: dict[str, Any]) -> list[str]:
    registry: Registry[Any] = Registry().with_resource("urn:doc", DRAFT202012.create_resource(document))
    resolver = registry.resolver("urn:doc")
    refs = re.findall(r'"\$ref": "([^"]+)"', json.dumps(document))
    unresolved = []
    for ref in refs:
        try:
            resolver.lookup(ref)
        except Unresolvable:
            unresolved.append(ref)
    return unresolved


@pytest.mark.parametrize("vendor", ["heymilo", "hirempire", "instaview", "xobin"])
def test_published_document_is_openapi_31_with_every_reference_inside_it(vendor: str) -> None:
    document = hirehooks.openapi(vendor)
    assert document["openapi"] == "3.1.0" and document["info"]["title"]
    assert _unresolved_refs(document) == []
    assert all(ref.startswith("#/") for ref in re.findall(r'"\$ref": "([^"]+)"', json.dumps(document)))


def test_heymilo_document_has_v1_and_v2_paths_and_the_three_webhooks() -> None:
    document = hirehooks.openapi("heymilo")
    assert set(document["paths"]) == {
        "/api/webhook/create",
        "/api/webhook/fetch/{webhook_id}",
        "/api/webhook/all",
        "/api/webhook/deactivate/{webhook_id}",
        "/api/v2/webhooks",
        "/api/v2/webhooks/{webhook_id}",
    }
    assert document["servers"] == [{"url": "https://api.heymilo.ai", "description": "Production"}]
    assert document["paths"]["/api/webhook/create"]["servers"][0]["url"] == "https://api.heymilo.network"
    assert set(document["webhooks"]) == {"interview_started", "interview_completed", "report_available"}
    schema = document["webhooks"]["report_available"]["post"]["requestBody"]["content"]["application/json"][
        "schema"
    ]
    assert schema == {"$ref": "#/components/schemas/ReportAvailable"}
    components = document["components"]["schemas"]
    report = hirehooks.schema("heymilo.report_available")
    assert components["ReportAvailable"]["required"] == report["required"]


def test_documents_have_webhooks_only_where_the_vendor_documents_payloads() -> None:
    for vendor in hirehooks.vendors():
        webhooks = hirehooks.openapi(vendor).get("webhooks", {})
        assert len(webhooks) == len(hirehooks.events(vendor)), vendor  # one entry per documented payload
    assert hirehooks.openapi("instaview")["paths"] == {}  # the seed gives no path (D51): components only


def test_codegen_reads_the_webhooks_section_of_the_published_document(tmp_path: Path) -> None:
    source = tmp_path / "heymilo.openapi.json"
    source.write_text(json.dumps(hirehooks.openapi("heymilo")))
    output = tmp_path / "models.py"
    command = [
        str(Path(sys.executable).parent / "datamodel-codegen"),
        "--input",
        str(source),
        "--output",
        str(output),
    ]
    options = [
        "--input-file-type",
        "openapi",
        "--openapi-scopes",
        "webhooks",
        "--output-model-type",
        "pydantic_v2.BaseModel",
    ]
    subprocess.run([*command, *options], check=True, cwd=tmp_path, capture_output=True)
    classes = set(re.findall(r"^class (\w+)\(", output.read_text(), re.M))
    assert {"InterviewStarted", "InterviewCompleted", "ReportAvailable"} <= classes


def _document(schemas: dict[str, Any], body: dict[str, Any] | None = None) -> dict[str, Any]:
    request = {"content": {"application/json": {"schema": body or {"$ref": "#/components/schemas/A"}}}}
    return {**DOC, "paths": {"/a": {"post": {"requestBody": request}}}, "components": {"schemas": schemas}}


def test_generator_friendly_form_lifts_titled_objects_and_writes_nullable_ones_as_any_of() -> None:
    # Decision D50: a nullable object is a component without null, and null a branch beside each use.
    inner = {"title": "Inner", "type": ["object", "null"], "properties": {"x": {"type": "string"}}}
    nullable = {"title": "N", "type": ["object", "null"], "properties": {"y": {"type": "integer"}}}
    schemas = {
        "A": {
            "title": "A",
            "type": "object",
            "properties": {"inner": inner, "n": {"$ref": "#/components/schemas/N"}},
        },
        "N": nullable,
    }
    friendly = generator_friendly(_document(schemas, {"$ref": "#/components/schemas/N", "description": "d"}))
    components = friendly["components"]["schemas"]
    assert components["Inner"] == {**inner, "type": "object"}
    assert components["N"] == {**nullable, "type": "object"}
    or_null = [{"$ref": "#/components/schemas/Inner"}, {"type": "null"}]
    assert components["A"]["properties"]["inner"] == {"anyOf": or_null}
    assert components["A"]["properties"]["n"] == {
        "anyOf": [{"$ref": "#/components/schemas/N"}, {"type": "null"}]
    }
    schema = friendly["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert schema == {"anyOf": [{"$ref": "#/components/schemas/N"}, {"type": "null"}], "description": "d"}


def test_generator_friendly_form_writes_required_alternatives_as_whole_objects() -> None:
    # "a or b or both": one whole object per required list, so a generator names each (D50).
    properties = {"a": {"type": "string"}, "b": {"type": "string"}}
    alternatives = [{"title": "WithA", "required": ["a"]}, {"title": "WithB", "required": ["b"]}]
    schemas = {
        "A": {"title": "A", "type": ["object", "null"], "anyOf": alternatives, "properties": properties}
    }
    components = generator_friendly(_document(schemas))["components"]["schemas"]
    assert components["A"] == {
        "anyOf": [
            {"$ref": "#/components/schemas/WithA"},
            {"$ref": "#/components/schemas/WithB"},
            {"type": "null"},
        ],
        "title": "A",
    }
    assert components["WithA"] == {
        "title": "WithA",
        "type": "object",
        "properties": properties,
        "required": ["a"],
    }


def test_generator_friendly_form_refuses_a_title_naming_two_different_objects() -> None:
    one = {"title": "Same", "type": "object", "properties": {"x": {"type": "string"}}}
    other = {"title": "Same", "type": "object", "properties": {"y": {"type": "string"}}}
    schemas = {"A": {"title": "A", "type": "object", "properties": {"one": one, "other": other}}}
    with pytest.raises(ValueError, match="title 'Same' names two different objects"):
        generator_friendly(_document(schemas))
