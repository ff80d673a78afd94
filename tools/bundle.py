"""Bundle a schema (or an OpenAPI skeleton) and every schema file it references into one document.

Cross-file ``$ref``s are resolved through a ``referencing.Registry`` built from the files on disk (nothing
is fetched) and rewritten to point inside the document — ``#/$defs/<title>`` for a schema,
``#/components/schemas/<title>`` for an OpenAPI document — so tools that resolve no references
(datamodel-codegen on a single file, hypothesis-jsonschema) read the result as is. References inside the
document (``#/...``) are left as they are.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
BASE_URI = "https://hirehooks.invalid/schemas/"


def load_registry(root: Path = SCHEMAS) -> Registry[Any]:
    """Every ``*.schema.json`` and ``openapi.json`` below ``root``, under ``BASE_URI`` + its path.

    A schema file's own ``$id`` must be that URI, so relative ``$ref``s mean the same on disk and here.
    """
    resources = []
    for path in sorted([*root.rglob("*.schema.json"), *root.rglob("openapi.json")]):
        uri = BASE_URI + path.relative_to(root).as_posix()
        contents = json.loads(path.read_text())
        if path.name.endswith(".schema.json") and contents.get("$id") != uri:
            raise ValueError(f"{path}: $id must be {uri}")
        resources.append((uri, Resource.from_contents(contents, default_specification=DRAFT202012)))
    return Registry().with_resources(resources)


def bundle(uri: str, registry: Registry[Any], into: tuple[str, ...] = ("$defs",)) -> dict[str, Any]:
    """The document at ``uri`` with each referenced file inlined once, keyed by its title, at ``into``."""
    resolver = registry.resolver()
    root = resolver.lookup(uri)
    defs: dict[str, Any] = {}
    sources: dict[str, str] = {}
    pointer = "#/" + "/".join(into) + "/"

    def inline(node: Any, base: Any) -> Any:
        if isinstance(node, list):
            return [inline(item, base) for item in node]
        if not isinstance(node, dict):
            return node
        out = {key: inline(value, base) for key, value in node.items() if key != "$ref"}
        if "$ref" in node and not node["$ref"].startswith("#"):
            target = base.lookup(node["$ref"])
            if "$id" not in target.contents:
                raise ValueError(
                    f"$ref {node['$ref']!r}: only references to whole schema files are supported"
                )
            title, target_id = target.contents["title"], target.contents["$id"]
            if sources.setdefault(title, target_id) != target_id:
                raise ValueError(f"title {title!r} names both {sources[title]} and {target_id}")
            if title not in defs:
                defs[title] = {}  # placeholder first, so a cycle refers instead of recursing
                body = {k: v for k, v in target.contents.items() if k not in ("$schema", "$id")}
                defs[title] = inline(copy.deepcopy(body), target.resolver)
            out = {"$ref": pointer + title, **out}
        elif "$ref" in node:
            out = {"$ref": node["$ref"], **out}
        return out

    document: dict[str, Any] = inline(root.contents, root.resolver)
    if defs:
        target = document
        for key in into:
            target = target.setdefault(key, {})
        for title in sorted(defs):
            if title in target and target[title] != defs[title]:
                raise ValueError(f"{pointer}{title} is defined both in the document and by a schema file")
            target[title] = defs[title]
    return document
