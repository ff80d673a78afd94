"""Turn a raw webhook body into a JSON value, or say precisely why it is not JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from typing import Any, NoReturn

import orjson

from hirehooks._errors import PayloadError, Problem

MAX_DEPTH = 256
"""Deepest nesting of objects and arrays accepted (the deepest documented payload nests 8 levels): above
the ~200 levels pydantic's JSON parser takes, so ``parse``'s fast path never accepts a body this refuses."""
MAX_BYTES = 16 * 1024 * 1024
"""Default size limit of a raw body (``max_bytes=``); the benchmark's long report is 261 KB."""

Body = bytes | bytearray | memoryview | str | Mapping[str, Any] | list[Any]
"""Raw bytes or text, or JSON already decoded (an object, or the array a list endpoint returns)."""


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


def _fail(message: str) -> NoReturn:
    raise PayloadError([Problem("", message)])


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not valid JSON")


def _scan(value: object) -> tuple[int, bool]:
    """Nesting depth of objects and arrays (walked level by level, stopping past MAX_DEPTH), and whether
    a float at or beyond ±2**63 occurs: orjson turns integer literals past 64 bits into such floats.

    Only decoded JSON is walked, so exact ``dict``/``list``/``float`` checks suffice; they keep this
    cheaper than decoding the body.
    """
    level = [value] if type(value) is dict or type(value) is list else []
    depth, huge = 0, False
    while level and depth <= MAX_DEPTH:
        depth += 1
        children = [child for node in level for child in (node.values() if type(node) is dict else node)]
        huge = huge or any(not -9.2e18 < child < 9.2e18 for child in children if type(child) is float)
        level = [child for child in children if type(child) is dict or type(child) is list]
    return depth, huge


_DIGITS_AS_ZEROS = bytes(ord("0") if byte in b"0123456789" else ord(" ") for byte in range(256))
"""A ``bytes.translate`` table turning every digit into 0 and everything else into a space."""


def _plain(raw: bytes) -> bool:
    """Whether the text alone rules out what ``_scan`` looks for, at a fraction of its cost: fewer
    brackets than MAX_DEPTH, and no run of 19 digits (every integer orjson cannot keep has 19 or more)."""
    shallow = len(raw) <= MAX_DEPTH or raw.count(b"[") + raw.count(b"{") <= MAX_DEPTH
    return shallow and b"0" * 19 not in raw.translate(_DIGITS_AS_ZEROS)


def _strictly(body: bytes | str) -> Any:
    """The standard library's parse of a body orjson refused: the precise reason, or the value when only
    orjson objects (an integer beyond 64 bits)."""
    try:
        text = body if isinstance(body, str) else body.decode("utf-8")
    except UnicodeDecodeError as error:
        _fail(f"body is not UTF-8: invalid byte at offset {error.start}")
    if text.startswith("\ufeff"):
        _fail("body starts with a byte order mark, which JSON senders must not add (RFC 8259)")
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        _fail(f"malformed JSON: {error.msg} at line {error.lineno} column {error.colno}")
    except ValueError as error:
        if str(error).startswith("Exceeds the limit"):  # CPython's guard against huge integer literals
            _fail(f"malformed JSON: an integer has more than {sys.get_int_max_str_digits()} digits")
        _fail(f"malformed JSON: {error}")
    except RecursionError:
        _fail(f"nesting deeper than {MAX_DEPTH} levels")


def text(body: bytes | bytearray | memoryview | str, *, max_bytes: int = MAX_BYTES) -> bytes | str:
    """A raw body as ``bytes`` or ``str``, refused with ``PayloadError`` when over ``max_bytes``."""
    if isinstance(body, str):
        # A code point takes at most 4 bytes of UTF-8: only a long str needs encoding to be measured.
        size = len(body) if len(body) * 4 <= max_bytes else len(body.encode("utf-8", "surrogatepass"))
    else:
        size = len(body)
    if size > max_bytes:
        _fail(f"body is {size} bytes, over the limit of {max_bytes} (max_bytes)")
    return bytes(body) if isinstance(body, bytearray | memoryview) else body


def decode(body: Body, *, max_bytes: int = MAX_BYTES) -> Any:
    """The body as a JSON value; raises ``PayloadError`` for anything that is not JSON.

    Whether it must be an object is the schema's business (a list endpoint returns an array). A raw
    body longer than ``max_bytes`` is refused before it is parsed. orjson decodes; what it refuses goes
    to the standard library, for a precise reason (or, for integers beyond 64 bits, the value).
    """
    raw: bytes | str | None = None  # set when orjson, not an exact parser, made the value
    if isinstance(body, bytes | bytearray | memoryview | str):  # first: the usual case, and the cheap check
        raw = text(body, max_bytes=max_bytes)
        try:
            data: Any = orjson.loads(raw)
        except orjson.JSONDecodeError:
            data, raw = _strictly(raw), None
    elif isinstance(body, Mapping):
        data = dict(body)
    elif isinstance(body, list):
        data = body
    else:
        raise TypeError(f"body must be bytes, str, a mapping or a list, not {type(body).__name__}")
    if isinstance(raw, bytes) and _plain(raw):
        return data
    depth, huge = _scan(data)
    if depth > MAX_DEPTH:
        _fail(f"nesting deeper than {MAX_DEPTH} levels")
    # A huge float may be an integer orjson could not keep: decode that body exactly instead.
    return _strictly(raw) if huge and raw is not None else data
