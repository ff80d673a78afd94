"""Bounded fuzz smoke for CI: raw bytes, and stored examples with bytes flipped, cut or inserted.

``make fuzz`` runs the same check (``fuzz/target.py``) under atheris for a million inputs.
"""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

import hirehooks
from fuzz.target import one_input

EXAMPLE_BYTES = [
    json.dumps(body).encode() for name in hirehooks.events() for body in hirehooks.examples(name).values()
]


@st.composite
def damaged_examples(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(EXAMPLE_BYTES)))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
    return bytes(data)


@settings(max_examples=300)
@given(st.binary(max_size=300) | damaged_examples())
def test_any_bytes_give_only_documented_outcomes(data: bytes) -> None:
    one_input(data)
