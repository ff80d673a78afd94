"""Logging without leaking: redact() on every example, problem messages, headers, AuthError text."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import hirehooks
from hirehooks._catalog import bundled_schema
from hirehooks._redact import MASK, sensitive
from hirehooks._walk import positions, replaced
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
    assert {
        "candidate_name",
        "candidate_email",
        "name",
        "email",
        "text",
        "report_url",
        "resume_url",
    } <= marked
    assert {"audio_recording_link", "video_recording_link", "candidate_interview_url"} <= marked
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
