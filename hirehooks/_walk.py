"""Walk JSON Schemas: rebuild one subschema by subschema, or walk a JSON value together with its
bundled schema (which subschema governs each value).

The value walk understands only the keywords the hirehooks schemas use: ``$ref`` into ``$defs``,
``type``, ``properties``, ``items``, and ``oneOf``/``anyOf`` (branches that are objects of their own,
or that only add ``required``). Used by ``redact``, the generator and the test strategies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

Path = tuple[str | int, ...]

_DELETE = object()


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
    from jsonschema import Draft202012Validator  # on first use: keeps `import hirehooks` light

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


SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_MAPS = ("properties", "patternProperties", "$defs")
SCHEMA_VALUES = ("items", "additionalProperties", "not", "contains")


def rebuild(schema: Any, change: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    """A copy of ``schema`` with ``change`` applied to every subschema, innermost first, then to itself."""
    if not isinstance(schema, dict):
        return schema
    out = dict(schema)
    for key in SCHEMA_MAPS:
        if isinstance(out.get(key), dict):
            out[key] = {name: rebuild(sub, change) for name, sub in out[key].items()}
    for key in SCHEMA_LISTS:
        if isinstance(out.get(key), list):
            out[key] = [rebuild(sub, change) for sub in out[key]]
    for key in SCHEMA_VALUES:
        if key in out:
            out[key] = rebuild(out[key], change)
    return change(out)
