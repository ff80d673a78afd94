"""Hypothesis strategies compiled straight from a bundled schema, fast enough for the deep report tree.

hypothesis-jsonschema needs minutes per 100 ``report_available`` examples; this compiler handles only
the keywords hirehooks schemas use (see ``payload_paths``) and draws small arrays and short strings.
"""

from __future__ import annotations

import math
from typing import Any

from hypothesis import strategies as st

from tests.payload_paths import branches, resolve

MAX_ITEMS = 3
MAX_TEXT = 20

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=MAX_ITEMS) | st.dictionaries(st.text(), inner, max_size=MAX_ITEMS),
    max_leaves=6,
)
"""Any JSON value: what an untyped field (documented only as null) may hold."""


def _numbers(schema: dict[str, Any], integral: bool) -> st.SearchStrategy[Any]:
    low, high = schema.get("minimum"), schema.get("maximum")
    ints = st.integers(
        None if low is None else math.ceil(low),
        None if high is None else math.floor(high),
    )
    if integral:
        return ints
    return ints | st.floats(low, high, allow_nan=False, allow_infinity=False)


def _strings(schema: dict[str, Any]) -> st.SearchStrategy[str]:
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    if "pattern" in schema:
        # fullmatch: never a trailing newline, which Python's `$` admits and the models' regex does not
        # (a documented gap, tested on its own).
        matches = st.from_regex(schema["pattern"], fullmatch=True)
        return matches.filter(lambda text: low <= len(text) <= (high if high is not None else len(text)))
    return st.text(min_size=low, max_size=min(high if high is not None else MAX_TEXT, max(low, MAX_TEXT)))


def _object(schema: dict[str, Any], root: dict[str, Any]) -> st.SearchStrategy[Any]:
    if "properties" not in schema:
        return st.dictionaries(st.text(max_size=8), json_values, max_size=MAX_ITEMS)
    properties = {name: from_schema(sub, root) for name, sub in schema["properties"].items()}
    required = set(schema.get("required", ()))
    return st.fixed_dictionaries(
        {name: strategy for name, strategy in properties.items() if name in required},
        optional={name: strategy for name, strategy in properties.items() if name not in required},
    )


def from_schema(schema: dict[str, Any], root: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Valid instances of ``schema``, resolving ``$ref``s against the bundle ``root``."""
    schema = resolve(schema, root)
    if "oneOf" in schema or "anyOf" in schema:
        return st.one_of([from_schema(branch, root) for branch in branches(schema, root)])
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "type" not in schema:
        return json_values
    kinds = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
    low, high = schema.get("minItems", 0), min(schema.get("maxItems", MAX_ITEMS), MAX_ITEMS)
    by_kind = {
        "null": lambda: st.none(),
        "boolean": lambda: st.booleans(),
        "integer": lambda: _numbers(schema, integral=True),
        "number": lambda: _numbers(schema, integral=False),
        "string": lambda: _strings(schema),
        "array": lambda: st.lists(
            from_schema(schema.get("items", {}), root), min_size=low, max_size=max(low, high)
        ),
        "object": lambda: _object(schema, root),
    }
    return st.one_of([by_kind[kind]() for kind in kinds])
