"""Delivery authentication: the Standard Webhooks vector, rotation, tolerance, Svix names, malformed input,
configuration errors, and agreement with the Standard Webhooks reference library (``standardwebhooks``)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from datetime import UTC, datetime
from typing import Any

import pytest
import standardwebhooks
from hypothesis import given
from hypothesis import strategies as st

from hirehooks.auth import (
    AuthError,
    ConfigError,
    sign,
    signature_headers,
    verify,
    verify_api_key,
    verify_basic,
    verify_hmac,
)

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


@pytest.mark.parametrize(
    "secret",
    ["whsec_not base64!", "whsec_%%%", "whsec_abcde", "whsec_ab=cd", "whsec_", "", b"", "whsec_===="],
    ids=[
        "space",
        "percent",
        "one-past-a-quad",
        "inner-padding",
        "empty-after-prefix",
        "empty",
        "empty-bytes",
        "only-padding",
    ],
)
def test_a_malformed_or_empty_secret_is_a_config_error_before_the_request_is_read(
    secret: str | bytes,
) -> None:
    with pytest.raises(ConfigError):
        verify(secret, {}, BODY)  # no headers at all: the configuration is blamed first
    with pytest.raises(ConfigError):
        sign(secret, MSG_ID, TIMESTAMP, BODY)
    with pytest.raises(ConfigError):
        signature_headers(secret, BODY)
    with pytest.raises(ConfigError):
        verify([SECRET, secret], HEADERS, BODY, now=at(TIMESTAMP))  # one bad secret of several too


def test_no_secret_at_all_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        verify([], HEADERS, BODY, now=at(TIMESTAMP))
    with pytest.raises(ConfigError):
        verify(None, HEADERS, BODY, now=at(TIMESTAMP))  # type: ignore[arg-type]


def test_unpadded_and_bytes_secrets_sign_alike() -> None:
    """D33: padding is optional and the prefix too; ``bytes`` is the raw key, as in the reference library."""
    key = base64.b64decode(SECRET.removeprefix("whsec_"))
    unpadded = "whsec_" + base64.b64encode(b"a 25-byte key, unpadded!!").decode().rstrip("=")
    assert unpadded.endswith("hIQ")  # 25 bytes: base64 needs one "=" here
    for secret in (SECRET, SECRET.removeprefix("whsec_"), key, SECRET + "==", f" {SECRET}\n"):
        assert sign(secret, MSG_ID, TIMESTAMP, BODY) == SIGNATURE
        verify(secret, HEADERS, BODY, now=at(TIMESTAMP))
    assert sign(unpadded, MSG_ID, TIMESTAMP, BODY) == sign(
        b"a 25-byte key, unpadded!!", MSG_ID, TIMESTAMP, BODY
    )


def test_svix_header_names_are_aliases() -> None:
    """D37: each header is read as webhook-*, else as svix-*."""
    svix = {"svix-id": MSG_ID, "Svix-Timestamp": str(TIMESTAMP), "svix-signature": SIGNATURE}
    verify(SECRET, svix, BODY, now=at(TIMESTAMP))
    assert (
        reason(verify, SECRET, {**svix, "svix-signature": "v1,AAAA"}, BODY, now=at(TIMESTAMP))
        == "bad_signature"
    )
    # webhook-* wins where both are sent
    both = {**svix, "webhook-signature": "v1,AAAA"}
    assert reason(verify, SECRET, both, BODY, now=at(TIMESTAMP)) == "bad_signature"
    with pytest.raises(AuthError, match="no webhook-id or svix-id header"):
        verify(
            SECRET, {"svix-timestamp": str(TIMESTAMP), "svix-signature": SIGNATURE}, BODY, now=at(TIMESTAMP)
        )


def test_signature_headers_are_what_verify_accepts() -> None:
    assert signature_headers(SECRET, BODY, msg_id=MSG_ID, timestamp=TIMESTAMP) == HEADERS
    fresh = signature_headers(SECRET, BODY)
    assert (
        fresh["webhook-id"].startswith("msg_")
        and fresh["webhook-id"] != signature_headers(SECRET, BODY)["webhook-id"]
    )
    verify(SECRET, fresh, BODY)  # signed now: within the tolerance of the real clock


def test_the_signature_header_is_capped() -> None:
    """D37: at most MAX_SIGNATURES entries are tried; a longer header is refused before any is checked."""
    junk = ["v1,AAAA"] * 99
    verify(SECRET, {**HEADERS, "webhook-signature": " ".join([*junk, SIGNATURE])}, BODY, now=at(TIMESTAMP))
    too_many = {**HEADERS, "webhook-signature": " ".join([*junk, "v1,AAAA", SIGNATURE])}
    assert reason(verify, SECRET, too_many, BODY, now=at(TIMESTAMP)) == "malformed_header"


# -- the Standard Webhooks reference library, both ways -------------------------------------------------


def _their_headers(secret: str | bytes, msg_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    signed = standardwebhooks.Webhook(secret).sign(
        msg_id, datetime.fromtimestamp(timestamp, tz=UTC), body.decode()
    )
    return {"webhook-id": msg_id, "webhook-timestamp": str(timestamp), "webhook-signature": signed}


SECRETS: list[str | bytes] = [
    SECRET,
    SECRET.removeprefix("whsec_"),
    "whsec_" + base64.b64encode(b"a 25-byte key, unpadded!!").decode().rstrip("="),
    "whsec_" + base64.b64encode(b"26 bytes: two = to drop ..").decode().rstrip("="),
    b"raw key bytes",
    SECRET + "\n",
]


@pytest.mark.parametrize(
    "secret", SECRETS, ids=["vector", "no-prefix", "unpadded-1", "unpadded-2", "bytes", "line-end"]
)
def test_the_reference_library_and_hirehooks_accept_each_others_signatures(secret: str | bytes) -> None:
    reference = standardwebhooks.Webhook(secret)
    now = int(time.time())
    theirs = _their_headers(secret, MSG_ID, now, BODY)
    verify(secret, theirs, BODY)
    ours = signature_headers(secret, BODY, msg_id=MSG_ID, timestamp=now)
    assert ours == theirs
    reference.verify(BODY, ours, json_parse=False)
    # several signatures in one header, ours among junk: both find it
    several = {
        **ours,
        "webhook-signature": f"v1,{base64.b64encode(b'x' * 32).decode()} {ours['webhook-signature']}",
    }
    reference.verify(BODY, several, json_parse=False)
    verify(secret, several, BODY)


def test_rotation_agrees_with_the_reference_library() -> None:
    """A sender rotating keys signs with both; each key alone verifies, in both libraries."""
    old, new = SECRETS[0], SECRETS[2]
    now = int(time.time())
    both = " ".join(sign(secret, MSG_ID, now, BODY) for secret in (old, new))
    headers = {"webhook-id": MSG_ID, "webhook-timestamp": str(now), "webhook-signature": both}
    for secret in (old, new):
        standardwebhooks.Webhook(secret).verify(BODY, headers, json_parse=False)
        verify(secret, headers, BODY)
    verify([SECRETS[1], new], headers, BODY)
    stranger = SECRETS[4]
    with pytest.raises(standardwebhooks.WebhookVerificationError):
        standardwebhooks.Webhook(stranger).verify(BODY, headers, json_parse=False)
    assert reason(verify, stranger, headers, BODY) == "bad_signature"


@pytest.mark.parametrize(("age", "accepted"), [(-200, True), (200, True), (-600, False), (600, False)])
def test_tolerance_agrees_with_the_reference_library(age: int, accepted: bool) -> None:
    """Both allow five minutes either way (the margins keep the real clock out of the outcome)."""
    headers = _their_headers(SECRET, MSG_ID, int(time.time()) - age, BODY)
    if accepted:
        standardwebhooks.Webhook(SECRET).verify(BODY, headers, json_parse=False)
        verify(SECRET, headers, BODY)
    else:
        with pytest.raises(standardwebhooks.WebhookVerificationError):
            standardwebhooks.Webhook(SECRET).verify(BODY, headers, json_parse=False)
        assert reason(verify, SECRET, headers, BODY) in {"timestamp_too_old", "timestamp_in_future"}


@given(key=st.binary(min_size=1, max_size=64), padded=st.booleans(), prefixed=st.booleans())
def test_any_secret_the_reference_library_accepts_signs_the_same(
    key: bytes, padded: bool, prefixed: bool
) -> None:
    encoded = base64.b64encode(key).decode()
    secret = ("whsec_" if prefixed else "") + (encoded if padded else encoded.rstrip("="))
    theirs = _their_headers(secret, MSG_ID, TIMESTAMP, BODY)["webhook-signature"]
    assert sign(secret, MSG_ID, TIMESTAMP, BODY) == theirs == sign(key, MSG_ID, TIMESTAMP, BODY)


def test_an_empty_secret_is_refused_by_both() -> None:
    for secret in ("whsec_", b""):
        with pytest.raises(Exception, match="may not be empty"):
            standardwebhooks.Webhook(secret)
        with pytest.raises(ConfigError):
            verify(secret, HEADERS, BODY, now=at(TIMESTAMP))


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
    assert reason(verify_hmac, key, BODY, "sha256=" + digest.hex()) == "malformed_header"


@pytest.mark.parametrize(
    ("key", "options"),
    [
        (b"", {}),
        ("9f86d081", {}),
        (b"key", {"algorithm": "nope"}),
        (b"key", {"algorithm": "shake_128"}),
        (b"key", {"encoding": "base32"}),
    ],
    ids=["empty-key", "str-key", "unknown-algorithm", "variable-length-digest", "unknown-encoding"],
)
def test_a_wrong_hmac_setup_is_a_config_error_whatever_the_signature(
    key: Any, options: dict[str, str]
) -> None:
    for signature in ("", "zz", hmac.new(b"key", BODY, hashlib.sha256).hexdigest()):
        with pytest.raises(ConfigError):
            verify_hmac(key, BODY, signature, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "call",
    [
        lambda: verify_basic(_basic(b"user:pass"), "", "pass"),
        lambda: verify_basic(_basic(b"user:pass"), "user", ""),
        lambda: verify_api_key({"X-Api-Key": ""}, "X-Api-Key", ""),
        lambda: verify_api_key({"": "k"}, "", "k"),
    ],
    ids=["no-username", "no-password", "no-api-key", "no-header-name"],
)
def test_empty_credentials_are_a_config_error(call: Any) -> None:
    with pytest.raises(ConfigError):
        call()


@pytest.mark.parametrize("tolerance", [float("nan"), float("inf"), -1.0])
def test_a_tolerance_that_would_switch_the_timestamp_check_off_is_a_config_error(tolerance: float) -> None:
    body = b'{"interview_id": "i"}'
    headers = signature_headers(SECRET, body, timestamp=1)  # signed long ago
    with pytest.raises(ConfigError, match="tolerance"):
        verify(SECRET, headers, body, tolerance=tolerance)
    with pytest.raises(ConfigError, match="now"):
        verify(SECRET, headers, body, now=lambda: float("nan"))
    with pytest.raises(AuthError, match="timestamp_too_old"):
        verify(SECRET, headers, body)
