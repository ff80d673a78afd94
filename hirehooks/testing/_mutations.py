"""Near-miss invalid payloads derived from a valid one (the walk itself is ``hirehooks._walk.positions``).

Only the keywords the hirehooks schemas use are understood (the compiler refuses schemas with other
subschema keywords): ``$ref``, ``type``, ``properties``, ``required``, ``items``, ``minimum``/``maximum``,
``minLength``/``maxLength``, ``minItems``/``maxItems``, ``pattern``, ``const``, ``enum``, and
``oneOf``/``anyOf`` (branches that are objects of their own, or that only add ``required``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from hirehooks._walk import Path, allowed_types, positions, replaced

SAMPLES: dict[str, Any] = {
    "null": None,
    "boolean": True,
    "integer": 7,
    "number": 7.5,
    "string": "7",
    "array": [],
    "object": {},
}
"""One value of each JSON type; 7.5 is a number that no integer field may take."""


class Mutation(NamedTuple):
    kind: str
    path: Path
    body: Any


def nullable_paths(root: dict[str, Any], body: Any) -> list[Path]:
    """Paths of non-null values whose typed schema also admits null."""
    return [
        path
        for path, schema, value in positions(root, body)
        if value is not None and "null" in (allowed_types(schema) or ())
    ]


def _other(value: Any) -> Any:
    """A value of the same JSON type that is not ``value``."""
    return not value if isinstance(value, bool) else f"{value}x" if isinstance(value, str) else "x"


def mutations(root: dict[str, Any], body: Any) -> Iterator[Mutation]:
    """Every near miss: each typed value given each JSON type its schema forbids (null included); each
    required property dropped (all alternatives at once for ``anyOf`` of ``required``); each bound,
    length, item count, pattern, ``const`` and ``enum`` broken."""
    for path, schema, value in positions(root, body):
        types = allowed_types(schema)
        if path and types is not None:
            for name, sample in SAMPLES.items():
                if name not in types:
                    yield Mutation(f"wrong type {name}", path, replaced(body, path, sample))
        if isinstance(value, dict):
            for name in schema.get("required", []):
                yield Mutation("required dropped", (*path, name), replaced(body, (*path, name)))
            alternatives = [branch.get("required", []) for branch in schema.get("anyOf", ())]
            if alternatives and all(
                set(branch) <= {"title", "description", "required"} for branch in schema["anyOf"]
            ):
                emptied = {k: v for k, v in value.items() if not any(k in names for names in alternatives)}
                yield Mutation("no alternative", path, replaced(body, path, emptied))
        yield from _broken_rules(path, schema, value, body)


def _broken_rules(path: Path, schema: dict[str, Any], value: Any, body: Any) -> Iterator[Mutation]:
    def broken(kind: str, new: Any) -> Mutation:
        return Mutation(kind, path, replaced(body, path, new))

    if "minimum" in schema:
        yield broken("below minimum", schema["minimum"] - 1)
    if "maximum" in schema:
        yield broken("above maximum", schema["maximum"] + 1)
    if "const" in schema:
        yield broken("const changed", _other(schema["const"]))
    if "enum" in schema:
        yield broken("not in enum", "\x00 not listed")
    if isinstance(value, str):
        if "pattern" in schema and re.search(schema["pattern"], "!") is None:
            yield broken("pattern broken", "!")
        if "maxLength" in schema:
            yield broken("too long", value + "x" * (schema["maxLength"] + 1 - len(value)))
        if schema.get("minLength", 0) > 0:
            yield broken("too short", "")
    if isinstance(value, list):
        if "maxItems" in schema and value:
            yield broken("too many items", value + [value[0]] * (schema["maxItems"] + 1 - len(value)))
        if schema.get("minItems", 0) > 0:
            yield broken("too few items", [])
