"""Parse a body into its event's generated model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hirehooks.body import MAX_BYTES, Body, decode
from hirehooks.catalog import model_class
from hirehooks.errors import PayloadError, Problem
from hirehooks.problems import pointer
from hirehooks.validation import schema_problems

if TYPE_CHECKING:  # pydantic is imported with the first model, not with hirehooks
    from pydantic import BaseModel, ValidationError


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


def parse(event: str, body: Body, *, strict: bool = False, max_bytes: int = MAX_BYTES) -> BaseModel:
    """``body`` as an instance of the event's generated model.

    Lenient (default): unknown fields are kept, so dumping the model gives the body back. ``strict``:
    unknown fields are problems. Raises ``PayloadError`` listing every problem with its JSON path, and
    ``UnknownEventError`` for an unknown event name.
    """
    from pydantic import ValidationError

    model = model_class(event, strict=strict)
    data = decode(body, max_bytes=max_bytes)
    try:
        return model.model_validate(data)
    except ValidationError as error:
        # The schema's report lists all problems in the schema's words; pydantic's is the fallback for
        # the one rule the models are stricter on (7.0 as an integer: see schemas/DECISIONS.md).
        raise PayloadError(
            schema_problems(event, data, strict=strict) or _model_problems(error, data)
        ) from None
