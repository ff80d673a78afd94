"""Delivery authentication: the Standard Webhooks vector, rotation, tolerance, and malformed input."""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hirehooks.auth import AuthError, sign, verify, verify_api_key, verify_basic, verify_hmac

# The test vector published with the Standard Webhooks specification.
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
MSG_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
TIMESTAMP = 1614265330
BODY = b'{"test": 2432232314}'
SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
# The same number in fullwidth digits: str.isdigit() says yes, int() would even parse it.
FULLWIDTH_TIMESTAMP = "".join(chr(0xFF10 + int(digit)) for digit in str(TIMESTAMP))
HEADERS = {"webhook-id": MSG_ID, "webhook-timestamp": str(TIMESTAMP), "webhook-signature": SIGNATURE}


def at(seconds: float) -> Any:
    return lambda: seconds


def reason(call: Any, *args: Any, **kwargs: Any) -> str:
    with pytest.raises(AuthError) as raised:
        call(*args, **kwargs)
    return raised.value.reason


def test_sign_gives_the_published_signature() -> None:
    assert sign(SECRET, MSG_ID, TIMESTAMP, BODY) == SIGNATURE
    assert sign(SECRET.removeprefix("whsec_"), MSG_ID, TIMESTAMP, BODY) == SIGNATURE


def test_verify_accepts_the_published_vector_with_any_header_case() -> None:
    verify(SECRET, HEADERS, BODY, now=at(TIMESTAMP))
    verify(SECRET, {key.title(): value for key, value in HEADERS.items()}, BODY, now=at(TIMESTAMP))


def test_verify_checks_the_raw_body_bytes() -> None:
    assert reason(verify, SECRET, HEADERS, b'{"test":2432232314}', now=at(TIMESTAMP)) == "bad_signature"


def test_verify_accepts_any_of_several_signatures_and_secrets() -> None:
    other = "whsec_" + base64.b64encode(b"another secret of 24 bytes").decode()
    rotated = {
        **HEADERS,
        "webhook-signature": f"v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,xyz {SIGNATURE}",
    }
    verify([other, SECRET], rotated, BODY, now=at(TIMESTAMP))
    assert reason(verify, [other], rotated, BODY, now=at(TIMESTAMP)) == "bad_signature"
    signed_by_other = {**HEADERS, "webhook-signature": sign(other, MSG_ID, TIMESTAMP, BODY)}
    verify([SECRET, other], signed_by_other, BODY, now=at(TIMESTAMP))


@pytest.mark.parametrize(
    ("offset", "outcome"),
    [(-300, None), (300, None), (-301, "timestamp_in_future"), (301, "timestamp_too_old")],
    ids=["clock-5min-behind", "clock-5min-ahead", "signed-in-future", "signed-too-long-ago"],
)
def test_timestamp_tolerance_is_five_minutes_either_way(offset: int, outcome: str | None) -> None:
    if outcome is None:
        verify(SECRET, HEADERS, BODY, now=at(TIMESTAMP + offset))
    else:
        assert reason(verify, SECRET, HEADERS, BODY, now=at(TIMESTAMP + offset)) == outcome
    assert reason(verify, SECRET, HEADERS, BODY, now=at(TIMESTAMP + 61), tolerance=60) == "timestamp_too_old"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"webhook-timestamp": str(TIMESTAMP), "webhook-signature": SIGNATURE}, "missing_header"),
        ({"webhook-id": MSG_ID, "webhook-signature": SIGNATURE}, "missing_header"),
        ({"webhook-id": MSG_ID, "webhook-timestamp": str(TIMESTAMP)}, "missing_header"),
        ({**HEADERS, "webhook-timestamp": "hello"}, "malformed_header"),
        ({**HEADERS, "webhook-timestamp": "-5"}, "malformed_header"),
        ({**HEADERS, "webhook-timestamp": FULLWIDTH_TIMESTAMP}, "malformed_header"),
        ({**HEADERS, "webhook-signature": "v1,not base64!!"}, "bad_signature"),
        ({**HEADERS, "webhook-signature": "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="}, "bad_signature"),
        ({**HEADERS, "webhook-signature": ""}, "bad_signature"),
    ],
)
def test_malformed_or_missing_headers_are_auth_errors(headers: dict[str, str], expected: str) -> None:
    assert reason(verify, SECRET, headers, BODY, now=at(TIMESTAMP)) == expected


def test_a_malformed_secret_is_an_auth_error() -> None:
    assert reason(verify, "whsec_not base64!", HEADERS, BODY, now=at(TIMESTAMP)) == "malformed_secret"
    assert reason(sign, "whsec_%%%", MSG_ID, TIMESTAMP, BODY) == "malformed_secret"


@given(
    st.dictionaries(st.sampled_from(["webhook-id", "webhook-timestamp", "webhook-signature", "x"]), st.text())
)
def test_any_header_text_fails_only_with_auth_error(headers: dict[str, str]) -> None:
    with pytest.raises(AuthError):
        verify(SECRET, headers, BODY, now=at(TIMESTAMP))


def _basic(credentials: bytes) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(credentials).decode()}


def test_basic_credentials() -> None:
    verify_basic(_basic(b"user:pass"), "user", "pass")
    verify_basic({"authorization": "basic " + base64.b64encode(b"user:pa:ss").decode()}, "user", "pa:ss")
    assert reason(verify_basic, _basic(b"user:wrong"), "user", "pass") == "wrong_credentials"
    assert reason(verify_basic, _basic(b"other:pass"), "user", "pass") == "wrong_credentials"
    assert reason(verify_basic, _basic("usér:pässword".encode()), "user", "pass") == "wrong_credentials"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, "missing_header"),
        ({"Authorization": "Bearer abc"}, "malformed_header"),
        ({"Authorization": "Basic %%%"}, "malformed_header"),
        (_basic(b"no colon"), "malformed_header"),
        (_basic(b"\xff\xfe:pass"), "malformed_header"),
    ],
    ids=["missing", "bearer", "not-base64", "no-colon", "not-utf8"],
)
def test_malformed_basic_headers_are_auth_errors(headers: dict[str, str], expected: str) -> None:
    assert reason(verify_basic, headers, "user", "pass") == expected


@given(st.text())
def test_any_authorization_text_fails_only_with_auth_error(value: str) -> None:
    with pytest.raises(AuthError):
        verify_basic({"Authorization": value}, "user", "pass")


def test_api_key_header() -> None:
    verify_api_key({"x-api-key": "secret-key"}, "X-Api-Key", "secret-key")
    assert reason(verify_api_key, {"X-Api-Key": "other"}, "X-Api-Key", "secret-key") == "wrong_credentials"
    assert reason(verify_api_key, {"X-Api-Key": "sécret"}, "X-Api-Key", "secret-key") == "wrong_credentials"
    assert reason(verify_api_key, {}, "X-Api-Key", "secret-key") == "missing_header"


def test_generic_hmac_in_hex_or_base64_with_a_prefix() -> None:
    key = bytes.fromhex("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    digest = hmac.new(key, BODY, hashlib.sha256).digest()
    verify_hmac(key, BODY, digest.hex())
    verify_hmac(key, BODY, "sha256=" + digest.hex(), prefix="sha256=")
    verify_hmac(key, BODY, base64.b64encode(digest).decode(), encoding="base64")
    sha512 = hmac.new(key, BODY, hashlib.sha512).hexdigest()
    verify_hmac(key, BODY, sha512, algorithm="sha512")
    assert reason(verify_hmac, key, BODY + b" ", digest.hex()) == "bad_signature"
    assert reason(verify_hmac, key, BODY, "zz") == "malformed_header"
    assert reason(verify_hmac, key, BODY, digest.hex(), prefix="sha256=") == "malformed_header"
    assert reason(verify_hmac, key, BODY, digest.hex(), algorithm="nope") == "malformed_header"
