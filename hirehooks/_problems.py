"""Turn jsonschema's errors into problems: a JSON Pointer each, and a short message in JSON terms.

A value marked ``x-pii`` or ``x-secret`` is never quoted in a message. A list of problems is capped at
``MAX_PROBLEMS`` (D40).

For a failed ``oneOf``/``anyOf`` the problems are those of the branch the body was meant for, so a
wrong password under ``auth`` is reported at ``/webhooks/auth/basic/password``, not at ``auth``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Protocol

from hirehooks._errors import Problem

MAX_PROBLEMS = 1000
"""Most problems ever listed for one body; past it, one last problem says that more were found (D40)."""
MORE_PROBLEMS = Problem("", f"and more problems: only the first {MAX_PROBLEMS:,} found are listed")


class ValidationError(Protocol):
    """What is read of an error: python-jsonschema's ``ValidationError`` has it, and so does
    ``rust_errors.RustError``, which wraps jsonschema-rs's."""

    validator: Any
    validator_value: Any
    instance: Any
    schema: Any
    absolute_path: Any
    relative_path: Any
    relative_schema_path: Any
    message: str

    @property
    def context(self) -> Any: ...


def json_type(value: object) -> str:
    """The JSON Schema type name of a decoded JSON value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def capped(problems: Iterable[Problem]) -> list[Problem]:
    """The distinct problems sorted by path, read lazily and at most ``MAX_PROBLEMS`` of them; then
    ``MORE_PROBLEMS`` when there were more. The rest are not counted: counting them is what costs
    time and memory without bound (D40)."""
    found: set[Problem] = set()
    for problem in problems:
        found.add(problem)
        if len(found) > MAX_PROBLEMS:
            found.remove(problem)
            return [*sorted(found), MORE_PROBLEMS]
    return sorted(found)


def pointer(parts: Iterable[str | int]) -> str:
    """RFC 6901 JSON Pointer of a path."""
    texts = [str(part) for part in parts]
    joined = "/".join(texts)
    if "~" in joined or joined.count("/") != len(texts) - 1:  # some part holds "~" or "/": escape
        joined = "/".join(text.replace("~", "~0").replace("/", "~1") for text in texts)
    return "/" + joined if texts else ""


def _show(value: object, limit: int = 60) -> str:
    text = json.dumps(value, ensure_ascii=False, default=repr)
    return text if len(text) <= limit else text[: limit - 3] + "..."


_BOUND = {
    "minimum": "at least",
    "maximum": "at most",
    "minLength": "at least",
    "maxLength": "at most",
    "minItems": "at least",
    "maxItems": "at most",
}


def _expected(types: str | list[str]) -> str:
    return " or ".join([types] if isinstance(types, str) else types)


def _ruled_out_by(errors: list[ValidationError]) -> ValidationError | None:
    """The error that shows a branch was not meant for the instance: the instance's own type is wrong
    for it, or a field of it has the wrong ``const``/``enum`` value (a discriminator: ``type: "basic"``)."""
    for sub in errors:
        if (sub.validator in ("const", "enum") and len(sub.relative_path) == 1) or (
            sub.validator == "type" and not sub.relative_path
        ):
            return sub
    return None


def _branches_message(error: ValidationError) -> str:
    subs = list(error.context or ())
    if not subs:
        return "matches more than one of the allowed shapes"
    if all(sub.validator == "required" for sub in subs):
        required: list[Any] = [sub.validator_value for sub in subs]
        return f"needs at least one of: {', '.join(sorted({name for names in required for name in names}))}"
    return "matches none of the allowed shapes"


def _branch_problems(error: ValidationError) -> Iterator[Problem]:
    """Problems of a failed ``anyOf``/``oneOf``: those of the branch the instance was meant for.

    That branch is the one not ruled out, or, of several, the one with fewest errors. When a
    discriminator field rules every branch out, the problem is that field's value.
    """
    branches: dict[Any, list[ValidationError]] = {}
    for sub in error.context or ():
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    viable = [errors for errors in branches.values() if _ruled_out_by(errors) is None]
    fewest = min((len(errors) for errors in viable), default=0)
    closest = [errors for errors in viable if len(errors) == fewest]
    if len(closest) == 1:
        for sub in closest[0]:
            yield from problems_of(sub)
        return
    where = list(error.absolute_path)
    if viable or not branches:
        yield Problem(pointer(where), _branches_message(error))
        return
    # Every branch is ruled out: say by what, where all branches agree.
    reasons = [reason for errors in branches.values() if (reason := _ruled_out_by(errors)) is not None]
    fields = {tuple(reason.relative_path) for reason in reasons}
    wanted: list[Any] = [reason.validator_value for reason in reasons]
    if all(reason.validator == "type" for reason in reasons):
        kinds = sorted({kind for value in wanted for kind in ([value] if isinstance(value, str) else value)})
        yield Problem(pointer(where), f"expected {_expected(kinds)}, got {json_type(error.instance)}")
    elif len(fields) == 1 and () not in fields:
        field = next(iter(fields))
        instance: Any = error.instance
        shown = ", ".join(_show(value) for value in wanted)
        yield Problem(pointer([*where, *field]), f"{_show(instance[field[0]])} is not one of {shown}")
    else:
        yield Problem(pointer(where), _branches_message(error))


def problems_of(error: ValidationError) -> Iterator[Problem]:
    where = list(error.absolute_path)
    # The stubs allow "unset" for these; an error from iter_errors always has them.
    value: Any = error.validator_value
    instance: Any = error.instance
    schema: Any = error.schema
    kind = error.validator
    at = pointer(where)
    sensitive = isinstance(schema, dict) and bool(schema.get("x-pii") or schema.get("x-secret"))

    def shown() -> str:  # written only for the messages that quote the value: most do not
        return "the value" if sensitive else _show(instance)

    if kind == "required":
        missing = [name for name in value if name not in instance]
        yield from (Problem(pointer([*where, name]), "required property is missing") for name in missing)
    elif kind == "additionalProperties":
        extra = [name for name in instance if name not in schema.get("properties", {})]
        yield from (Problem(pointer([*where, name]), "unexpected property (strict mode)") for name in extra)
    elif kind in ("anyOf", "oneOf"):
        yield from _branch_problems(error)
    elif kind == "type":
        yield Problem(at, f"expected {_expected(value)}, got {json_type(instance)}")
    elif kind in ("minimum", "maximum"):
        yield Problem(at, f"{shown()} is out of range: must be {_BOUND[kind]} {value}")
    elif kind in ("minLength", "maxLength"):
        yield Problem(at, f"has {len(instance)} characters: must have {_BOUND[kind]} {value}")
    elif kind in ("minItems", "maxItems"):
        yield Problem(at, f"has {len(instance)} items: must have {_BOUND[kind]} {value}")
    elif kind == "enum":
        yield Problem(at, f"{shown()} is not one of {_show(value, 200)}")
    elif kind == "const":
        yield Problem(at, f"{shown()} is not {_show(value)}")
    elif kind == "pattern":
        yield Problem(at, f"{shown()} does not match {value}")
    else:
        # jsonschema's own message may quote the value: never for a sensitive one.
        message = f"the value fails {kind}" if sensitive else error.message
        yield Problem(at, message if len(message) <= 200 else message[:197] + "...")
