"""hirehooks.testing: the strategies consumers reuse, their options, and check_handler's report.

The schema walker (``hirehooks._walk``) is reached to find nullable positions, and the compiler
(``hirehooks.testing._compiler``) to hand it a schema no catalog name has: no public API does either.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given

import hirehooks
from hirehooks._catalog import bundled_schema
from hirehooks._walk import allowed_types, positions
from hirehooks.testing import NearMiss, check_handler, invalid_payloads, payloads
from hirehooks.testing._compiler import Compiler

REPORT = "heymilo.report_available"


def _nullable_values(name: str, body: Any) -> list[Any]:
    """Values at positions whose schema allows null and something else."""
    return [
        value
        for path, schema, value in positions(bundled_schema(name), body)
        if "null" in (allowed_types(schema) or ()) and len(allowed_types(schema) or ()) > 1
    ]


@given(payloads(REPORT, nulls=False))
def test_without_nulls_no_nullable_field_is_null(body: Any) -> None:
    assert None not in _nullable_values(REPORT, body)
    assert hirehooks.validate(REPORT, body) == []


@given(payloads(REPORT, extras=True))
def test_extras_are_accepted_leniently_kept_and_rejected_strictly(body: Any) -> None:
    assert hirehooks.validate(REPORT, body) == []
    dumped = hirehooks.parse(REPORT, body).model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert json.dumps(dumped, sort_keys=True) == json.dumps(body, sort_keys=True)
    strict = hirehooks.validate(REPORT, body, strict=True)
    assert all(problem.message == "unexpected property (strict mode)" for problem in strict)


@pytest.mark.parametrize(
    "name",
    ["heymilo.interview_started", "xobin.webhook_settings_request", "instaview.create_webhook_request"],
)
def test_near_misses_are_invalid_exactly_where_they_say(name: str) -> None:
    @given(invalid_payloads(name))
    def check(miss: NearMiss) -> None:
        assert {problem.path for problem in hirehooks.validate(name, miss.body)} == {miss.path}
        with pytest.raises(hirehooks.PayloadError):
            hirehooks.parse(name, miss.body)

    check()


def test_check_handler_reports_the_failing_body_with_its_structure_shrunk() -> None:
    failures: list[Any] = []

    def handler(body: dict[str, Any]) -> None:
        if "auth" in body["webhooks"]:
            failures.append(body)
            raise ValueError("cannot handle auth settings")

    with pytest.raises(ValueError, match="cannot handle auth settings"):
        check_handler("xobin.webhook_settings_request", handler, examples=200)
    # Replayed last, shrunk: only what the failure needs — one webhook (the first alternative), the first
    # auth shape, no optional updateAll. Leaf values are not shrunk one by one (see compiler.py).
    shrunk = failures[-1]
    assert set(shrunk) == {"webhooks"}
    assert set(shrunk["webhooks"]) == {"start", "auth"}
    assert shrunk["webhooks"]["auth"]["type"] == "basic"


def test_check_handler_passes_a_handler_that_copes() -> None:
    seen: list[str] = []
    check_handler("heymilo.interview_completed", lambda body: seen.append(body["interview_id"]), examples=20)
    assert len(seen) >= 20


def test_plugin_is_registered_through_its_entry_point(pytestconfig: pytest.Config) -> None:
    assert pytestconfig.pluginmanager.has_plugin("hirehooks")


def test_plugin_example_fixture_names_the_variants_it_has(hirehooks_example: Any) -> None:
    assert hirehooks_example("heymilo.v1.webhook")["webhook_id"] == "webhook_789"
    with pytest.raises(LookupError, match=r"has no example webhook\.nope\.json; it has: webhook\.json"):
        hirehooks_example("heymilo.v1.webhook", variant="nope")


def test_a_schema_with_keywords_the_compiler_cannot_draw_from_is_refused() -> None:
    schema = {"type": "object", "if": {"required": ["a"]}, "then": {"required": ["b"]}}
    with pytest.raises(ValueError, match="cannot draw from a schema using if, then"):
        Compiler(schema).strategy(schema)
    assert Compiler({}).compile({"type": "object", "additionalProperties": True})  # true adds no rule
