"""Walk a payload together with its bundled schema, and derive near-miss invalid payloads from it.

Only the keywords the hirehooks schemas use are understood: ``$ref`` into ``$defs``, ``type``,
``properties``, ``required``, ``items``, ``minimum``, ``maximum``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

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


def allowed_types(schema: dict[str, Any]) -> set[str] | None:
    """JSON types the schema admits (an integer is a number); None when it admits any value."""
    if "type" not in schema:
        return None
    types = {schema["type"]} if isinstance(schema["type"], str) else set(schema["type"])
    return types | {"integer"} if "number" in types else types


def positions(root: dict[str, Any], body: Any) -> Iterator[tuple[Path, dict[str, Any], Any]]:
    """``(path, schema, value)`` for the body and every value inside it that the schema declares."""
    stack: list[tuple[Path, dict[str, Any], Any]] = [((), root, body)]
    while stack:
        path, schema, value = stack.pop()
        schema = resolve(schema, root)
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


def mutations(root: dict[str, Any], body: Any) -> Iterator[Mutation]:
    """Every near miss: each typed value given each JSON type its schema forbids (null included), each
    required property dropped, each bounded number pushed just past its bound."""
    for path, schema, value in positions(root, body):
        types = allowed_types(schema)
        if path and types is not None:
            for name, sample in SAMPLES.items():
                if name not in types:
                    yield Mutation(f"wrong type {name}", path, replaced(body, path, sample))
        if isinstance(value, dict):
            for name in schema.get("required", []):
                yield Mutation("required dropped", (*path, name), replaced(body, (*path, name)))
        if "minimum" in schema:
            yield Mutation("below minimum", path, replaced(body, path, schema["minimum"] - 1))
        if "maximum" in schema:
            yield Mutation("above maximum", path, replaced(body, path, schema["maximum"] + 1))
