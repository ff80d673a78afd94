"""Examples per second: hirehooks.testing.payloads against hypothesis-jsonschema, same schema, same run.

``python benchmarks/strategies.py [--examples N] [--reference-examples M]`` (``make bench``).
hypothesis-jsonschema needs minutes per 100 reports, so it gets fewer examples; the rates are
comparable, the totals are not.
Generation only: no validation inside the timed loop (the tests check that every example is valid).
"""

from __future__ import annotations

import argparse
import time
import warnings
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

import hirehooks
from hirehooks.testing import payloads


def rate(strategy: st.SearchStrategy[Any], count: int) -> float:
    """Examples per second Hypothesis draws from ``strategy`` (generate phase only, no database),
    after one untimed run that pays for building the strategy (hypothesis-jsonschema's takes long)."""
    drawn = 0
    _draws(strategy, 1, lambda: None)
    started = time.perf_counter()

    def count_one() -> None:
        nonlocal drawn
        drawn += 1

    _draws(strategy, count, count_one)
    return drawn / (time.perf_counter() - started)


def _draws(strategy: st.SearchStrategy[Any], count: int, each: Any) -> None:
    @settings(
        max_examples=count,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def draw(body: Any) -> None:
        each()

    draw()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=300, help="examples per name for hirehooks (300)")
    parser.add_argument("--reference-examples", type=int, default=3, help="for hypothesis-jsonschema (3)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # hypothesis-jsonschema's own deprecation notices
    print(f"{'name':32} {'hirehooks /s':>13} {'h-jsonschema /s':>16} {'ratio':>7}")
    for name in ("heymilo.report_available", "heymilo.interview_started", "xobin.webhook_settings_request"):
        ours = rate(payloads(name), args.examples)
        reference = rate(from_schema(hirehooks.schema(name)), args.reference_examples)
        print(f"{name:32} {ours:13.1f} {reference:16.2f} {ours / reference:6.0f}x")


if __name__ == "__main__":
    main()
