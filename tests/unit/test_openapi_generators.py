"""The published OpenAPI documents with common generators: openapi-spec-validator accepts each, and
openapi-python-client generates a client from each without a warning whose models round-trip every stored
example (decisions D50, D51); the generator-friendly forms describe the same bodies as the schemas.

The near misses come from ``hirehooks.testing._mutations``: the public ``invalid_payloads`` is a
Hypothesis strategy, and this test needs every near miss of every example, each once.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import jsonschema_rs
import pytest
import yaml
from openapi_spec_validator import validate as validate_spec

import hirehooks
from hirehooks.testing._mutations import mutations

ROOT = Path(__file__).parents[2]
VENDORS = hirehooks.vendors()
COMPONENT_REF = "#/components/schemas/"


def _component(document: dict[str, Any], name: str) -> str:
    """The component that publishes ``name``'s schema: the one with its title."""
    title = hirehooks.schema(name)["title"]
    components: dict[str, dict[str, Any]] = document["components"]["schemas"]
    (found,) = [key for key, schema in components.items() if schema.get("title") == title]
    return found


def _names(vendor: str) -> list[str]:
    return [name for name in hirehooks.names() if name.split(".")[0] == vendor]


class Client(NamedTuple):
    vendor: str
    run: subprocess.CompletedProcess[str]
    output: Path
    models: ModuleType


@pytest.fixture(scope="session", params=VENDORS)
def client(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Client]:
    """One generation per vendor, of the document ``hirehooks openapi VENDOR`` prints (a local file)."""
    vendor: str = request.param
    folder = tmp_path_factory.mktemp(f"openapi-{vendor}")
    source = folder / f"{vendor}.openapi.json"
    source.write_text(json.dumps(hirehooks.openapi(vendor)))
    package = f"client_{vendor}"
    output = folder / package
    # The venv's bin first: the generator's own post-hooks run ruff, as they would for a user.
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    command = [str(Path(sys.executable).parent / "openapi-python-client"), "generate", "--meta", "none"]
    run = subprocess.run(
        [*command, "--path", str(source), "--output-path", str(output)],
        capture_output=True,
        text=True,
        env=environment,
        cwd=folder,
    )
    sys.path.insert(0, str(folder))
    try:
        models = importlib.import_module(f"{package}.models") if run.returncode == 0 else ModuleType("none")
        yield Client(vendor, run, output, models)
    finally:
        sys.path.remove(str(folder))
        for module in [module for module in sys.modules if module.split(".")[0] == package]:
            del sys.modules[module]


def _model_class(client: Client, document: dict[str, Any], component: str) -> Any:
    """The client's class for ``component``; for an array component, its items' class (the generator
    makes no class of a list)."""
    schema = document["components"]["schemas"][component]
    if schema.get("type") == "array":
        component = schema["items"]["$ref"].removeprefix(COMPONENT_REF)
    wanted = re.sub(r"[^0-9a-z]", "", component.lower())
    (found,) = [name for name in client.models.__all__ if name.lower() == wanted]
    return getattr(client.models, found)


@pytest.mark.parametrize("vendor", VENDORS)
def test_openapi_spec_validator_accepts_the_published_document(vendor: str) -> None:
    validate_spec(hirehooks.openapi(vendor))  # raises on any violation of the OpenAPI 3.1 schema


def test_openapi_python_client_generates_the_client_without_a_warning(client: Client) -> None:
    assert client.run.returncode == 0, client.run.stdout + client.run.stderr
    assert client.run.stdout.strip() == f"Generating {client.output}"
    assert client.run.stderr == ""


def test_generated_client_models_round_trip_every_stored_example(client: Client) -> None:
    document = hirehooks.openapi(client.vendor)
    checked = 0
    for name in _names(client.vendor):
        model = _model_class(client, document, _component(document, name))
        for file, example in hirehooks.examples(name).items():
            items = example if isinstance(example, list) else [example]
            assert [model.from_dict(item).to_dict() for item in items] == items, file
            checked += 1
    assert checked == sum(len(hirehooks.examples(name)) for name in _names(client.vendor)) > 0


@pytest.mark.parametrize("vendor", VENDORS)
def test_published_component_agrees_with_the_schema_on_examples_and_near_misses(vendor: str) -> None:
    # Every example and every near miss of it: the published form (D50) and the schema agree on each.
    document = hirehooks.openapi(vendor)
    for name in _names(vendor):
        published = jsonschema_rs.validator_for(
            {
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "$ref": COMPONENT_REF + _component(document, name),
                "components": document["components"],
            }
        )
        for file, example in hirehooks.examples(name).items():
            assert published.is_valid(example), file
            for miss in mutations(hirehooks.schema(name), example):
                assert not published.is_valid(miss.body), (file, miss.path, miss.kind)
                assert hirehooks.validate(name, miss.body) != []


def test_instaview_document_has_paths_but_no_endpoint() -> None:
    # Decision D51: the Create Webhook page gives the method, not the path or host.
    document = hirehooks.openapi("instaview")
    assert document["paths"] == {}
    assert "servers" not in document
    assert set(document["components"]["requestBodies"]) == {"InstaViewCreateWebhook"}
    assert document["security"] == [{"bearer": []}]


def test_redocly_config_lints_every_published_document_and_says_why_for_each_relaxed_rule() -> None:
    # Decision D52: each rule turned off has the reason on the comment lines just above it.
    text = (ROOT / "redocly.yaml").read_text()
    config = yaml.safe_load(text)
    assert {name: api["root"] for name, api in config["apis"].items()} == {
        vendor: f"generated/hirehooks_generated/openapi/{vendor}.openapi.json" for vendor in VENDORS
    }
    assert all((ROOT / api["root"]).is_file() for api in config["apis"].values())
    lines = [line.strip() for line in text.splitlines()]
    relaxed = [n for n, line in enumerate(lines) if line.endswith(": off")]
    assert len(relaxed) == 6
    # Rules relaxed together share the comment above the first of them.
    unexplained = [n for n in relaxed if not (lines[n - 1].startswith("#") or n - 1 in relaxed)]
    assert unexplained == []
