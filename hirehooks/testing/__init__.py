"""Hypothesis strategies and helpers for testing a webhook handler against hirehooks' schemas.

Needs Hypothesis (``pip install "hirehooks[testing]"``).

>>> from hirehooks.testing import payloads, invalid_payloads, check_handler
>>> check_handler("heymilo.report_available", my_handler, examples=200)   # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from hirehooks._catalog import bundled_schema
from hirehooks._problems import pointer
from hirehooks.testing._compiler import Compiler
from hirehooks.testing._mutations import mutations

__all__ = ["NearMiss", "check_handler", "invalid_payloads", "payloads", "sample"]


class NearMiss(NamedTuple):
    """An invalid body one step from a valid one: ``path`` (a JSON Pointer) is what breaks it."""

    body: Any
    path: str
    kind: str  # e.g. "wrong type string", "required dropped", "above maximum"


def payloads(name: str, *, nulls: bool = True, extras: bool = False) -> st.SearchStrategy[Any]:
    """Valid, JSON-ready bodies of ``name`` (a payload or an API body).

    ``nulls``: explore every nullable branch (``False``: null only where nothing else is allowed).
    ``extras``: add unknown fields to every declared object; lenient parsing must accept and keep them.
    """
    return Compiler(bundled_schema(name), nulls=nulls, extras=extras).strategy(bundled_schema(name))


def invalid_payloads(name: str) -> st.SearchStrategy[NearMiss]:
    """Near misses of ``name``: a valid body with one field dropped, of a wrong type, or out of range."""
    root = bundled_schema(name)

    def near(body: Any) -> st.SearchStrategy[NearMiss]:
        found = [NearMiss(miss.body, pointer(miss.path), miss.kind) for miss in mutations(root, body)]
        return st.sampled_from(found) if found else st.nothing()

    return payloads(name).flatmap(near)


def check_handler(name: str, handler: Callable[[Any], object], *, examples: int = 100) -> None:
    """Run ``handler`` on ``examples`` generated bodies of ``name``; if it raises on one, re-raise that
    error for the body Hypothesis shrinks it to, which it reports as the falsifying example.

    Shrinking minimises the structure (nulls, optional fields, array lengths, branches); leaf values
    come from a seeded random and are not minimised one by one (see ``compiler``).
    """

    @settings(
        max_examples=examples, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
    )
    @given(payloads(name))
    def handles(body: Any) -> None:
        handler(body)

    handles()


def sample(name: str, count: int) -> list[Any]:
    """``count`` generated bodies of ``name`` outside a test (fewer if the schema admits fewer)."""
    drawn: list[Any] = []

    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(payloads(name))
    def collect(body: Any) -> None:
        drawn.append(body)

    collect()
    return drawn[:count]
