"""Validate a body against its JSON Schema, every problem at once; strict mode closes the objects."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from hirehooks._body import MAX_BYTES, Body, decode
from hirehooks._catalog import bundled_schema
from hirehooks._errors import PayloadError, Problem
from hirehooks._problems import MAX_PROBLEMS, capped, problems_of
from hirehooks._rust_errors import RustError
from hirehooks._walk import rebuild

if TYPE_CHECKING:  # jsonschema is imported on first validation, not with hirehooks
    from jsonschema import Draft202012Validator

RUST_ENGINE_VALUES = 10_000
"""Most values (objects, arrays and scalars) in an invalid body whose errors jsonschema-rs lists: it
builds every error at once, ~2 KB each, so a larger invalid body is read by the reference validator,
lazily, up to ``MAX_PROBLEMS`` (D40). The benchmark's long report holds 7,707 values."""


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


def _branch_errors(validator: Any, instance: Any, subschema: Any, index: int) -> list[Any]:
    """A branch's errors, at most one more than are ever listed: enough to rank the branches."""
    return list(itertools.islice(validator.descend(instance, subschema, schema_path=index), MAX_PROBLEMS + 1))


def _any_of(validator: Any, alternatives: list[Any], instance: Any, schema: Any) -> Iterator[Any]:
    """python-jsonschema's ``anyOf``, with each branch's errors capped and no copy of the instance in the
    message (the translation never quotes it)."""
    from jsonschema import ValidationError

    found = []
    for index, subschema in enumerate(alternatives):
        errors = _branch_errors(validator, instance, subschema, index)
        if not errors:
            return
        found.extend(errors)
    yield ValidationError("is not valid under any of the given schemas", context=found)


def _one_of(validator: Any, alternatives: list[Any], instance: Any, schema: Any) -> Iterator[Any]:
    """python-jsonschema's ``oneOf``, with each branch's errors capped as in ``_any_of``."""
    from jsonschema import ValidationError

    found = []
    rest = enumerate(alternatives)
    for index, subschema in rest:
        errors = _branch_errors(validator, instance, subschema, index)
        if not errors:
            break
        found.extend(errors)
    else:
        yield ValidationError("is not valid under any of the given schemas", context=found)
        return
    if any(validator.evolve(schema=other).is_valid(instance) for _, other in rest):
        yield ValidationError("is valid under more than one of the given schemas")


@functools.cache
def _reference(event: str, strict: bool) -> Draft202012Validator:
    """The reference validator (python-jsonschema), which the fast engine is tested against; its errors
    come lazily, so reading only the first ``MAX_PROBLEMS`` bounds its time and memory."""
    from jsonschema import Draft202012Validator, validators
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    bounded = validators.extend(  # type: ignore[no-untyped-call]
        Draft202012Validator, {"anyOf": _any_of, "oneOf": _one_of}
    )
    schema = _document(event, strict)
    # Only the bundle itself is registered: any other $ref fails to resolve instead of being fetched.
    registry: Registry[Any] = Registry().with_resource(schema["$id"], DRAFT202012.create_resource(schema))
    validator: Draft202012Validator = bounded(schema, registry=registry)
    return validator


@functools.cache
def _engine(event: str, strict: bool) -> Any:
    """The fast engine (jsonschema-rs), compiled from the same document as the reference."""
    import jsonschema_rs

    return jsonschema_rs.validator_for(_document(event, strict))


def few_values(data: Any) -> bool:
    """Whether the decoded ``data`` holds at most ``RUST_ENGINE_VALUES`` values; counting stops past it."""
    count, stack = 1, [data]
    while stack:
        node = stack.pop()
        children = node.values() if type(node) is dict else node if type(node) is list else ()
        count += len(children)
        if count > RUST_ENGINE_VALUES:
            return False
        stack.extend(child for child in children if type(child) is dict or type(child) is list)
    return True


def reference_problems(event: str, data: Any, *, strict: bool = False) -> list[Problem]:
    """What ``schema_problems`` reports, computed by the reference validator instead."""
    errors = _reference(event, strict).iter_errors(data)
    return capped(problem for error in errors for problem in problems_of(error))


def _located_exactly(data: Any, error: RustError) -> bool:
    """Whether the error's path (and its branch errors') names the body's own keys: jsonschema-rs reads
    an object key of digits as an array index, so ``"01"`` and ``"1"`` both come back as ``1``."""
    node = data
    for part in error.absolute_path:
        if isinstance(node, dict):
            if not isinstance(part, str):
                same = [key for key in node if key.isdigit() and int(key) == part]
                if same != [str(part)]:
                    return False
                part = same[0]
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            return True  # past the body (a union branch's own path): nothing to mistake
    return all(_located_exactly(data, sub) for sub in error.context)


def schema_problems(event: str, data: Any, *, strict: bool = False) -> list[Problem]:
    """The JSON Schema violations of a decoded body, sorted by path, without duplicates, capped (D40)."""
    engine = _engine(event, strict)
    try:
        if engine.is_valid(data):
            return []
        if few_values(data):
            errors = [RustError(error, _document(event, strict)) for error in engine.iter_errors(data)]
            if all(_located_exactly(data, error) for error in errors):
                return capped(problem for error in errors for problem in problems_of(error))
    except (ValueError, TypeError, OverflowError):  # a value the engine cannot take in: ask the reference
        pass
    return reference_problems(event, data, strict=strict)


def validate(event: str, body: Body, *, strict: bool = False, max_bytes: int = MAX_BYTES) -> list[Problem]:
    """Every problem of ``body`` as a payload of ``event``; an empty list when it is valid.

    Never raises for a bad body (malformed JSON and the like come back as problems, at most 1,000, then
    one saying there are more); raises ``UnknownNameError`` for an event name hirehooks does not know.
    """
    engine = _engine(event, strict)  # an unknown event is an error even when the body is bad too
    try:
        data = decode(body, max_bytes=max_bytes)
    except PayloadError as error:
        return error.problems
    try:
        if engine.is_valid(data):  # the usual case, without a second look-up of the engine
            return []
    except (ValueError, TypeError, OverflowError):  # schema_problems asks the reference instead
        pass
    return schema_problems(event, data, strict=strict)
