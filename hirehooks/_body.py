"""Turn a raw webhook body into a JSON value, or say precisely why it is not JSON.

A body already decoded by the caller is checked the same way and copied into plain JSON (``dict`` with
``str`` keys, ``list``, ``str``, ``int``, finite ``float``, ``bool``, ``None``), so that ``parse``'s model
and ``validate``'s schema engine are handed the same value and judge it alike (D39).
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Mapping, Sequence
from typing import Any, NoReturn

import orjson

from hirehooks._errors import PayloadError, Problem
from hirehooks._problems import MAX_PROBLEMS, capped, pointer

MAX_DEPTH = 256
"""Deepest nesting of objects and arrays accepted (the deepest documented payload nests 8 levels): above
the ~200 levels pydantic's JSON parser takes, so ``parse``'s fast path never accepts a body this refuses."""
MAX_BYTES = 16 * 1024 * 1024
"""Default size limit of a raw body (``max_bytes=``); the benchmark's long report is 261 KB."""
LARGE_BODY = 512 * 1024
"""A raw body longer than this (bytes, or characters of a str) is decoded by the standard library, whose
peak memory is a fraction of orjson's (5x the body, not 13x, for 16 MiB of small numbers), and ``parse``
asks the schema engine before pydantic, which builds every error at once (D41)."""
MAX_INT_DIGITS = 4300
"""Longest integer accepted, in decimal digits: CPython's default guard (``sys.get_int_max_str_digits``),
which refuses longer literals in JSON text, applied to decoded values too."""
OUT_OF_RANGE = "number out of range"
"""The problem of a number beyond a 64-bit float (``1e400``, or ``inf`` in a decoded value): JSON text
would give ``inf``, which is not a JSON number (D38)."""

Body = bytes | bytearray | memoryview | str | Mapping[str, Any] | Sequence[Any] | bool | int | float | None
"""Raw bytes or text, or JSON already decoded (an object, the array a list endpoint returns, or a scalar,
which no schema takes but which is a problem rather than a TypeError)."""
RAW_TYPES = (bytes, str, bytearray, memoryview)
"""The types of a raw body, for isinstance (a tuple: faster than the union)."""


def _fail(message: str) -> NoReturn:
    raise PayloadError([Problem("", message)])


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not valid JSON")


class _TooMany(Exception):
    """Raised by ``_Checker`` once it holds more problems than are ever listed: the walk stops there."""


_HUGE_INT = 10**MAX_INT_DIGITS


def _settled(value: object) -> bool:
    """Whether ``value`` is a plain JSON scalar that needs no closer look (the common case, inline)."""
    kind = type(value)
    return (
        (kind is str and value.isascii())  # type: ignore[attr-defined]
        or (kind is int and -_HUGE_INT < value < _HUGE_INT)
        or (kind is float and -math.inf < value < math.inf)  # type: ignore[operator]
        or value is None
        or kind is bool
    )


def _plain_scalars(items: list[Any]) -> bool:
    """Whether a list holds only plain integers, finite floats or ASCII strings of one type, checked at C
    speed: a long array of numbers is checked without a Python step per item."""
    kinds = set(map(type, items))
    if kinds == {int}:
        return bool(min(items) > -_HUGE_INT and max(items) < _HUGE_INT)
    if kinds == {float}:
        return all(map(math.isfinite, items))
    return kinds == {str} and all(map(str.isascii, items))


class _Checker:
    """Walks a decoded value, noting a problem at the path of each part that is not JSON: a non-string
    key, a non-finite float, an over-long integer, a lone surrogate, another type. Plain ``dict``s and
    ``list``s are kept as they are; other mappings and sequences, and subclasses of ``str``, ``int`` and
    ``float``, are copied into plain JSON (copy on write)."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.where: list[str | int] = []

    def refuse(self, message: str) -> None:
        self.problems.append(Problem(pointer(self.where), message))
        if len(self.problems) > MAX_PROBLEMS:
            raise _TooMany

    def child(self, part: str | int, value: Any) -> Any:
        if _settled(value):
            return value
        self.where.append(part)
        plain = self.plain(value)
        self.where.pop()
        return plain

    def plain(self, value: Any) -> Any:
        """``value`` itself when it is plain JSON, else a plain copy."""
        if isinstance(value, str):
            if not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:
                    self.refuse("string holds a lone surrogate, which is not Unicode text")
            return str.__str__(value)  # an exact str, also of a subclass
        if value is None or value is True or value is False:
            return value
        if isinstance(value, int):  # True and False are out of the way
            if not -_HUGE_INT < value < _HUGE_INT:
                self.refuse(f"integer has more than {MAX_INT_DIGITS} digits")
            return int.__int__(value)
        if isinstance(value, float):
            if math.isnan(value):
                self.refuse("NaN is not a JSON number")
            elif math.isinf(value):
                self.refuse(OUT_OF_RANGE)
            return float.__float__(value)
        if len(self.where) >= MAX_DEPTH:
            _fail(f"nesting deeper than {MAX_DEPTH} levels")
        if isinstance(value, Mapping):
            return self.mapping(value)
        if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
            return self.sequence(value)
        self.refuse(f"expected a JSON value, got {type(value).__name__}")
        return None

    def mapping(self, value: Mapping[Any, Any]) -> dict[str, Any]:
        copied: dict[str, Any] | None = None if type(value) is dict else {}
        for key, child in value.items():
            if not isinstance(key, str):
                self.refuse(f"has a key of type {type(key).__name__}: object keys are strings")
                continue
            plain = self.child(key, child)
            if copied is None and (plain is not child or type(key) is not str):
                copied = dict(value)
            if copied is not None:
                copied[str.__str__(key)] = plain
        return value if copied is None else copied  # type: ignore[return-value]

    def sequence(self, value: Sequence[Any]) -> list[Any]:
        if type(value) is list and _plain_scalars(value):
            return value
        copied: list[Any] | None = None if type(value) is list else list(value)
        for index, child in enumerate(value):
            plain = self.child(index, child)
            if plain is not child:
                if copied is None:
                    copied = list(value)
                copied[index] = plain
        return value if copied is None else copied  # type: ignore[return-value]


def plain_json(value: Any) -> Any:
    """``value`` as plain JSON (itself when it already is); raises ``PayloadError`` listing every part
    that is not JSON."""
    checker = _Checker()
    try:
        plain = checker.plain(value)
    except _TooMany:
        plain = None
    if checker.problems:
        raise PayloadError(capped(checker.problems))
    return plain


def _scan(value: object) -> tuple[int, bool]:
    """Nesting depth of objects and arrays (walked level by level, stopping past MAX_DEPTH), and whether
    a float at or beyond ±2**63 (or ``inf``) occurs: orjson turns integer literals past 64 bits into such
    floats, and literals beyond a 64-bit float into ``inf``.

    Only orjson's output is walked, so exact ``dict``/``list``/``float`` checks suffice; they keep this
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


_NUMBER_SHAPE = bytes(
    ord("0") if byte in b"0123456789" else ord("e") if byte in b"eE+" else byte if byte == ord('"') else 32
    for byte in range(256)
)
"""A ``bytes.translate`` table: every digit becomes 0, exponent marks (and ``+``) e, quotes stay,
everything else is a space: ``1E+400`` reads ``0ee000``."""
_LONG_INTEGER = b"0" * 19
"""Every integer orjson cannot keep has 19 digits or more, and so does a float literal of 309 digits."""
_ZERO, _E, _QUOTE = ord("0"), ord("e"), ord('"')


def _long_exponent(shape: bytes) -> bool:
    """Whether the shape of a text holds digits, then an exponent of three digits or more, not at the
    start of a string (``"550e8400-e29b-..."``, a UUID, is no number): a float that may be beyond a
    64-bit float (D38)."""
    at = shape.find(b"e000")
    while at != -1:
        mantissa_end = at - 1 if at and shape[at - 1] == _E else at  # "1e+400" reads "0ee000"
        start = mantissa_end
        while start and shape[start - 1] == _ZERO:
            start -= 1
        if start < mantissa_end and (start == 0 or shape[start - 1] != _QUOTE):
            return True
        at = shape.find(b"e000", at + 1)
    return False


def _plain(raw: bytes) -> bool:
    """Whether the text alone rules out what ``_scan`` looks for, at a fraction of its cost: fewer
    brackets than MAX_DEPTH, no run of 19 digits and no three-digit exponent."""
    if len(raw) > MAX_DEPTH and raw.count(b"[") + raw.count(b"{") > MAX_DEPTH:
        return False
    shape = raw.translate(_NUMBER_SHAPE)
    return _LONG_INTEGER not in shape and (b"e000" not in shape or not _long_exponent(shape))


def _strictly(body: bytes | str) -> Any:
    """The standard library's parse of a body orjson refused: the precise reason, or the value when only
    orjson objects (an integer beyond 64 bits, a lone surrogate)."""
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
    if type(body) is bytes and len(body) <= max_bytes:  # the usual case first, with the fewest checks
        return body
    if isinstance(body, str):
        # A code point takes at most 4 bytes of UTF-8: only a long str needs encoding to be measured.
        size = len(body) if len(body) * 4 <= max_bytes else len(body.encode("utf-8", "surrogatepass"))
    else:
        size = body.nbytes if isinstance(body, memoryview) else len(body)  # bytes, not items (D42)
    if size > max_bytes:
        _fail(f"body is {size} bytes, over the limit of {max_bytes} (max_bytes)")
    return bytes(body) if isinstance(body, bytearray | memoryview) else body


def decode(body: Body, *, max_bytes: int = MAX_BYTES) -> Any:
    """The body as a plain JSON value; raises ``PayloadError`` for anything that is not JSON.

    Whether it must be an object is the schema's business (a list endpoint returns an array). A raw
    body longer than ``max_bytes`` is refused before it is parsed. orjson decodes; what it refuses goes
    to the standard library, for a precise reason (or, for integers beyond 64 bits, the value), and so
    does a body over ``LARGE_BODY``. A decoded body (any mapping or sequence), and what the standard
    library made, is checked by ``plain_json``: a number beyond a float, for one, is refused at its path.
    """
    if isinstance(body, RAW_TYPES):  # first: the usual case, and the cheap check
        raw = text(body, max_bytes=max_bytes)
        if len(raw) > LARGE_BODY:
            return plain_json(_strictly(raw))
        try:
            data: Any = orjson.loads(raw)
        except orjson.JSONDecodeError:
            return plain_json(_strictly(raw))  # lone surrogates and huge integers come this way
        if isinstance(raw, bytes) and _plain(raw):
            return data
        depth, huge = _scan(data)
        if depth > MAX_DEPTH:
            _fail(f"nesting deeper than {MAX_DEPTH} levels")
        # A huge float may be an integer orjson could not keep, or a number beyond a float: decode exactly.
        return plain_json(_strictly(raw)) if huge else data
    if isinstance(body, Mapping | Sequence) or body is None or type(body) in (bool, int, float):
        return plain_json(body)  # a decoded JSON value: whether it may be a scalar is the schema's rule
    raise TypeError(f"body must be bytes, str, a mapping or a sequence, not {type(body).__name__}")
