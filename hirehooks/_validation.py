"""Validate a body against its JSON Schema, every problem at once; strict mode closes the objects."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from hirehooks._body import MAX_BYTES, Body, decode
from hirehooks._catalog import bundled_schema, entry
from hirehooks._errors import PayloadError, Problem
from hirehooks._problems import problems_of
from hirehooks._rust_errors import RustError
from hirehooks._walk import rebuild

if TYPE_CHECKING:  # jsonschema is imported on first validation, not with hirehooks
    from jsonschema import Draft202012Validator


def _close(schema: dict[str, Any]) -> dict[str, Any]:
    return (
        {**schema, "additionalProperties": False}
        if "properties" in schema and "additionalProperties" not in schema
        else schema
    )


def closed(schema: Any) -> Any:
    """A copy of ``schema`` in which every object that declares properties forbids undeclared ones.

    Objects documented without properties (``{"type": ["object", "null"]}``) stay open: their shape is
    unknown, so strict mode cannot close them.
    """
    return rebuild(schema, _close)


@functools.cache
def _document(event: str, strict: bool) -> dict[str, Any]:
    document: dict[str, Any] = closed(bundled_schema(event)) if strict else bundled_schema(event)
    return document


@functools.cache
def _reference(event: str, strict: bool) -> Draft202012Validator:
    """The reference validator (python-jsonschema), which the fast engine is tested against."""
    from jsonschema import Draft202012Validator
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    schema = _document(event, strict)
    # Only the bundle itself is registered: any other $ref fails to resolve instead of being fetched.
    registry: Registry[Any] = Registry().with_resource(schema["$id"], DRAFT202012.create_resource(schema))
    return Draft202012Validator(schema, registry=registry)


@functools.cache
def _engine(event: str, strict: bool) -> Any:
    """The fast engine (jsonschema-rs), compiled from the same document as the reference."""
    import jsonschema_rs

    return jsonschema_rs.validator_for(_document(event, strict))


def _by_place(problem: Problem) -> tuple[str, str]:
    return problem.path, problem.message


def reference_problems(event: str, data: Any, *, strict: bool = False) -> list[Problem]:
    """What ``schema_problems`` reports, computed by the reference validator instead (for tests)."""
    return sorted(
        {problem for error in _reference(event, strict).iter_errors(data) for problem in problems_of(error)}
    )


def schema_problems(event: str, data: Any, *, strict: bool = False) -> list[Problem]:
    """Every JSON Schema violation of an already decoded body, sorted by path, without duplicates."""
    engine = _engine(event, strict)
    try:
        if engine.is_valid(data):
            return []
        errors = [RustError(error, _document(event, strict)) for error in engine.iter_errors(data)]
    except (ValueError, TypeError, OverflowError):  # a value the engine cannot take in: ask the reference
        return reference_problems(event, data, strict=strict)
    return sorted({problem for error in errors for problem in problems_of(error)}, key=_by_place)


def validate(event: str, body: Body, *, strict: bool = False, max_bytes: int = MAX_BYTES) -> list[Problem]:
    """Every problem of ``body`` as a payload of ``event``; an empty list when it is valid.

    Never raises for a bad body (malformed JSON and the like come back as problems); raises
    ``UnknownNameError`` for an event name hirehooks does not know.
    """
    entry(event)  # an unknown event is an error even when the body is bad too
    try:
        data = decode(body, max_bytes=max_bytes)
    except PayloadError as error:
        return error.problems
    return schema_problems(event, data, strict=strict)
