"""Parse a body into its event's generated model."""

from __future__ import annotations

import functools
from typing import Any, Literal

# pydantic and the field types every generated model uses load with hirehooks, so that the first parse
# of an event only builds that event's classes (issue 5: import <= 150 ms, first parse <= 50 ms).
import pydantic.types  # noqa: F401
from pydantic import BaseModel, ValidationError
from pydantic_core import SchemaValidator

from hirehooks import _catalog
from hirehooks._body import LARGE_BODY, MAX_BYTES, RAW_TYPES, Body, decode, text
from hirehooks._catalog import bundled_schema, model_class
from hirehooks._errors import PayloadError, Problem
from hirehooks._problems import MAX_PROBLEMS, capped, pointer
from hirehooks._validation import few_values, schema_problems
from hirehooks._walk import allowed_types, positions

_FINITE_JSON_REF = "hirehooks-finite-json"
_FINITE_JSON = {
    "type": "union",
    "ref": _FINITE_JSON_REF,
    "choices": [
        {"type": "str"},
        {"type": "bool", "strict": True},
        {"type": "int", "strict": True},
        {"type": "float", "strict": True, "allow_inf_nan": False},
        {"type": "none"},
        {"type": "list", "items_schema": {"type": "definition-ref", "schema_ref": _FINITE_JSON_REF}},
        {
            "type": "dict",
            "keys_schema": {"type": "str"},
            "values_schema": {"type": "definition-ref", "schema_ref": _FINITE_JSON_REF},
        },
    ],
}
"""Any JSON value but a non-finite number: what an ``Any`` position of a model (an unknown field, an
open object) takes in the finite validator."""


_OPEN_PARTS = {"model-fields": "extras_schema", "dict": "values_schema", "list": "items_schema"}
"""The part of a core schema that, left out, takes any value."""


def _finite_schema(schema: Any, classes: list[type]) -> Any:
    """A copy of a pydantic core schema in which no number may be NaN or infinite (D38); the model
    classes it names are added to ``classes``."""
    if isinstance(schema, list):
        return [_finite_schema(item, classes) for item in schema]
    if not isinstance(schema, dict):
        return schema
    kind = schema.get("type")
    if kind == "any":
        return {"type": "definition-ref", "schema_ref": _FINITE_JSON_REF}
    copied = {key: _finite_schema(value, classes) for key, value in schema.items()}
    if kind == "float":
        copied["allow_inf_nan"] = False
    elif kind == "model":
        classes.append(copied["cls"])
    elif isinstance(kind, str) and kind in _OPEN_PARTS:  # left out, that part takes any value
        copied.setdefault(_OPEN_PARTS[kind], {"type": "definition-ref", "schema_ref": _FINITE_JSON_REF})
    return copied


@functools.cache
def _finite_validator(model: type[BaseModel]) -> SchemaValidator:
    """The model's validator, except that it refuses NaN, Infinity and numbers beyond a 64-bit float
    (``1e400``), which pydantic's JSON parser reads as floats: the fast path needs no scan of the text
    for them (D38). It builds instances of the same generated classes."""
    classes: list[type] = []
    schema = _finite_schema(model.__pydantic_core_schema__, classes)
    if schema["type"] == "definitions":
        schema["definitions"].append(_FINITE_JSON)
    else:
        schema = {"type": "definitions", "schema": schema, "definitions": [_FINITE_JSON]}
    # pydantic-core reuses the validator of a class marked complete instead of building the schema it
    # is given: unmarked while this one is built (under the lock models load under, which a fork
    # waits for), every nested model gets the finite rules too.
    with _catalog._loading:
        complete = [cls.__dict__.get("__pydantic_complete__", False) for cls in classes]
        for cls in classes:
            cls.__pydantic_complete__ = False  # type: ignore[attr-defined]
        try:
            return SchemaValidator(schema)
        finally:
            for cls, was in zip(classes, complete, strict=True):
                cls.__pydantic_complete__ = was  # type: ignore[attr-defined]


def _model_problems(error: ValidationError, data: Any) -> list[Problem]:
    """pydantic's errors located by JSON Pointer: its ``loc`` walked through the body itself.

    The walk stops at parts that are not in the body (union branch tags such as ``int``).
    """
    return capped(_located(item["loc"], item["msg"], data) for item in error.errors(include_url=False))


def _located(location: tuple[int | str, ...], message: str, data: Any) -> Problem:
    node, parts = data, []
    for index, part in enumerate(location):
        if isinstance(node, dict) and isinstance(part, str) and (part in node or index == len(location) - 1):
            node = node.get(part)  # a missing key only as the last part (a required field's own path)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            break
        parts.append(part)
    return Problem(pointer(parts), message)


INTEGER_EXPECTED = "Input should be a valid integer"
"""pydantic's word for ``7.0`` in an integer field, which the schema accepts and the models do not (D12)."""


def _many_integral_floats(data: Any) -> bool:
    """Whether more than ``MAX_PROBLEMS`` floats such as ``7.0`` occur (counting stops there): fewer, and
    pydantic's list of what the schema let through stays small."""
    count, stack = 0, [data] if type(data) is dict or type(data) is list else []
    while stack and count <= MAX_PROBLEMS:
        node = stack.pop()
        children = list(node.values() if type(node) is dict else node)
        count += sum(1 for child in children if type(child) is float and child.is_integer())
        stack.extend(child for child in children if type(child) is dict or type(child) is list)
    return count > MAX_PROBLEMS


def _integral_floats(event: str, data: Any) -> list[Problem]:
    """The floats such as ``7.0`` where only an integer may stand, capped (D12, D40), for a large body the
    schema accepted: so that pydantic is never left to list an error for each of millions of them."""
    if not _many_integral_floats(data):
        return []
    return capped(
        Problem(pointer(path), INTEGER_EXPECTED)
        for path, schema, value in positions(bundled_schema(event), data)
        if type(value) is float and "number" not in (allowed_types(schema) or {"number"})
    )


def _whole_body_refused(error: ValidationError) -> bool:
    """Whether pydantic's one error is about the body as a whole (not JSON to its parser, a str with a
    lone surrogate, not an object), which ``decode`` may judge otherwise; checked without turning
    hundreds of other errors into dicts."""
    return error.error_count() == 1 and not error.errors(include_url=False)[0]["loc"]


def parse(event: str, body: Body, *, strict: bool = False, max_bytes: int = MAX_BYTES) -> BaseModel:
    """``body`` as an instance of the event's generated model.

    Lenient (default): unknown fields are kept, so dumping the model gives the body back. ``strict``:
    unknown fields are problems. Raises ``PayloadError`` listing the problems with their JSON paths (at
    most 1,000, then one saying there are more), and ``UnknownNameError`` for an unknown event name.
    """
    model = model_class(event)
    # closes the open models at validation time (decision D30)
    extra: Literal["forbid"] | None = "forbid" if strict else None
    failure = None
    if isinstance(body, RAW_TYPES):
        body = text(body, max_bytes=max_bytes)
        if len(body) <= LARGE_BODY:
            # Fast path: pydantic parses and validates in one pass. What it refuses is worked out below,
            # where ``decode`` decides what is JSON (it accepts a little more: 201+ levels).
            try:
                return _finite_validator(model).validate_json(body, extra=extra)  # type: ignore[no-any-return]
            except ValidationError as error:
                failure = None if _whole_body_refused(error) else error
    data = decode(body, max_bytes=max_bytes)
    if failure is None:
        if not few_values(data) and (
            (problems := schema_problems(event, data, strict=strict))
            or (problems := _integral_floats(event, data))
        ):
            raise PayloadError(problems)  # a body of many values: capped lists, never pydantic's whole one
        try:
            return model.model_validate(data, extra=extra)
        except ValidationError as error:
            failure = error
    # The schema's report lists all problems in the schema's words; pydantic's is the fallback for the
    # one rule the models are stricter on (7.0 as an integer: see schemas/DECISIONS.md).
    problems = schema_problems(event, data, strict=strict) or _model_problems(failure, data)
    raise PayloadError(problems) from None
