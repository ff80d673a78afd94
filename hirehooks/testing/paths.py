"""Walk a payload together with its bundled schema, and derive near-miss invalid payloads from it.

Only the keywords the hirehooks schemas use are understood: ``$ref`` into ``$defs``, ``type``,
``properties``, ``required``, ``items``, ``minimum``/``maximum``, ``minLength``/``maxLength``,
``minItems``/``maxItems``, ``pattern``, ``const``, ``enum``, and ``oneOf``/``anyOf`` (branches that are
objects of their own, or that only add ``required``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from jsonschema import Draft202012Validator

Path = tuple[str | int, ...]

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

_DELETE = object()


class Mutation(NamedTuple):
    kind: str
    path: Path
    body: Any


def resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = root["$defs"][schema["$ref"].removeprefix("#/$defs/")]
    return schema


def branches(schema: dict[str, Any], root: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``oneOf``/``anyOf`` branches, each merged with the rest of ``schema`` into one object schema."""
    key = "oneOf" if "oneOf" in schema else "anyOf"
    rest = {name: value for name, value in schema.items() if name != key}
    merged = []
    for branch in (resolve(branch, root) for branch in schema.get(key, ())):
        properties = {**rest.get("properties", {}), **branch.get("properties", {})}
        required = [
            *rest.get("required", ()),
            *(n for n in branch.get("required", ()) if n not in rest.get("required", ())),
        ]
        merged.append({**rest, **branch, "properties": properties, "required": required})
    return merged


def governing(schema: dict[str, Any], body: Any, root: dict[str, Any]) -> dict[str, Any]:
    """The schema that governs ``body``: for a union, the branch that ``body`` is valid against."""
    schema = resolve(schema, root)
    alternatives = [resolve(branch, root) for branch in schema.get("oneOf", schema.get("anyOf", ()))]
    if not any("properties" in branch for branch in alternatives):
        return schema  # an anyOf of required lists: the object's own schema governs
    for branch in branches(schema, root):
        if Draft202012Validator({**branch, "$defs": root.get("$defs", {})}).is_valid(body):
            return branch
    return schema


def allowed_types(schema: dict[str, Any]) -> set[str] | None:
    """JSON types the schema admits (an integer is a number); None when it admits any value.

    Reads ``type``, or an ``anyOf``/``oneOf`` of plain typed branches (``[{"type": "string"},
    {"type": "null"}]``, as the vendor's OpenAPI writes nullability).
    """
    alternatives = schema.get("anyOf", schema.get("oneOf", []))
    if "type" in schema:
        declared = [schema["type"]]
    elif alternatives and all("type" in branch and "$ref" not in branch for branch in alternatives):
        declared = [branch["type"] for branch in alternatives]
    else:
        return None
    types = {kind for value in declared for kind in ([value] if isinstance(value, str) else value)}
    return types | {"integer"} if "number" in types else types


def positions(root: dict[str, Any], body: Any) -> Iterator[tuple[Path, dict[str, Any], Any]]:
    """``(path, schema, value)`` for the body and every value inside it that the schema declares."""
    stack: list[tuple[Path, dict[str, Any], Any]] = [((), root, body)]
    while stack:
        path, schema, value = stack.pop()
        schema = governing(schema, value, root)
        yield path, schema, value
        if isinstance(value, dict):
            for name, sub in schema.get("properties", {}).items():
                if name in value:
                    stack.append(((*path, name), sub, value[name]))
        elif isinstance(value, list) and "items" in schema:
            stack.extend(((*path, index), schema["items"], item) for index, item in enumerate(value))


def replaced(body: Any, path: Path, value: Any = _DELETE) -> Any:
    """A copy of ``body`` with the value at ``path`` set (or deleted); only the path is copied."""
    head, rest = path[0], path[1:]
    copy: Any = dict(body) if isinstance(body, dict) else list(body)
    if rest:
        copy[head] = replaced(body[head], rest, value)
    elif value is _DELETE:
        del copy[head]
    else:
        copy[head] = value
    return copy


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
