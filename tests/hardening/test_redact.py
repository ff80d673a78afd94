"""Logging without leaking: redact() on every example, problem messages, headers, AuthError text.

The marks are read from the bundled schemas (``hirehooks._catalog``, ``hirehooks._redact.sensitive``) and
found in a body by the validated walk (``hirehooks._walk.positions``) or by this module's own reading of
the schemas: no public API says where a marked value is, and redact must not be its own oracle. One
test reads the size of redact's remembered steps (``_coverage``) to show they do not grow with a body.
"""

from __future__ import annotations

import base64
import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import hirehooks
from hirehooks._catalog import bundled_schema
from hirehooks._redact import MASK, _coverage, sensitive
from hirehooks._walk import Path as JsonPath
from hirehooks._walk import positions, replaced, subschema_keywords, subschemas
from hirehooks.auth import AuthError, redact_headers, verify, verify_api_key, verify_basic
from tests.conftest import load


def _sensitive_values(name: str, body: Any) -> list[tuple[Any, Any]]:
    return [
        (path, value)
        for path, schema, value in positions(bundled_schema(name), body)
        if sensitive(schema) and value is not None
    ]


def test_pii_and_secrets_are_marked_in_the_schemas() -> None:
    report = hirehooks.examples("heymilo.report_available")["report_available.json"]
    marked = {path[-1] for path, _ in _sensitive_values("heymilo.report_available", report)}
    assert marked == {
        "candidate_name",
        "candidate_email",
        "resume_url",
        "report_url",
        "highlights",
        "lowlights",
        "match_details",
        "tags",
        "evaluation_summary",
        "text",
        "evaluations",
        "audio_recording_link",
        "video_recording_link",
        "name",
        "email",
        "skill_highlights",
        "candidate_interview_url",
    }  # extracted_text, candidate_feedback and the rest are null in this example
    response = hirehooks.examples("instaview.create_webhook_response")["create_webhook_response.json"]
    assert [path for path, _ in _sensitive_values("instaview.create_webhook_response", response)] == [
        ("signingSecret",)
    ]


def test_redact_masks_every_marked_value_of_every_example_and_nothing_else(example: tuple[str, Path]) -> None:
    name, path = example
    body = load(path)
    secrets = _sensitive_values(name, body)
    redacted = hirehooks.redact(name, path.read_bytes())
    expected = body
    for where, _ in secrets:
        expected = replaced(expected, where, MASK)
    assert redacted == expected
    text = json.dumps(redacted, ensure_ascii=False)
    # A marked value must not survive anywhere else either (an unmarked field holding PII would).
    assert [
        value for _, value in secrets if isinstance(value, str) and len(value) >= 5 and value in text
    ] == []
    assert load(path) == body  # the input is left as it was


# The sentinel test's own reading of the schemas, independent of redact's: the applicators the bundles
# use, every branch at once. It refuses a bundle using any other, so it cannot silently see too little.
READ = {"$ref", "allOf", "anyOf", "oneOf", "properties", "additionalProperties", "items"}


def _applicators_used(schema: Any) -> set[str]:
    if isinstance(schema, list):
        return {keyword for item in schema for keyword in _applicators_used(item)}
    if not isinstance(schema, dict):
        return set()
    found = {  # a boolean subschema (`additionalProperties: true`) holds no mark
        keyword
        for keyword, value in schema.items()
        if (keyword in subschema_keywords() and not isinstance(value, bool)) or keyword == "$ref"
    }
    nested = [value for key, value in schema.items() if key not in ("enum", "const", "default", "examples")]
    return found - {"$defs"} | _applicators_used(nested)


def _alternatives(schemas: list[Any], root: dict[str, Any]) -> list[dict[str, Any]]:
    """``schemas`` and every branch that applies to the same value, ``$ref`` followed."""
    found, pending = [], list(schemas)
    while pending:
        schema = pending.pop()
        if isinstance(schema, dict):
            found.append(schema)
            if "$ref" in schema:
                pending.append(root["$defs"][schema["$ref"].removeprefix("#/$defs/")])
            pending += [*schema.get("allOf", ()), *schema.get("anyOf", ()), *schema.get("oneOf", ())]
    return found


def _others(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The schema of the members ``properties`` does not name, where it is a schema of its own."""
    others = schema.get("additionalProperties")
    return [others] if isinstance(others, dict) else []


def _marked(schemas: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [schema for schema in schemas if sensitive(schema)]


class Planter:
    """Plants a sentinel at every marked position of a body, over every branch, creating the objects and
    arrays that lead to one where the body lacks them, and computes what redact must return."""

    SHAPES = ("string", "number", "object", "array")

    def __init__(self, root: dict[str, Any], shape: str, break_siblings: bool) -> None:
        self.root, self.shape, self.break_siblings = root, shape, break_siblings
        self.sentinels: list[str] = []
        self.planted: set[int] = set()  # ids of the marked subschemas a sentinel was planted under
        self.sites: list[JsonPath] = []  # objects holding a planted value, for the wrong-container variants

    def sentinel(self) -> Any:
        mark = f"SENTINEL{len(self.sentinels):04d}Z"
        self.sentinels.append(mark)
        if self.shape == "number":
            self.sentinels[-1] = str(918273645500 + len(self.sentinels))
            return int(self.sentinels[-1])
        if self.shape == "object":
            return {"undeclared": mark, "nested": {"deeper": [mark]}}
        if self.shape == "array":
            return [mark, {"undeclared": mark}]
        return mark

    def holds_marks(self, schemas: list[dict[str, Any]], depth: int = 0) -> bool:
        children = [
            _alternatives([sub], self.root)
            for schema in schemas
            for sub in [
                *schema.get("properties", {}).values(),
                *_others(schema),
                *([schema["items"]] if "items" in schema else []),
            ]
        ]
        return depth < 20 and any(_marked(child) or self.holds_marks(child, depth + 1) for child in children)

    def plant(self, schemas: list[dict[str, Any]], value: Any, path: JsonPath) -> tuple[Any, Any]:
        """``(planted, expected)`` for ``value`` (None where absent) at ``path``, ``schemas`` applying."""
        marked = _marked(schemas)
        if marked:
            self.planted.update(map(id, marked))
            return self.sentinel(), MASK
        members: dict[str, list[Any]] = {}
        for schema in schemas:
            for name, sub in schema.get("properties", {}).items():
                members.setdefault(name, []).append(sub)
        others = [sub for schema in schemas for sub in _others(schema)]
        if others:  # every undeclared member, and one planted where the body has none
            undeclared = [name for name in (value or {}) if name not in members] or ["planted member"]
            for name in undeclared:
                members[name] = others
        if members and (isinstance(value, dict) or value is None):
            planted, expected = dict(value or {}), dict(value or {})
            leading = [name for name, subs in members.items() if self._leads_to_mark(subs)]
            for name in leading:
                alternatives = _alternatives(members[name], self.root)
                planted[name], expected[name] = self.plant(alternatives, planted.get(name), (*path, name))
            if self.break_siblings:
                for name in planted.keys() - set(leading):
                    planted[name] = expected[name] = 7.5  # a wrong type for nearly every field
            if leading:
                self.sites.append(path)
            return planted, expected
        items = [schema["items"] for schema in schemas if "items" in schema]
        if items and (isinstance(value, list) or value is None):
            alternatives = _alternatives(items, self.root)
            pairs = [
                self.plant(alternatives, item, (*path, index)) for index, item in enumerate(value or [None])
            ]
            return [planted for planted, _ in pairs], [expected for _, expected in pairs]
        return value, value

    def _leads_to_mark(self, subs: list[Any]) -> bool:
        alternatives = _alternatives(subs, self.root)
        return bool(_marked(alternatives)) or self.holds_marks(alternatives)


def _planted_variants(name: str, body: Any) -> list[tuple[str, Any, Any, list[str]]]:
    """``(variant, planted body, what redact must return, sentinels)`` for ``body``."""
    root = bundled_schema(name)
    variants = []
    for shape in Planter.SHAPES:
        for break_siblings in (False, True):
            planter = Planter(root, shape, break_siblings)
            planted, expected = planter.plant(_alternatives([root], root), body, ())
            label = f"{shape}{' with invalid siblings' if break_siblings else ''}"
            variants.append((label, planted, expected, planter.sentinels))
            if shape != "string" or break_siblings:
                continue
            for site in planter.sites:  # the object holding a marked value, as the wrong container
                holder = planted
                for part in site:
                    holder = holder[part]
                # A str body is raw JSON text, so a whole body as a JSON string exists only below the top.
                for wrong in [list(holder.values()), *([json.dumps(holder)] if site else [])]:
                    wrong_body = replaced(planted, site, wrong) if site else wrong
                    wrong_expected = replaced(expected, site, MASK) if site else MASK
                    variants.append(
                        (f"{site} as {type(wrong).__name__}", wrong_body, wrong_expected, planter.sentinels)
                    )
    return variants


def test_no_planted_sentinel_survives_redact(example: tuple[str, Path]) -> None:
    """Decision D44: valid bodies, wrong containers, wrong branches, undeclared fields under marked objects
    and invalid siblings alike. The exact result is checked too, so unmarked values survive unchanged."""
    name, path = example
    root = bundled_schema(name)
    assert _applicators_used(root) <= READ
    for variant, planted, expected, sentinels in _planted_variants(name, load(path)):
        untouched = copy.deepcopy(planted)
        for body in (planted, json.dumps(planted).encode()):
            redacted = hirehooks.redact(name, body)
            text = json.dumps(redacted)
            assert [mark for mark in sentinels if mark in text] == [], variant
            assert redacted == expected, variant
        assert planted == untouched, variant  # a decoded input is left as it was


def test_a_sentinel_is_planted_under_every_marked_subschema_of_every_name() -> None:
    for name in hirehooks.names():
        root = bundled_schema(name)
        marked = {id(schema) for schema in _every_subschema(root) if sensitive(schema)}
        planted: set[int] = set()
        for body in hirehooks.examples(name).values():
            planter = Planter(root, "string", break_siblings=False)
            planter.plant(_alternatives([root], root), body, ())
            planted |= planter.planted
        assert marked <= planted, name


def _every_subschema(schema: Any) -> list[dict[str, Any]]:
    if not isinstance(schema, dict):
        return []
    return [schema] + [
        found for keyword in schema for sub in subschemas(schema, keyword) for found in _every_subschema(sub)
    ]


def test_redact_remembers_steps_per_schema_position_not_per_key_or_index() -> None:
    """Bounded memory: undeclared keys and array indexes share one remembered step each (D44)."""
    report = hirehooks.examples("heymilo.report_available")["report_available.json"]
    coverage = _coverage("heymilo.report_available")
    sizes = []
    for count in (10, 5_000):
        body = copy.deepcopy(report)
        body["metadata"].update({f"undeclared{index}": index for index in range(count)})
        entries = body["agentic_data"]["web_interview_info"]["transcript"]["transcript"]
        entries.extend([{"text": f"SENTINEL{index}Z"} for index in range(count)])
        redacted = hirehooks.redact("heymilo.report_available", body)
        assert redacted["metadata"]["undeclared9"] == 9
        assert "SENTINEL" not in json.dumps(redacted)
        sizes.append(len(coverage._steps))
    assert sizes[0] == sizes[1]


def test_problem_messages_never_quote_a_sensitive_value() -> None:
    response = hirehooks.examples("instaview.create_webhook_response")["create_webhook_response.json"]
    leaked = "zz-not-hex-secret-value"
    problems = hirehooks.validate("instaview.create_webhook_response", {**response, "signingSecret": leaked})
    assert [str(problem) for problem in problems] == [
        "/signingSecret: the value does not match ^[0-9a-fA-F]{64}"
    ]
    request = hirehooks.examples("instaview.create_webhook_request")["create_webhook_request.json"]
    long_token = "Bearer " + "t" * 4100
    problems = hirehooks.validate(
        "instaview.create_webhook_request",
        {**request, "headers": [{"name": "Authorization", "value": long_token}]},
    )
    assert all(long_token[:20] not in str(problem) for problem in problems) and problems


def test_redact_headers_masks_credentials_and_keeps_the_rest() -> None:
    headers = {
        "Authorization": "Basic dXNlcjpwYXNz",
        "webhook-signature": "v1,abc",
        "X-Api-Key": "secret-key",
        "X-Xobin": "configured-key",
        "Content-Type": "application/json",
        "webhook-id": "msg_1",
    }
    assert redact_headers(headers, also=["x-xobin"]) == {
        "Authorization": MASK,
        "webhook-signature": MASK,
        "X-Api-Key": MASK,
        "X-Xobin": MASK,
        "Content-Type": "application/json",
        "webhook-id": "msg_1",
    }


# Each ends in a private-use character, so no secret is a mere substring of an error's fixed wording
# (Hypothesis once drew the user name "passwo").
secrets = st.text(min_size=6, alphabet=st.characters(codec="utf-8", exclude_characters=":")).map(
    lambda text: text + "\ue000"
)


@given(user=secrets, password=secrets, sent=secrets)
def test_auth_errors_never_contain_credentials(user: str, password: str, sent: str) -> None:
    assume(sent != password)
    token = base64.b64encode(f"{user}:{sent}".encode()).decode()
    attempts = [
        lambda: verify_basic({"Authorization": f"Basic {token}"}, user + "x", password),
        lambda: verify_api_key({"X-Key": sent}, "X-Key", password),
        lambda: verify(
            "whsec_" + base64.b64encode(password.encode()).decode(),
            {"webhook-id": "m", "webhook-timestamp": "1", "webhook-signature": sent},
            b"{}",
            now=lambda: 1,
        ),
    ]
    for attempt in attempts:
        with pytest.raises(AuthError) as raised:
            attempt()
        text = str(raised.value)
        assert password not in text and sent not in text and token not in text
