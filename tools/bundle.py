"""Bundle a schema and every schema it references into one self-contained document.

Cross-file ``$ref``s are resolved through a ``referencing.Registry`` built from the files on disk (nothing
is fetched) and rewritten to ``#/$defs/<title>``, so tools that resolve no references (datamodel-codegen
on a single file, hypothesis-jsonschema) read the result as is.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def load_registry(root: Path = SCHEMAS) -> Registry[Any]:
    """Every ``*.schema.json`` below ``root``, keyed by its ``$id``."""
    resources = []
    for path in sorted(root.rglob("*.schema.json")):
        resource = Resource.from_contents(json.loads(path.read_text()), default_specification=DRAFT202012)
        uri = resource.id()
        if uri is None:
            raise ValueError(f"{path}: schema has no $id")
        resources.append((uri, resource))
    return Registry().with_resources(resources)


def bundle(uri: str, registry: Registry[Any]) -> dict[str, Any]:
    """The schema at ``uri`` with each referenced file inlined once under ``$defs``, keyed by its title."""
    resolver = registry.resolver()
    root = resolver.lookup(uri)
    defs: dict[str, Any] = {}
    sources: dict[str, str] = {}

    def inline(node: Any, base: Any) -> Any:
        if isinstance(node, list):
            return [inline(item, base) for item in node]
        if not isinstance(node, dict):
            return node
        out = {key: inline(value, base) for key, value in node.items() if key != "$ref"}
        if "$ref" in node:
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
            out = {"$ref": f"#/$defs/{title}", **out}
        return out

    document: dict[str, Any] = inline(root.contents, root.resolver)
    if defs:
        document["$defs"] = {title: defs[title] for title in sorted(defs)}
    return document
