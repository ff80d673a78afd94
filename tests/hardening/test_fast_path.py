"""parse's fast path (pydantic parses the raw text itself) ends exactly as the decoded path does.

The decoded path (``decode``, then the model on Python values) defines what ``parse`` accepts; raw text
goes to pydantic's own parser first, for speed. These tests put tricky JSON at random places of every
example and compare the two outcomes: the same model, or the same problems.
"""

from __future__ import annotations

import json
from typing import Any

import orjson
import pydantic_core
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hirehooks
from hirehooks._body import MAX_DEPTH, decode
from hirehooks._walk import replaced
from tests.conftest import EVENTS

TOO_DEEP = MAX_DEPTH + 1
PLACE = "\u0000placeholder\u0000"
QUOTED_PLACE = orjson.dumps(PLACE)

FRAGMENTS = [
    b"NaN",
    b"Infinity",
    b"-Infinity",
    b"1e400",
    b"-1e400",
    b"1E+400",
    b"-0.1e999",
    b"1e0400",
    b"1" + b"0" * 400 + b".5",
    b"1e-400",
    b"1e300",
    b"1.7976931348623157e308",
    b"7.0",
    b'"7"',
    str(2**64).encode(),
    str(-(2**63) - 1).encode(),
    b'"\\ud800"',
    b'"\\udc00\\ud800"',
    b'"a\\u0000b"',
    b'{"a": 1, "a": 2}',
    b"[]",
    b"{}",
    b"null",
    b"true",
    *(b"[" * depth + b"]" * depth for depth in (198, 199, 200, 201, 202, MAX_DEPTH - 1, MAX_DEPTH)),
    *(b'{"a":' * depth + b"1" + b"}" * depth for depth in (198, 199, 200, 201, MAX_DEPTH - 1, MAX_DEPTH)),
]


def outcome(name: str, body: Any, strict: bool) -> tuple[str, Any]:
    try:
        return "parsed", hirehooks.parse(name, body, strict=strict).model_dump()
    except hirehooks.PayloadError as error:
        return "refused", error.problems


def decoded_outcome(name: str, raw: bytes, strict: bool) -> tuple[str, Any]:
    try:
        data = decode(raw)
    except hirehooks.PayloadError as error:
        return "refused", error.problems
    return outcome(name, data, strict)


def leaf_paths(value: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    if isinstance(value, dict):
        return [leaf for key, child in value.items() for leaf in leaf_paths(child, (*path, key))]
    if isinstance(value, list):
        return [leaf for index, child in enumerate(value) for leaf in leaf_paths(child, (*path, index))]
    return [path]


@st.composite
def tricky_bodies(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(EVENTS))
    example = draw(st.sampled_from(list(hirehooks.examples(name).values())))
    leaves = leaf_paths(example)
    if not leaves or draw(st.booleans()):  # an unknown field, kept by lenient parsing
        body = {**example, "unknown": PLACE}
    else:
        body = replaced(example, draw(st.sampled_from(leaves)), PLACE)
    return name, orjson.dumps(body).replace(QUOTED_PLACE, draw(st.sampled_from(FRAGMENTS)))


@given(tricky_bodies(), st.booleans())
def test_raw_text_is_parsed_as_its_decoded_value_is(case: tuple[str, bytes], strict: bool) -> None:
    name, raw = case
    expected = decoded_outcome(name, raw, strict)
    assert outcome(name, raw, strict) == expected
    assert outcome(name, raw.decode("utf-8"), strict) == expected


@pytest.mark.parametrize("name", EVENTS)
def test_str_with_a_lone_surrogate_parses_as_its_decoded_value(name: str) -> None:
    example = next(iter(hirehooks.examples(name).values()))
    body = json.dumps({**example, "unknown": "\ud800"}, ensure_ascii=False)  # the character itself
    assert "\ud800" in body
    for strict in (False, True):
        assert outcome(name, body, strict) == outcome(name, json.loads(body), strict)


@pytest.mark.parametrize("name", hirehooks.names())
def test_every_example_parses_the_same_from_text_and_from_values(name: str) -> None:
    for example in hirehooks.examples(name).values():
        for strict in (False, True):
            assert outcome(name, orjson.dumps(example), strict) == outcome(name, example, strict)
            # The fast path's own validator (D38) builds the very generated classes, equal models.
            extended = {**example, "unknown": [1.5, {"a": None}]} if isinstance(example, dict) else example
            from_text, from_values = (
                hirehooks.parse(name, orjson.dumps(extended)),
                hirehooks.parse(name, extended),
            )
            assert type(from_text) is type(from_values) and from_text == from_values


@pytest.mark.parametrize(
    "body",
    [b"[" * TOO_DEEP + b"]" * TOO_DEEP, b'{"a":' * TOO_DEEP + b"1" + b"}" * TOO_DEEP],
    ids=["arrays", "objects"],
)
def test_pydantic_parser_refuses_what_decode_finds_too_deep(body: bytes) -> None:
    # The fast path relies on this: pydantic never accepts a body that decode refuses as too deep.
    with pytest.raises(ValueError, match="recursion limit exceeded"):
        pydantic_core.from_json(body)
