"""Parse a body into its event's generated model."""

from __future__ import annotations

from typing import Any, AnyStr

# pydantic and the field types every generated model uses load with hirehooks, so that the first parse
# of an event only builds that event's classes (issue 5: import <= 150 ms, first parse <= 50 ms).
import pydantic.types  # noqa: F401
from pydantic import BaseModel, ValidationError

from hirehooks._body import MAX_BYTES, Body, decode, text
from hirehooks._catalog import model_class
from hirehooks._errors import PayloadError, Problem
from hirehooks._problems import pointer
from hirehooks._validation import schema_problems


def _model_problems(error: ValidationError, data: Any) -> list[Problem]:
    """pydantic's errors located by JSON Pointer: its ``loc`` walked through the body itself.

    The walk stops at parts that are not in the body (union branch tags such as ``int``).
    """
    found = set()
    for item in error.errors(include_url=False):
        node, parts = data, []
        for part in item["loc"]:
            if isinstance(node, dict) and isinstance(part, str):
                node = node.get(part)
            elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                node = node[part]
            else:
                break
            parts.append(part)
        found.add(Problem(pointer(parts), item["msg"]))
    return sorted(found)


def _occurs(word: AnyStr, raw: AnyStr) -> bool:
    """``word in raw``, cheaper where its first character is rare: up to 16 memchr-fast hops first."""
    first = word[:1]
    at = raw.find(first)
    for _ in range(16):
        if at == -1 or raw.startswith(word, at):
            return at != -1
        at = raw.find(first, at + 1)
    return at != -1 and raw.find(word, at) != -1


def _holds_constant(raw: bytes | str) -> bool:
    """Whether the text may hold ``NaN`` or ``Infinity``, which pydantic's parser takes and JSON forbids."""
    if isinstance(raw, bytes):
        return _occurs(b"NaN", raw) or _occurs(b"Infinity", raw)
    return _occurs("NaN", raw) or _occurs("Infinity", raw)


def _whole_body_refused(error: ValidationError) -> bool:
    """Whether pydantic's one error is about the body as a whole (not JSON to its parser, a str with a
    lone surrogate, not an object), which ``decode`` may judge otherwise; checked without turning
    hundreds of other errors into dicts."""
    return error.error_count() == 1 and not error.errors(include_url=False)[0]["loc"]


def parse(event: str, body: Body, *, strict: bool = False, max_bytes: int = MAX_BYTES) -> BaseModel:
    """``body`` as an instance of the event's generated model.

    Lenient (default): unknown fields are kept, so dumping the model gives the body back. ``strict``:
    unknown fields are problems. Raises ``PayloadError`` listing every problem with its JSON path, and
    ``UnknownNameError`` for an unknown event name.
    """
    model = model_class(event, strict=strict)
    if isinstance(body, bytes | bytearray | memoryview | str):
        body = text(body, max_bytes=max_bytes)
    failure = None
    if isinstance(body, bytes | str) and not _holds_constant(body):
        # Fast path: pydantic parses and validates in one pass. What it refuses is worked out below,
        # where ``decode`` decides what is JSON (it accepts a little more: lone surrogates, 201+ levels).
        try:
            return model.model_validate_json(body)
        except ValidationError as error:
            failure = None if _whole_body_refused(error) else error
    data = decode(body, max_bytes=max_bytes)
    if failure is None:
        try:
            return model.model_validate(data)
        except ValidationError as error:
            failure = error
    # The schema's report lists all problems in the schema's words; pydantic's is the fallback for the
    # one rule the models are stricter on (7.0 as an integer: see schemas/DECISIONS.md).
    problems = schema_problems(event, data, strict=strict) or _model_problems(failure, data)
    raise PayloadError(problems) from None
