"""Compile a bundled schema into a fast Hypothesis strategy of valid instances.

Speed comes from drawing little: Hypothesis draws the structure — null or not, which optional fields,
how many items, which ``oneOf`` branch or ``enum`` member — so shrinking minimises exactly that, while
leaf values (text, numbers, booleans) come from a ``random.Random`` seeded by one draw, mixing edge
cases (empty, non-ASCII, bounds, 2**53 + 1) with random values. A report then costs about 120 draws
instead of 750. Of the subschema keywords (``hirehooks._walk``) only those the hirehooks schemas use
are understood: ``properties``, ``items``, ``oneOf``/``anyOf`` and ``$defs`` (and an
``additionalProperties: true``); a schema using another is refused, not drawn from wrongly.
"""

from __future__ import annotations

import functools
import math
import random
import string
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from hirehooks._walk import branches, resolve, subschema_keywords

MAX_ITEMS = 3
MAX_TEXT = 20
EDGE_TEXT = ["", " ", "0", "null", "Ünïcödé", "名前", "😀", "a\nb", '"quoted"', "<b>html</b>", "x" * MAX_TEXT]
ALPHABET = string.ascii_letters + string.digits + string.punctuation + " éßñøЖ中文😀"
EDGE_INTS = [0, 1, -1, 2**31 - 1, -(2**31), 2**53 + 1, 2**63 - 1]
EDGE_FLOATS = [0.0, -0.0, 0.5, -1.5, 1e-9, 1e15 + 0.5, sys.float_info.max]

UNDERSTOOD = {"properties", "additionalProperties", "items", "oneOf", "anyOf", "$defs"}
"""The subschema keywords the compiler draws from; a boolean subschema of any other is fine if true."""

SEEDS = st.integers(0, 2**32 - 1)
Leaf = Callable[[st.DrawFn, random.Random], Any]
"""Builds one value from Hypothesis' ``draw`` (for structure) and the seeded ``random`` (for leaves)."""


@functools.cache
def _indexes(count: int) -> st.SearchStrategy[int]:
    return st.integers(0, count - 1)


def pick(draw: st.DrawFn, count: int) -> int:
    """A Hypothesis-drawn index below ``count`` (0, the simplest, is what shrinking aims for)."""
    return draw(_indexes(count)) if count > 1 else 0


def _text(schema: dict[str, Any]) -> Leaf:
    low, high = schema.get("minLength", 0), schema.get("maxLength", MAX_TEXT)
    edges = [text for text in EDGE_TEXT if low <= len(text) <= high]

    def build(draw: st.DrawFn, rng: random.Random) -> str:
        if edges and rng.random() < 0.3:
            return rng.choice(edges)
        size = rng.randint(low, max(low, min(high, MAX_TEXT)))
        return "".join(rng.choice(ALPHABET) for _ in range(size))

    return build


def _number(schema: dict[str, Any], integral: bool) -> Leaf:
    low, high = schema.get("minimum"), schema.get("maximum")
    ints = [n for n in EDGE_INTS if (low is None or n >= low) and (high is None or n <= high)]
    floats = [x for x in EDGE_FLOATS if (low is None or x >= low) and (high is None or x <= high)]
    ints += [n for n in (low, high) if isinstance(n, int) and not isinstance(n, bool)]
    span_low = -1e6 if low is None else low
    span_high = 1e6 if high is None else high

    def build(draw: st.DrawFn, rng: random.Random) -> int | float:
        if integral or rng.random() < 0.5:
            if ints and rng.random() < 0.4:
                return rng.choice(ints)
            return rng.randint(math.ceil(span_low), math.floor(span_high))
        if floats and rng.random() < 0.4:
            return rng.choice(floats)
        return rng.uniform(span_low, span_high)

    return build


def _json_value(rng: random.Random, depth: int = 0) -> Any:
    """Any JSON value, for fields whose type the docs never show."""
    kind = rng.randrange(7 if depth < 2 else 5)
    scalars = [
        None,
        rng.random() < 0.5,
        rng.choice(EDGE_INTS),
        rng.choice(EDGE_FLOATS),
        rng.choice(EDGE_TEXT),
    ]
    if kind < 5:
        return scalars[kind]
    if kind == 5:
        return [_json_value(rng, depth + 1) for _ in range(rng.randrange(3))]
    return {rng.choice(EDGE_TEXT[1:]): _json_value(rng, depth + 1) for _ in range(rng.randrange(3))}


@dataclass
class Compiler:
    """``root`` is the bundle ``$ref``s resolve against. ``nulls``: draw null wherever it is allowed
    (else only where nothing else is). ``extras``: add unknown keys to every object that declares
    properties, as a vendor adding fields would."""

    root: dict[str, Any]
    nulls: bool = True
    extras: bool = False
    _defs: dict[str, Leaf] = field(default_factory=dict, repr=False)

    def strategy(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        build = self.compile(schema)

        @st.composite
        def instances(draw: st.DrawFn) -> Any:
            return build(draw, random.Random(draw(SEEDS)))

        return instances()

    def compile(self, schema: dict[str, Any]) -> Leaf:
        unknown = sorted(
            keyword
            for keyword, value in schema.items()
            if keyword in subschema_keywords() and keyword not in UNDERSTOOD and value is not True
        )
        if unknown:
            raise ValueError(f"hirehooks.testing cannot draw from a schema using {', '.join(unknown)}")
        reference = schema.get("$ref")
        if reference is not None:  # compiled once, so recursion and reuse cost nothing
            if reference not in self._defs:
                self._defs[reference] = lambda draw, rng: target(draw, rng)
                target = self.compile(resolve(schema, self.root))
                self._defs[reference] = target
            return self._defs[reference]
        if "oneOf" in schema or "anyOf" in schema:
            options = [self.compile(branch) for branch in branches(schema, self.root)]
            return lambda draw, rng: options[pick(draw, len(options))](draw, rng)
        if "const" in schema:
            return lambda draw, rng: schema["const"]
        if "enum" in schema:
            return lambda draw, rng: schema["enum"][pick(draw, len(schema["enum"]))]
        if "type" not in schema:
            return lambda draw, rng: _json_value(rng)
        kinds = [schema["type"]] if isinstance(schema["type"], str) else list(schema["type"])
        if "null" in kinds and len(kinds) > 1:
            kinds.remove("null")
            if self.nulls:
                kinds.insert(0, "null")  # first, so shrinking tries null first
        options = [self._of_kind(kind, schema) for kind in kinds]
        if len(options) == 1:
            return options[0]
        return lambda draw, rng: options[pick(draw, len(options))](draw, rng)

    def _of_kind(self, kind: str, schema: dict[str, Any]) -> Leaf:
        if kind == "null":
            return lambda draw, rng: None
        if kind == "boolean":
            return lambda draw, rng: rng.random() < 0.5
        if kind in ("integer", "number"):
            return _number(schema, integral=kind == "integer")
        if kind == "string":
            return self._string(schema)
        if kind == "array":
            return self._array(schema)
        return self._object(schema)

    def _string(self, schema: dict[str, Any]) -> Leaf:
        if "pattern" not in schema:
            return _text(schema)
        # fullmatch: never a trailing newline, which Python's `$` admits and the models' regex does not
        # (decision D17). Patterns are rare (API bodies), so their few extra draws do not matter.
        high = schema.get("maxLength", math.inf)
        matches = st.from_regex(schema["pattern"], fullmatch=True).filter(lambda text: len(text) <= high)
        return lambda draw, rng: draw(matches)

    def _array(self, schema: dict[str, Any]) -> Leaf:
        item = self.compile(schema.get("items", {}))
        low = schema.get("minItems", 0)
        high = max(low, min(schema.get("maxItems", MAX_ITEMS), MAX_ITEMS))
        return lambda draw, rng: [item(draw, rng) for _ in range(low + pick(draw, high - low + 1))]

    def _object(self, schema: dict[str, Any]) -> Leaf:
        others = schema.get("additionalProperties")
        if isinstance(others, dict) and "properties" not in schema:  # a map: its size is structure
            member = self.compile(others)
            return lambda draw, rng: {
                f"{rng.choice(EDGE_TEXT)}{n}": member(draw, rng) for n in range(pick(draw, MAX_ITEMS + 1))
            }
        if "properties" not in schema:
            return lambda draw, rng: {
                rng.choice(EDGE_TEXT): _json_value(rng) for _ in range(rng.randrange(MAX_ITEMS))
            }
        required = set(schema.get("required", ()))
        properties = [
            (name, self.compile(sub), name in required) for name, sub in schema["properties"].items()
        ]
        declared = set(schema["properties"])

        def build(draw: st.DrawFn, rng: random.Random) -> dict[str, Any]:
            body = {name: value(draw, rng) for name, value, needed in properties if needed or pick(draw, 2)}
            if self.extras:
                for _ in range(pick(draw, 3)):
                    key = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 8)))
                    if key not in declared:
                        body[key] = _json_value(rng)
            return body

        return build
