"""parse and validate agree on bodies the caller has already decoded (D39).

For every input, either both accept it, and the model dumps to the value as plain JSON, or both refuse
it with problems at the same paths. Inputs: every stored example with one part replaced by a value
that is not plain JSON or is a limit case (non-string keys, NaN and infinities, integers of more than
4,300 digits, lone surrogates, also in length-limited strings, tuples, other mappings and sequences,
bytes, sets, subclasses of str and int), or with its containers turned into other mapping and
sequence types.
"""

from __future__ import annotations

import enum
import math
from collections import OrderedDict, UserList
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hirehooks
from hirehooks._walk import replaced
from tests.conftest import NAMES


class Label(str):
    """A str subclass, as a caller's own string type."""


class Count(enum.IntEnum):
    ONE = 1


TRICKY = [
    math.nan,
    math.inf,
    -math.inf,
    10**4300,
    -(10**4300),
    10**4299,
    2**64,
    "\ud800",
    "\udc00 trailing",
    "a" * 254 + "\ud800",
    "a" * 255 + "\ud800",
    "😀" * 255,
    "😀" * 256,
    b"bytes",
    {1, 2},
    (1, "two"),
    (),
    {1: "integer key"},
    {("a",): "tuple key"},
    MappingProxyType({"a": 1}),
    OrderedDict(a=[1, 2]),
    UserList([1, 2]),
    Label("label"),
    Count.ONE,
    True,
    None,
    1.5,
    "text",
]


def plain(value: Any) -> Any:
    """What a decoded value means as JSON: mappings as dicts, sequences as lists, subclasses as base types."""
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, Mapping):
        return {str.__str__(key): plain(child) for key, child in value.items()}
    if isinstance(value, Sequence):
        return [plain(child) for child in value]
    raise AssertionError(f"not JSON: {value!r}")


def parts(value: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """The path of every value inside ``value``, containers included."""
    found = [path]
    if isinstance(value, dict):
        found += [inner for key, child in value.items() for inner in parts(child, (*path, key))]
    elif isinstance(value, list):
        found += [inner for index, child in enumerate(value) for inner in parts(child, (*path, index))]
    return found


def retyped(value: Any, choose: st.DrawFn) -> Any:
    """``value`` with some of its dicts turned into other mappings and lists into other sequences."""
    if isinstance(value, dict):
        items = {key: retyped(child, choose) for key, child in value.items()}
        return choose(st.sampled_from([dict, MappingProxyType, OrderedDict]))(items)
    if isinstance(value, list):
        return choose(st.sampled_from([list, tuple, UserList]))([retyped(child, choose) for child in value])
    return value


@st.composite
def decoded_bodies(draw: st.DrawFn) -> tuple[str, Any]:
    name = draw(st.sampled_from(NAMES))
    body = draw(st.sampled_from(list(hirehooks.examples(name).values())))
    if len(parts(body)) > 1 and draw(st.booleans()):
        # Not the body itself: a decoded body of another type than JSON's is a TypeError.
        body = replaced(body, draw(st.sampled_from(parts(body)[1:])), draw(st.sampled_from(TRICKY)))
    else:
        body = {**body, "unknown": draw(st.sampled_from(TRICKY))} if isinstance(body, dict) else body
    return name, retyped(body, draw) if draw(st.booleans()) else body


def agree(name: str, body: Any, strict: bool) -> None:
    problems = hirehooks.validate(name, body, strict=strict)
    try:
        model = hirehooks.parse(name, body, strict=strict)
    except hirehooks.PayloadError as error:
        assert problems, ("parse refused what validate accepts", error.problems)
        assert {problem.path for problem in error.problems} == {problem.path for problem in problems}
        return
    assert problems == [], ("validate refused what parse accepts", problems)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == plain(body)


@given(decoded_bodies(), st.booleans())
def test_parse_and_validate_agree_on_any_decoded_body(case: tuple[str, Any], strict: bool) -> None:
    name, body = case
    agree(name, body, strict)


STARTED = "heymilo.interview_started"
INSTAVIEW = "instaview.create_webhook_request"


def _example(name: str) -> dict[str, Any]:
    example: dict[str, Any] = next(iter(hirehooks.examples(name).values()))
    return example


EXPLICIT = {
    "integer key": (STARTED, {**_example(STARTED), 1: "x"}, [""]),
    "integer key inside": (STARTED, replaced(_example(STARTED), ("metadata", 2), "x"), ["/metadata"]),
    "4,301-digit integer": (STARTED, {**_example(STARTED), "timestamp": 10**4300}, ["/timestamp"]),
    "4,301-digit integer, unknown field": (STARTED, {**_example(STARTED), "x": -(10**4300)}, ["/x"]),
    "4,300-digit integer": (STARTED, {**_example(STARTED), "timestamp": 10**4299}, []),
    "lone surrogate": (STARTED, {**_example(STARTED), "interview_id": "\ud800"}, ["/interview_id"]),
    "lone surrogate, limited length": (
        INSTAVIEW,
        {**_example(INSTAVIEW), "name": "a" * 200 + "\ud800"},
        ["/name"],
    ),
    "astral characters at the limit": (INSTAVIEW, {**_example(INSTAVIEW), "name": "😀" * 255}, []),
    "astral characters past the limit": (INSTAVIEW, {**_example(INSTAVIEW), "name": "😀" * 256}, ["/name"]),
    "tuple": (INSTAVIEW, {**_example(INSTAVIEW), "events": tuple(_example(INSTAVIEW)["events"])}, []),
    "tuple, unknown field": (STARTED, {**_example(STARTED), "x": (1, 2)}, []),
    "mapping proxy": (
        STARTED,
        {**_example(STARTED), "metadata": MappingProxyType(_example(STARTED)["metadata"])},
        [],
    ),
    "whole body a mapping proxy": (STARTED, MappingProxyType(_example(STARTED)), []),
    "NaN": (STARTED, {**_example(STARTED), "timestamp": math.nan}, ["/timestamp"]),
    "infinity": (STARTED, {**_example(STARTED), "x": [math.inf]}, ["/x/0"]),
    "bytes": (STARTED, {**_example(STARTED), "interview_id": b"A1"}, ["/interview_id"]),
    "set": (STARTED, {**_example(STARTED), "x": {1}}, ["/x"]),
    "str subclass": (STARTED, {**_example(STARTED), "interview_id": Label("A1")}, []),
}


@pytest.mark.parametrize(("name", "body", "paths"), EXPLICIT.values(), ids=EXPLICIT.keys())
@pytest.mark.parametrize("strict", [False, True])
def test_parse_and_validate_agree_on_each_known_case(
    name: str, body: Any, paths: list[str], strict: bool
) -> None:
    agree(name, body, strict)
    # What is not JSON is refused before the schema is read; else strict mode refuses the unknown field.
    unknown = ["/x"] if strict and isinstance(body, Mapping) and "x" in body else []
    assert sorted({problem.path for problem in hirehooks.validate(name, body, strict=strict)}) == (
        paths or unknown
    )
