"""The receiver's authenticators in ``hirehooks.auth``: each accepts what it should, refuses the rest
with an ``AuthError`` reason, checks its settings when built, and never shows a credential (D71)."""

from __future__ import annotations

import base64
import hashlib
import hmac

import pytest

from hirehooks import auth

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
BODY = b'{"event": "job_added"}'


def basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def reason(
    checker: auth.Authenticator, headers: dict[str, str], body: bytes = BODY, url: str | None = None
) -> str:
    with pytest.raises(auth.AuthError) as caught:
        checker.check(headers, body, url)
    return caught.value.reason


def test_standard_webhooks_accepts_any_secret_of_a_rotation_and_refuses_a_changed_body() -> None:
    checker = auth.StandardWebhooks(["whsec_bmV3IHNlY3JldA==", SECRET])
    headers = auth.signature_headers(SECRET, BODY)
    checker.check(headers, BODY, None)
    assert reason(checker, headers, BODY + b" ") == "bad_signature"
    assert reason(checker, {}) == "missing_header"
    old = auth.signature_headers(SECRET, BODY, timestamp=1)
    assert reason(auth.StandardWebhooks(SECRET, tolerance=60), old) == "timestamp_too_old"


def test_basic_and_api_key_check_their_header() -> None:
    auth.Basic("user", "pa:ss").check(basic("user", "pa:ss"), BODY, None)
    assert reason(auth.Basic("user", "pass"), basic("user", "wrong")) == "wrong_credentials"
    key = auth.ApiKey("X-Webhook-Key", "k3y")
    key.check({"x-webhook-key": "k3y"}, BODY, None)
    assert reason(key, {"X-Webhook-Key": "other"}) == "wrong_credentials"
    assert reason(key, {}) == "missing_header"


def test_secret_header_is_the_same_check_under_instaviews_name() -> None:
    header = auth.SecretHeader("X-Instaview-Secret", "s3cret")
    header.check({"X-Instaview-Secret": "s3cret"}, BODY, None)
    assert reason(header, {"X-Instaview-Secret": "s3cre"}) == "wrong_credentials"
    assert header.credential_headers == ("X-Instaview-Secret",)


def test_hmac_checks_the_raw_body_in_the_configured_header_encoding_and_prefix() -> None:
    key = bytes.fromhex("ab" * 32)
    digest = hmac.new(key, BODY, hashlib.sha256)
    hex_checker = auth.Hmac(key, header="X-Signature", prefix="sha256=")
    hex_checker.check({"X-Signature": "sha256=" + digest.hexdigest()}, BODY, None)
    assert (
        reason(hex_checker, {"X-Signature": "sha256=" + digest.hexdigest()}, BODY + b"x") == "bad_signature"
    )
    assert reason(hex_checker, {}) == "missing_header"
    b64 = auth.Hmac(key, header="X-Signature", algorithm="sha512", encoding="base64")
    b64.check({"X-Signature": base64.b64encode(hmac.new(key, BODY, "sha512").digest()).decode()}, BODY, None)


def test_url_token_is_read_from_the_query_of_the_request_url() -> None:
    token = auth.UrlToken("t0ken")
    token.check({}, BODY, "https://ats.example/hooks/hirempire?token=t0ken")
    token.check({}, BODY, "/hooks?a=1&token=t0ken")
    assert reason(token, {}, url="/hooks?token=other") == "wrong_credentials"
    assert reason(token, {}, url="/hooks?token=t0ken&token=t0ken") == "wrong_credentials"
    assert reason(token, {}, url="/hooks") == "missing_header"
    assert reason(auth.UrlToken("t0ken", param="key"), {}, url="/hooks?token=t0ken") == "missing_header"
    with pytest.raises(auth.ConfigError, match="request URL"):
        token.check({}, BODY, None)


def test_unauthenticated_accepts_anything() -> None:
    auth.Unauthenticated().check({}, b"\xff", None)


@pytest.mark.parametrize(
    "build",
    [
        lambda: auth.StandardWebhooks("whsec_not base64!"),
        lambda: auth.StandardWebhooks([]),
        lambda: auth.StandardWebhooks(SECRET, tolerance=-1),
        lambda: auth.StandardWebhooks(SECRET, tolerance=float("nan")),
        lambda: auth.Basic("", "pass"),
        lambda: auth.Basic("user", ""),
        lambda: auth.ApiKey("", "k"),
        lambda: auth.SecretHeader("X-Secret", ""),
        lambda: auth.Hmac(b"", header="X-Signature"),
        lambda: auth.Hmac(b"k", header=""),
        lambda: auth.Hmac(b"k", header="X-Signature", algorithm="shake_128"),
        lambda: auth.Hmac(b"k", header="X-Signature", encoding="base32"),  # type: ignore[arg-type]
        lambda: auth.UrlToken(""),
    ],
)
def test_bad_settings_are_a_config_error_when_the_authenticator_is_built(build: object) -> None:
    with pytest.raises(auth.ConfigError):
        build()  # type: ignore[operator]


def test_no_authenticator_shows_its_credential_and_each_names_the_headers_to_mask() -> None:
    checkers = [
        auth.StandardWebhooks(SECRET),
        auth.Basic("user", "hunter2"),
        auth.SecretHeader("X-From", "hunter2"),  # a name redact_headers would not mask on its own
        auth.Hmac(b"hunter2", header="X-Signature"),
        auth.UrlToken("hunter2"),
    ]
    for checker in checkers:
        assert "hunter2" not in repr(checker) and SECRET not in repr(checker)
        assert "hunter2" not in str(vars(checker).get("credential_headers", ""))
    assert auth.redact_headers({"X-From": "hunter2"}) == {"X-From": "hunter2"}
    masked = auth.redact_headers({"x-from": "hunter2"}, also=checkers[2].credential_headers)
    assert masked == {"x-from": "[redacted]"}
    assert checkers[1].credential_headers == ("Authorization",)
