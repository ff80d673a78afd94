"""Mask candidate PII and secrets in a body before it is logged.

The schemas mark such values (decision D24): ``x-pii`` for what describes a candidate or was written by
one, ``x-secret`` for credentials. Masking goes by name and position, not by validation (decision D44):
a value is masked where any subschema that may apply there is marked, whichever ``oneOf``/``anyOf``
branch the body takes or fails to take, so an invalid body is masked as fully as a valid one.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from hirehooks._body import MAX_BYTES, Body, decode
from hirehooks._catalog import bundled_schema, entry
from hirehooks._walk import Coverage, Schema

MASK = "[redacted]"


def sensitive(schema: Schema) -> bool:
    """Whether a (sub)schema marks its value as candidate PII or a secret."""
    return bool(schema.get("x-pii") or schema.get("x-secret"))


@functools.cache
def _coverage(name: str) -> Coverage:
    return Coverage(bundled_schema(name), sensitive)


def redact(name: str, body: Body, *, max_bytes: int = MAX_BYTES, keep_types: bool = False) -> Any:
    """A copy of ``body`` (decoded) with every PII and secret value masked; the body is left as it was.

    A non-null value where a marked field may stand becomes ``"[redacted]"`` whole (an object or array
    too, with any undeclared members). So does a value of the wrong shape where a marked field may lie
    inside it: a string or an array where an object with a marked member belongs. With
    ``keep_types=True`` such a value keeps its JSON types instead (``masked_within``), so that the masked
    body still has the shape the schema expects (the delivery log keeps bodies so, D72). Raises
    ``PayloadError`` if the body is not JSON.
    """
    entry(name)
    coverage = _coverage(name)
    mask = masked_within if keep_types else _whole
    return _masked(decode(body, max_bytes=max_bytes), coverage.top(), coverage, mask)


def _whole(value: Any) -> str:
    return MASK


def masked_within(value: Any) -> Any:
    """``value`` with every string inside it ``"[redacted]"`` and every number ``0``; objects, arrays,
    booleans and nulls kept: what was there is gone, its JSON types are not."""
    if isinstance(value, dict):
        return {key: masked_within(item) for key, item in value.items()}
    if isinstance(value, list):
        return [masked_within(item) for item in value]
    if isinstance(value, str):
        return MASK
    if isinstance(value, int | float) and not isinstance(value, bool):
        return 0
    return value


def _masked(value: Any, schemas: tuple[Schema, ...], coverage: Coverage, mask: Callable[[Any], Any]) -> Any:
    marked, inside_members, inside_items = coverage.facts(schemas)
    if value is None or not (marked or inside_members or inside_items):
        return value
    if marked:
        return mask(value)
    if isinstance(value, dict):
        if inside_members:
            return {
                key: _masked(item, coverage.member(schemas, key), coverage, mask)
                for key, item in value.items()
            }
        return mask(value)  # an object where only an array's items may hold a marked value
    if isinstance(value, list):
        if inside_items:
            return [
                _masked(item, coverage.item(schemas, index), coverage, mask)
                for index, item in enumerate(value)
            ]
        return mask(value)
    return mask(value)  # a string, number or boolean where an object or array with marked values belongs
