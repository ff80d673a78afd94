"""Compile a bundled schema straight into a Hypothesis strategy of valid instances.

hypothesis-jsonschema needs minutes per 100 ``report_available`` examples; this compiler handles only
the keywords hirehooks schemas use (see ``paths``) and draws small arrays and short strings.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from hirehooks.testing.paths import branches, resolve

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
    ints = st.integers(None if low is None else math.ceil(low), None if high is None else math.floor(high))
    if integral:
        return ints
    return ints | st.floats(low, high, allow_nan=False, allow_infinity=False)


def _strings(schema: dict[str, Any]) -> st.SearchStrategy[str]:
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    if "pattern" in schema:
        # fullmatch: never a trailing newline, which Python's `$` admits and the models' regex does not
        # (decision D17).
        matches = st.from_regex(schema["pattern"], fullmatch=True)
        return matches.filter(lambda text: low <= len(text) <= (len(text) if high is None else high))
    return st.text(min_size=low, max_size=min(MAX_TEXT if high is None else high, max(low, MAX_TEXT)))


@dataclass(frozen=True)
class Compiler:
    """``root`` is the bundle ``$ref``s resolve against. ``nulls``: draw null wherever it is allowed
    (else only where nothing else is). ``extras``: add unknown keys to every object that declares
    properties, as a vendor adding fields would."""

    root: dict[str, Any]
    nulls: bool = True
    extras: bool = False

    def strategy(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        schema = resolve(schema, self.root)
        if "oneOf" in schema or "anyOf" in schema:
            return st.one_of([self.strategy(branch) for branch in branches(schema, self.root)])
        if "const" in schema:
            return st.just(schema["const"])
        if "enum" in schema:
            return st.sampled_from(schema["enum"])
        if "type" not in schema:
            return json_values
        kinds = [schema["type"]] if isinstance(schema["type"], str) else list(schema["type"])
        if not self.nulls and len(kinds) > 1 and "null" in kinds:
            kinds.remove("null")
        return st.one_of([self._of_kind(kind, schema) for kind in kinds])

    def _of_kind(self, kind: str, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        if kind == "null":
            return st.none()
        if kind == "boolean":
            return st.booleans()
        if kind in ("integer", "number"):
            return _numbers(schema, integral=kind == "integer")
        if kind == "string":
            return _strings(schema)
        if kind == "array":
            low, high = schema.get("minItems", 0), min(schema.get("maxItems", MAX_ITEMS), MAX_ITEMS)
            return st.lists(self.strategy(schema.get("items", {})), min_size=low, max_size=max(low, high))
        return self._object(schema)

    def _object(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        if "properties" not in schema:
            return st.dictionaries(st.text(max_size=8), json_values, max_size=MAX_ITEMS)
        properties = {name: self.strategy(sub) for name, sub in schema["properties"].items()}
        required = set(schema.get("required", ()))
        known = st.fixed_dictionaries(
            {name: strategy for name, strategy in properties.items() if name in required},
            optional={name: strategy for name, strategy in properties.items() if name not in required},
        )
        if not self.extras:
            return known
        unknown_keys = st.text(min_size=1, max_size=8).filter(lambda key: key not in properties)
        unknown = st.dictionaries(unknown_keys, json_values, max_size=2)
        return st.builds(lambda declared, added: {**added, **declared}, known, unknown)
