"""Rebuild a JSON Schema subschema by subschema, telling schemas apart from maps of them.

A walk over every dict would take the property *named* ``title`` or ``type`` for a keyword.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_MAPS = ("properties", "patternProperties", "$defs")
SCHEMA_VALUES = ("items", "additionalProperties", "not", "contains")


def rebuild(schema: Any, change: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    """A copy of ``schema`` with ``change`` applied to every subschema, innermost first, then to itself."""
    if not isinstance(schema, dict):
        return schema
    out = dict(schema)
    for key in SCHEMA_MAPS:
        if isinstance(out.get(key), dict):
            out[key] = {name: rebuild(sub, change) for name, sub in out[key].items()}
    for key in SCHEMA_LISTS:
        if isinstance(out.get(key), list):
            out[key] = [rebuild(sub, change) for sub in out[key]]
    for key in SCHEMA_VALUES:
        if key in out:
            out[key] = rebuild(out[key], change)
    return change(out)
