"""The registration APIs: each vendor's documented rules, and each decision in schemas/DECISIONS.md.

Internals used: ``reference_problems`` (python-jsonschema, the reference the fast engine is held to) and
``replaced`` (a copy of a body with one value changed), neither of which is public API.
"""

from __future__ import annotations

from typing import Any

import pytest

import hirehooks
from hirehooks._validation import reference_problems
from hirehooks._walk import replaced
from tests.conftest import agreed_problems, documented_example, examples_of, load


def problems(name: str, body: Any, *, strict: bool = False) -> list[tuple[str, str]]:
    """``(path, message)`` of each problem, after checking that parse agrees with validate."""
    return [(problem.path, problem.message) for problem in agreed_problems(name, body, strict=strict)]


def test_names_list_payloads_and_api_bodies_and_events_only_payloads() -> None:
    api_bodies = [name for name in hirehooks.names() if name not in hirehooks.events()]
    assert len(api_bodies) == 20 and len(hirehooks.events()) == 21
    assert all(hirehooks.schema(name)["$id"].split("/")[-2] == "events" for name in hirehooks.events())
    assert "heymilo.v2.webhook_response" in hirehooks.names()
    assert "heymilo.v2.webhook_response" not in hirehooks.events()
    assert hirehooks.vendors() == ["heymilo", "hirempire", "instaview", "xobin"]


# --- HeyMilo v1 and v2 (DECISIONS.md A1) ---


def test_v1_event_type_is_one_of_three_and_v2_takes_any_string() -> None:
    v1 = load(documented_example("heymilo.v1.create_webhook_request"))
    v2 = load(documented_example("heymilo.v2.create_webhook_request"))
    assert problems("heymilo.v1.create_webhook_request", {**v1, "event_type": "candidate_ingested"}) == [
        (
            "/event_type",
            '"candidate_ingested" is not one of '
            '["interview_started", "interview_completed", "report_available"]',
        )
    ]
    assert problems("heymilo.v2.create_webhook_request", {**v2, "event_type": "candidate_ingested"}) == []


def test_v1_http_method_defaults_to_post_and_v2_has_none() -> None:
    bare = documented_example("heymilo.v1.create_webhook_request").with_name(
        "create_webhook_request.no-http-method.json"
    )
    parsed = hirehooks.parse("heymilo.v1.create_webhook_request", bare.read_bytes())
    assert parsed.http_method == "post"  # type: ignore[attr-defined]
    assert "http_method" not in parsed.model_dump(exclude_unset=True)
    assert problems("heymilo.v1.create_webhook_request", {**load(bare), "http_method": "put"}) == [
        ("/http_method", '"put" is not one of ["get", "post"]')
    ]
    v2 = {**load(documented_example("heymilo.v2.create_webhook_request")), "http_method": "post"}
    assert problems("heymilo.v2.create_webhook_request", v2) == []
    assert problems("heymilo.v2.create_webhook_request", v2, strict=True) == [
        ("/http_method", "unexpected property (strict mode)")
    ]


def test_v1_lists_a_bare_array_and_v2_a_paginated_envelope() -> None:
    v1 = hirehooks.parse(
        "heymilo.v1.webhook_list", documented_example("heymilo.v1.webhook_list").read_bytes()
    )
    assert [webhook.webhook_id for webhook in v1.root] == ["webhook_789", "webhook_790"]  # type: ignore[attr-defined]
    assert problems("heymilo.v1.webhook_list", {"data": []})[0] == ("", "expected array, got object")
    v2 = load(documented_example("heymilo.v2.list_response_webhook_response"))
    assert problems("heymilo.v2.list_response_webhook_response", v2["data"]) == [
        ("", "expected object, got array")
    ]


def test_v1_timestamps_are_floats_that_keep_their_form() -> None:
    raw = documented_example("heymilo.v1.webhook").read_bytes()
    dumped = hirehooks.parse("heymilo.v1.webhook", raw).model_dump(mode="json", exclude_unset=True)
    assert dumped["created_at"] == 1703097600.0 and isinstance(dumped["created_at"], float)
    assert (
        problems(
            "heymilo.v1.webhook", {**load(documented_example("heymilo.v1.webhook")), "created_at": 1703097600}
        )
        == []
    )


# --- Xobin (DECISIONS.md X1-X3) ---

XOBIN_REQUEST = "xobin.webhook_settings_request"
XOBIN_RESPONSE = "xobin.webhook_settings_response"


def test_xobin_response_echoing_a_cleartext_password_is_flagged() -> None:
    masked = load(documented_example(XOBIN_RESPONSE))
    assert masked["webhooks"]["auth"]["basic"] == {"username": "user", "password": None, "hasPassword": True}
    leaked = replaced(masked, ("webhooks", "auth", "basic", "password"), "pass")
    assert problems(XOBIN_RESPONSE, leaked) == [
        ("/webhooks/auth/basic/password", "expected null, got string")
    ]


def test_xobin_response_fills_the_unused_credentials_block_with_nulls() -> None:
    masked = load(documented_example(XOBIN_RESPONSE))
    filled = replaced(masked, ("webhooks", "auth", "apikey", "header"), "X-Key")
    assert problems(XOBIN_RESPONSE, filled) == [("/webhooks/auth/apikey/header", "expected null, got string")]
    apikey = load(documented_example(XOBIN_RESPONSE).with_name("webhook_settings_response.apikey.json"))
    assert problems(XOBIN_RESPONSE, apikey) == []
    leaked = replaced(apikey, ("webhooks", "auth", "basic", "password"), "pass")
    assert problems(XOBIN_RESPONSE, leaked) == [
        ("/webhooks/auth/basic/password", "expected null, got string")
    ]


def test_xobin_request_needs_start_or_submission() -> None:
    request = load(documented_example(XOBIN_REQUEST))
    assert problems(XOBIN_REQUEST, replaced(request, ("webhooks", "start"))) == []
    assert problems(XOBIN_REQUEST, replaced(request, ("webhooks", "submission"))) == []
    neither = {"webhooks": {"auth": request["webhooks"]["auth"]}}
    assert problems(XOBIN_REQUEST, neither) == [("/webhooks", "needs at least one of: start, submission")]


@pytest.mark.parametrize(
    ("auth", "expected"),
    [
        (
            {"type": "basic", "apikey": {"header": "X", "apikey": "k"}},
            ("/webhooks/auth/basic", "required property is missing"),
        ),
        (
            {"type": "apikey", "basic": {"username": "u", "password": "p"}},
            ("/webhooks/auth/apikey", "required property is missing"),
        ),
        (
            {"type": "oauth", "basic": {"username": "u", "password": "p"}},
            ("/webhooks/auth/type", '"oauth" is not one of "basic", "apikey"'),
        ),
        (
            {"type": "basic", "basic": {"username": "u"}},
            ("/webhooks/auth/basic/password", "required property is missing"),
        ),
    ],
    ids=["basic-without-credentials", "apikey-without-credentials", "unknown-type", "basic-without-password"],
)
def test_xobin_request_auth_needs_the_block_its_type_names(
    auth: dict[str, Any], expected: tuple[str, str]
) -> None:
    request = replaced(load(documented_example(XOBIN_REQUEST)), ("webhooks", "auth"), auth)
    assert problems(XOBIN_REQUEST, request) == [expected]


# --- InstaView (DECISIONS.md I1-I2) ---

INSTAVIEW = "instaview.create_webhook_request"


@pytest.mark.parametrize(
    ("url", "valid"),
    [
        ("https://ats.example.com/hook", True),
        ("http://localhost:8080/hook", True),
        ("http://localhost", True),
        ("http://127.0.0.1/hook", True),
        ("http://ats.example.com/hook", False),
        ("http://localhost.example.com/hook", False),
        ("ftp://ats.example.com/hook", False),
        ("https://" + "a" * 2040, True),  # 2048 characters
        ("https://" + "a" * 2041, False),
    ],
)
def test_instaview_url_must_be_https_but_for_localhost_and_at_most_2048(url: str, valid: bool) -> None:
    found = problems(INSTAVIEW, {**load(documented_example(INSTAVIEW)), "url": url})
    assert (found == []) is valid
    assert all(path == "/url" for path, _ in found)


@pytest.mark.parametrize(
    ("field", "value", "valid"),
    [
        ("name", "n" * 255, True),
        ("name", "n" * 256, False),
        ("headers", [{"name": f"X-{i}", "value": "v"} for i in range(50)], True),
        ("headers", [{"name": f"X-{i}", "value": "v"} for i in range(51)], False),
        ("headers", [{"name": "", "value": "v"}], False),
        ("headers", [{"name": "n" * 255, "value": "v" * 4096}], True),
        ("headers", [{"name": "n" * 256, "value": "v"}], False),
        ("headers", [{"name": "X", "value": "v" * 4097}], False),
        ("headers", [{"name": "X", "value": ""}], False),
        ("events", ["PING", "ENRICH_FAILED"], True),
        ("events", ["PING", "ping"], False),
    ],
)
def test_instaview_documented_limits(field: str, value: Any, valid: bool) -> None:
    assert (problems(INSTAVIEW, {**load(documented_example(INSTAVIEW)), field: value}) == []) is valid


@pytest.mark.parametrize(
    ("secret", "valid"),
    [
        ("ab" * 32, True),
        ("AB" * 32, True),
        ("ab" * 31 + "a", False),
        ("ab" * 32 + "a", False),
        ("g" * 64, False),
    ],
)
def test_instaview_signing_secret_is_64_hex_characters(secret: str, valid: bool) -> None:
    response = {**load(documented_example("instaview.create_webhook_response")), "signingSecret": secret}
    assert (problems("instaview.create_webhook_response", response) == []) is valid


def test_instaview_url_with_a_trailing_newline_is_refused_by_library_but_not_by_the_reference() -> None:
    body = {**load(documented_example(INSTAVIEW)), "url": "http://localhost\n"}
    # validate (jsonschema-rs) and parse (pydantic) both use regex engines whose `$` ends the text ...
    assert [problem.path for problem in hirehooks.validate(INSTAVIEW, body)] == ["/url"]
    with pytest.raises(hirehooks.PayloadError):
        hirehooks.parse(INSTAVIEW, body)
    # ... while python-jsonschema, the reference, lets `$` match before a final newline (D17).
    assert reference_problems(INSTAVIEW, body) == []


# --- Hirempire (DECISIONS.md H1) ---


def test_hirempire_documents_ten_error_messages_all_valid_envelopes() -> None:
    errors = examples_of("hirempire.error_response")
    assert len(errors) == 10
    assert {load(path)["error"] for path in errors} >= {
        "Invalid event: invalid_event_name.",
        "Token is expired",
    }


@pytest.mark.parametrize(
    ("name", "change", "expected"),
    [
        ("hirempire.create_webhook_response", {"success": False}, ("/success", "false is not true")),
        ("hirempire.error_response", {"success": True}, ("/success", "true is not false")),
        (
            "hirempire.create_webhook_request",
            {"events": []},
            ("/events", "has 0 items: must have at least 1"),
        ),
        (
            "hirempire.create_webhook_request",
            {"events": ["invalid_event_name"]},
            (
                "/events/0",
                '"invalid_event_name" is not one of ["job_added", "job_activated", "job_deactivated", '
                '"job_deleted", "applicant_applied", "cv_upload_completed", "meeting_booked"]',
            ),
        ),
    ],
    ids=["success-false", "error-true", "no-events", "unknown-event"],
)
def test_hirempire_envelopes_and_events(name: str, change: dict[str, Any], expected: tuple[str, str]) -> None:
    body = load(examples_of(name)[0])
    assert problems(name, {**body, **change}) == [expected]


def test_hirempire_webhook_id_is_a_uuid() -> None:
    response = load(documented_example("hirempire.create_webhook_response"))
    assert problems("hirempire.create_webhook_response", replaced(response, ("data", "id"), "webhook-1")) == [
        (
            "/data/id",
            '"webhook-1" does not match '
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
        )
    ]
