"""Merge OpenAPI fragments into one document, and cut a component schema out as a standalone JSON Schema.

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


def main(paths: list[str]) -> int:
    merged = merge((path, json.loads(Path(path).read_text())) for path in paths)
    print(json.dumps(merged, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
