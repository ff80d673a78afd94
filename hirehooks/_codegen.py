"""Generate models from the packaged schemas, for a downstream repo that keeps its own in sync.

``hirehooks generate --out DIR`` runs datamodel-code-generator (``pip install "hirehooks[codegen]"``) on
each bundled schema, with the same adjustments hirehooks' own models get (``codegen_input``). The
output mirrors the names: ``heymilo.v1.webhook`` is ``DIR/heymilo/v1/webhook.py``.

``msgspec.Struct`` models do not enforce Xobin's "start and/or submission": msgspec refuses a union of
Structs that is not tagged, so that one rule is left out of them (decision D18).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from hirehooks._catalog import bundled_schema, entry, names
from hirehooks._walk import rebuild

MODEL_TYPES = ("pydantic_v2.BaseModel", "dataclasses.dataclass", "typing.TypedDict", "msgspec.Struct")
# fmt: off
_COMMON = [
    "--input-file-type", "jsonschema",
    "--target-python-version", "3.11",
    "--use-title-as-name",
    "--disable-timestamp",
    "--use-double-quotes",
    "--use-union-operator",
    "--enum-field-as-literal", "all",
    "--formatters", "builtin",
    "--use-schema-description",
]
# pydantic models get what hirehooks' own have: strict JSON types, constraints, unknown fields kept,
# optional fields missing rather than None.
_PYDANTIC = [
    "--use-annotated",
    "--field-constraints",
    "--strict-types", "str", "int", "float", "bool",
    "--extra-fields", "allow",
    "--use-missing-sentinel",
    "--strict-nullable",
    "--target-pydantic-version", "2.14",
]
# fmt: on


def class_name(title: str) -> str:
    """The class a title names, as the generator spells it: ``ListResponse[X]`` -> ``ListResponseX``."""
    return re.sub(r"\W", "", title)


def _for_codegen(schema: dict[str, Any]) -> dict[str, Any]:
    """Two adjustments to what datamodel-codegen sees (the published schema keeps the vendor's text).

    A JSON ``number`` becomes ``integer | number``, so a model keeps the sender's ``78`` an int: a plain
    ``float`` field would dump it as ``78.0``. A ``title`` stays only where it names a class (an object's
    properties, or an ``anyOf`` branch's ``required``): vendor titles on plain fields ("Posting Id")
    would otherwise become wrapper classes.
    """
    out = dict(schema)
    types = schema.get("type")
    if types == "number" or (isinstance(types, list) and "number" in types and "integer" not in types):
        listed = [types] if isinstance(types, str) else types
        out["type"] = [t for kind in listed for t in (("integer", "number") if kind == "number" else (kind,))]
    if "properties" not in schema and "required" not in schema:
        out.pop("title", None)
    return out


def codegen_input(schema: dict[str, Any]) -> dict[str, Any]:
    adjusted: dict[str, Any] = rebuild(schema, _for_codegen)
    adjusted["title"] = schema["title"]  # the root's title names the model, whatever its type
    return adjusted


def _without_required_alternatives(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` without an ``anyOf`` whose branches only list ``required`` fields ("a or b or both")."""
    alternatives = schema.get("anyOf", [])
    if alternatives and all(set(branch) <= {"title", "description", "required"} for branch in alternatives):
        return {key: value for key, value in schema.items() if key != "anyOf"}
    return schema


def _run(name: str, target: Path, model_type: str, scratch: Path) -> None:
    source = scratch / f"{name}.json"
    schema = codegen_input(bundled_schema(name))
    if model_type == "typing.TypedDict":  # a TypedDict has no defaults: a defaulted key may be absent
        schema = rebuild(schema, lambda sub: {key: value for key, value in sub.items() if key != "default"})
    if model_type == "msgspec.Struct":  # msgspec refuses untagged unions: keep the object, drop the rule
        schema = rebuild(schema, _without_required_alternatives)
    source.write_text(json.dumps(schema))
    options = [*_COMMON, *(_PYDANTIC if model_type.startswith("pydantic") else [])]
    command = [
        sys.executable,
        "-m",
        "datamodel_code_generator",
        "--input",
        str(source),
        "--output",
        str(target),
    ]
    command += ["--output-model-type", model_type, "--class-name", class_name(bundled_schema(name)["title"])]
    # Run from the scratch directory: no pyproject.toml of the caller's changes what is generated.
    subprocess.run([*command, *options], check=True, capture_output=True, text=True, cwd=scratch)


def generate(out: Path, *, model_type: str = MODEL_TYPES[0], only: Iterable[str] = ()) -> list[Path]:
    """Write one module per name (all names unless ``only``) into ``out``; return their paths.

    Raises ``subprocess.CalledProcessError`` (with the generator's ``stderr``) if a run fails.
    """
    if model_type not in MODEL_TYPES:
        raise ValueError(f"model type must be one of {', '.join(MODEL_TYPES)}")
    out = out.resolve()  # the generator runs in a scratch directory
    chosen = list(only) or names()
    for name in chosen:
        entry(name)  # an unknown name fails before anything is written
    targets = []
    for name in chosen:
        *package, module = name.split(".")
        for level in range(1, len(package) + 1):
            out.joinpath(*package[:level]).mkdir(parents=True, exist_ok=True)
            out.joinpath(*package[:level], "__init__.py").touch()
        targets.append(out.joinpath(*package, f"{module}.py"))
    # One generator process per module: independent runs, so they share the cores.
    with tempfile.TemporaryDirectory() as scratch, ThreadPoolExecutor(os.cpu_count()) as pool:
        runs = [
            pool.submit(_run, name, target, model_type, Path(scratch))
            for name, target in zip(chosen, targets, strict=True)
        ]
        for run in runs:
            run.result()
    return targets
