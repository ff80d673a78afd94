"""Merge OpenAPI fragments into one document, cut a component schema out as a standalone JSON Schema, and
rewrite a document into the forms client generators read (``generator_friendly``).

``python -m tools.openapi FRAGMENT...`` prints the merged document. Paths (per method), webhooks and
components (per name) are de-duplicated; the same entry with different content in two fragments is a
``MergeConflict``, never a silent overwrite, and so is any other top-level field that differs.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from hirehooks._walk import branches, rebuild

COMPONENT_REF = "#/components/schemas/"
# How deep entries nest before they are compared whole: paths/{path}/{method}, webhooks/{name},
# components/{section}/{name}.
ENTRY_DEPTH = {"paths": 2, "webhooks": 1, "components": 2}


class MergeConflict(ValueError):
    """Two fragments define the same entry differently."""


def _merge_entries(
    into: dict[str, Any], entries: dict[str, Any], depth: int, where: str, source: str
) -> None:
    for name, entry in entries.items():
        if depth > 1 and isinstance(into.get(name), dict):
            _merge_entries(into[name], entry, depth - 1, f"{where}/{name}", source)
        elif name in into and into[name] != entry:
            raise MergeConflict(f"{where}/{name}: {source} differs from an earlier fragment")
        else:
            into[name] = copy.deepcopy(entry)


def merge(fragments: Iterable[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """One document from ``(source name, document)`` pairs, in order."""
    merged: dict[str, Any] = {}
    for source, fragment in fragments:
        for key, value in fragment.items():
            if key in ENTRY_DEPTH:
                _merge_entries(merged.setdefault(key, {}), value, ENTRY_DEPTH[key], key, source)
            elif key == "tags":
                tags = {tag["name"]: tag for tag in merged.get("tags", [])}
                _merge_entries(tags, {tag["name"]: tag for tag in value}, 1, "tags", source)
                merged["tags"] = list(tags.values())
            elif key in merged and merged[key] != value:
                raise MergeConflict(f"{key}: {source} differs from an earlier fragment")
            else:
                merged[key] = copy.deepcopy(value)
    return merged


def snake_case(name: str) -> str:
    """``ListResponse_WebhookResponse_`` -> ``list_response_webhook_response``,
    ``APIError`` -> ``api_error``."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return re.sub(r"[^a-z0-9]+", "_", spaced.lower()).strip("_")


def _component_refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        own = (
            {node["$ref"].removeprefix(COMPONENT_REF)}
            if str(node.get("$ref", "")).startswith(COMPONENT_REF)
            else set()
        )
        return own.union(*(_component_refs(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_component_refs(item) for item in node))
    return set()


def _to_defs(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            key: value.replace(COMPONENT_REF, "#/$defs/", 1) if key == "$ref" else _to_defs(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_to_defs(item) for item in node]
    return node


def component_schema(document: dict[str, Any], name: str, uri: str) -> dict[str, Any]:
    """Component ``name`` as a draft 2020-12 document
    with ``$id`` ``uri``, what it refers to in ``$defs``."""
    components = document["components"]["schemas"]
    needed: set[str] = set()
    pending = [name]
    while pending:
        for found in _component_refs(components[pending.pop()]) - needed:
            needed.add(found)
            pending.append(found)
    standalone = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": uri,
        **_to_defs(components[name]),
    }
    if needed:
        standalone["$defs"] = {found: _to_defs(components[found]) for found in sorted(needed)}
    return standalone


NULL = {"type": "null"}


def _is_nullable_object(schema: dict[str, Any]) -> bool:
    types = schema.get("type")
    return isinstance(types, list) and "null" in types and "object" in types


def _without_null(schema: dict[str, Any]) -> dict[str, Any]:
    types = [kind for kind in schema["type"] if kind != "null"]
    return {**schema, "type": types[0] if len(types) == 1 else types}


def _or_null(reference: dict[str, Any]) -> dict[str, Any]:
    """``{$ref, description?}`` as ``anyOf: [{$ref}, {type: null}]``; the description stays beside it."""
    rest = {key: value for key, value in reference.items() if key != "$ref"}
    return {"anyOf": [{"$ref": reference["$ref"]}, NULL], **rest}


def _whole_alternatives(schema: dict[str, Any]) -> dict[str, Any]:
    """An object that needs one of several ``required`` lists ("a or b or both") as a union of whole
    object schemas, one per list (null a branch of its own where the object is nullable): the same
    bodies, but each branch is a class a generator can name instead of an ``Any``."""
    alternatives = schema.get("anyOf", ())
    if not alternatives or any(set(branch) - {"title", "description", "required"} for branch in alternatives):
        return schema
    nullable = _is_nullable_object(schema)
    whole = [_without_null(branch) if nullable else branch for branch in branches(schema, schema)]
    named: dict[str, Any] = {key: schema[key] for key in ("title", "description") if key in schema}
    return {"anyOf": [*whole, *([NULL] if nullable else [])], **named}


def _wrap_references(node: Any, nullable: set[str]) -> Any:
    if isinstance(node, list):
        return [_wrap_references(item, nullable) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _wrap_references(value, nullable) for key, value in node.items()}
    return _or_null(out) if out.get("$ref") in nullable else out


def generator_friendly(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` describing the same bodies in the forms client generators read (decision D50).

    openapi-python-client makes an ``X_type_0`` class of a nullable object (``type: [object, null]``)
    and then clashes over the names of the objects inside it. So every object schema with a ``title``
    and ``properties`` becomes a component of that name, referred to where it was; a nullable object's
    component loses the ``null`` of its ``type``, and every reference to it becomes
    ``anyOf: [{$ref}, {type: null}]``. A title naming two different objects is a ``ValueError``.
    """
    out = copy.deepcopy(document)
    components: dict[str, Any] = out.get("components", {}).get("schemas", {})
    lifted: dict[str, Any] = {}

    def lift(schema: dict[str, Any]) -> dict[str, Any]:
        if not ("title" in schema and "properties" in schema):
            return schema
        title = schema["title"]
        if lifted.setdefault(title, schema) != schema or title in components:
            raise ValueError(f"title {title!r} names two different objects")
        described = {"description": schema["description"]} if "description" in schema else {}
        return {"$ref": COMPONENT_REF + title, **described}

    def friendly(schema: dict[str, Any]) -> dict[str, Any]:
        split = _whole_alternatives(schema)
        if split is not schema:
            split["anyOf"] = [lift(branch) for branch in split["anyOf"]]
        return lift(split)

    for name, schema in list(components.items()):
        # A component is named already: only what is inside it is lifted (its title goes back after).
        inside = rebuild({key: value for key, value in schema.items() if key != "title"}, friendly)
        components[name] = {**inside, **({"title": schema["title"]} if "title" in schema else {})}
    components.update(lifted)
    nullable = {name for name, schema in components.items() if _is_nullable_object(schema)}
    for name in nullable:
        components[name] = _without_null(components[name])
    wrapped: dict[str, Any] = _wrap_references(out, {COMPONENT_REF + name for name in nullable})
    return wrapped


def main(paths: list[str]) -> int:
    merged = merge((path, json.loads(Path(path).read_text())) for path in paths)
    print(json.dumps(merged, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
