"""Validate a body against its event's JSON Schema and report every problem with its JSON Pointer."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from hirehooks.body import Body, decode, json_type
from hirehooks.catalog import bundled_schema, entry
from hirehooks.errors import PayloadError, Problem

if TYPE_CHECKING:  # jsonschema is imported on first validation, not with hirehooks
    from jsonschema import Draft202012Validator, ValidationError

_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "$defs")
_SCHEMA_VALUES = ("items", "additionalProperties", "not")


def closed(schema: Any) -> Any:
    """A copy of ``schema`` in which every object that declares properties forbids undeclared ones.

    Objects documented without properties (``{"type": ["object", "null"]}``) stay open: their shape is
    unknown, so strict mode cannot close them.
    """
    if not isinstance(schema, dict):
        return schema
    out = dict(schema)
    for key in _SCHEMA_MAPS:
        if key in out:
            out[key] = {name: closed(sub) for name, sub in out[key].items()}
    for key in _SCHEMA_LISTS:
        if key in out:
            out[key] = [closed(sub) for sub in out[key]]
    for key in _SCHEMA_VALUES:
        if key in out:
            out[key] = closed(out[key])
    if "properties" in out:
        out.setdefault("additionalProperties", False)
    return out


@functools.cache
def _validator(event: str, strict: bool) -> Draft202012Validator:
    from jsonschema import Draft202012Validator
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    schema = closed(bundled_schema(event)) if strict else bundled_schema(event)
    # Only the bundle itself is registered: any other $ref fails to resolve instead of being fetched.
    registry: Registry[Any] = Registry().with_resource(schema["$id"], DRAFT202012.create_resource(schema))
    return Draft202012Validator(schema, registry=registry)


def pointer(parts: Iterable[str | int]) -> str:
    """RFC 6901 JSON Pointer of a path."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def _show(value: object, limit: int = 60) -> str:
    text = json.dumps(value, ensure_ascii=False, default=repr)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _expected(types: str | list[str]) -> str:
    return " or ".join([types] if isinstance(types, str) else types)


def _problems_of(error: ValidationError) -> Iterator[Problem]:
    where = list(error.absolute_path)
    # The stubs allow "unset" for these; an error from iter_errors always has them.
    value: Any = error.validator_value
    instance: Any = error.instance
    schema: Any = error.schema
    kind = error.validator
    if kind == "required":
        missing = [name for name in value if name not in instance]
        yield from (Problem(pointer([*where, name]), "required property is missing") for name in missing)
    elif kind == "additionalProperties":
        extra = [name for name in instance if name not in schema.get("properties", {})]
        yield from (Problem(pointer([*where, name]), "unexpected property (strict mode)") for name in extra)
    elif kind == "type":
        yield Problem(pointer(where), f"expected {_expected(value)}, got {json_type(instance)}")
    elif kind in ("minimum", "maximum"):
        bound = "at least" if kind == "minimum" else "at most"
        yield Problem(pointer(where), f"{_show(instance)} is out of range: must be {bound} {value}")
    elif kind == "enum":
        yield Problem(pointer(where), f"{_show(instance)} is not one of {_show(value, 200)}")
    else:
        yield Problem(
            pointer(where), error.message if len(error.message) <= 200 else error.message[:197] + "..."
        )


def schema_problems(event: str, data: Any, *, strict: bool = False) -> list[Problem]:
    """Every JSON Schema violation of an already decoded body, sorted by path, without duplicates."""
    found = {
        problem for error in _validator(event, strict).iter_errors(data) for problem in _problems_of(error)
    }
    return sorted(found)


def validate(event: str, body: Body, *, strict: bool = False) -> list[Problem]:
    """Every problem of ``body`` as a payload of ``event``; an empty list when it is valid.

    Never raises for a bad body (malformed JSON and the like come back as problems); raises
    ``UnknownEventError`` for an event name hirehooks does not know.
    """
    entry(event)  # an unknown event is an error even when the body is bad too
    try:
        data = decode(body)
    except PayloadError as error:
        return error.problems
    return schema_problems(event, data, strict=strict)
