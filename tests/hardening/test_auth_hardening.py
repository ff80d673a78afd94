"""Any header text, however long or strange, makes ``hirehooks.auth`` raise only AuthError or ConfigError."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hirehooks.auth import (
    MAX_SIGNATURES,
    AuthError,
    ConfigError,
    sign,
    verify,
    verify_api_key,
    verify_basic,
    verify_hmac,
)

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
KEY = b"instaview signing key"
BODY = b'{"test": 2432232314}'
NOW = 1614265330

# Any code point, lone surrogates included (a server decoding headers leniently can hand those over).
any_char = st.characters(exclude_categories=())
header_text = st.one_of(
    st.text(any_char, max_size=50),
    st.text(st.sampled_from("0123456789"), min_size=1, max_size=6000),  # long timestamps
    st.lists(
        st.one_of(
            st.just("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="),
            st.text(any_char, max_size=60).map(lambda text: "v1," + text),
            st.text(any_char, max_size=20),
        ),
        max_size=MAX_SIGNATURES + 20,
    ).map(" ".join),
    st.text(any_char, max_size=20).map(lambda text: "Basic " + text),
    st.binary(max_size=40).map(lambda raw: "Basic " + base64.b64encode(raw).decode()),
)
header_names = st.sampled_from(
    [
        "webhook-id",
        "webhook-timestamp",
        "webhook-signature",
        "svix-id",
        "svix-timestamp",
        "svix-signature",
        "Authorization",
        "X-Api-Key",
        "x",
    ]
)
headers = st.dictionaries(header_names, header_text)


def only_auth_errors(call: Callable[[], None]) -> None:
    """The call fails, and with an AuthError: the setup is right, so the request is at fault."""
    with pytest.raises(AuthError):
        call()


LONG_TIMESTAMP = {"webhook-id": "m", "webhook-timestamp": "1" * 5000, "webhook-signature": "v1,AAAA"}
SURROGATE_ID = {"webhook-id": "m\udc80", "webhook-timestamp": str(NOW), "webhook-signature": "v1,AAAA"}
NON_ASCII_SIGNATURE = {"webhook-id": "m", "webhook-timestamp": str(NOW), "webhook-signature": "v1,é"}


@given(headers)
@example(LONG_TIMESTAMP)
@example(SURROGATE_ID)
@example(NON_ASCII_SIGNATURE)
@example({"Authorization": "Basic é"})
@example({"Authorization": "Basic \udc80"})
@example({"X-Api-Key": "\udc80"})
@example({"svix-id": "m", "svix-timestamp": str(NOW), "svix-signature": "v1,AAAA " * 1000})
def test_any_headers_give_only_auth_errors(sent: dict[str, str]) -> None:
    only_auth_errors(lambda: verify(SECRET, sent, BODY, now=lambda: NOW))
    only_auth_errors(lambda: verify([SECRET, b"other key"], sent, BODY, now=lambda: NOW))
    only_auth_errors(lambda: verify_basic(sent, "user", "pass"))
    only_auth_errors(lambda: verify_api_key(sent, "X-Api-Key", "secret-key"))
    for encoding in ("hex", "base64"):
        for value in sent.values():
            only_auth_errors(lambda: verify_hmac(KEY, BODY, value, encoding=encoding))  # noqa: B023
            only_auth_errors(lambda: verify_hmac(KEY, BODY, value, prefix="sha256="))  # noqa: B023


@given(st.text(any_char, max_size=80))
@example("whsec_\udc80")
@example("whsec_é")
@example("whsec_" + "A" * 4001)
def test_any_secret_text_is_accepted_or_a_config_error(secret: str) -> None:
    """A secret is configuration: whatever its text, verify either checks the request or blames the setup."""
    try:
        verify(secret, {}, BODY)
    except AuthError as error:
        assert error.reason == "missing_header"  # the secret was taken; the request has no headers
    except ConfigError:
        pass


@given(st.one_of(st.binary(max_size=20), st.text(any_char, max_size=20), st.none(), st.integers()))
def test_any_hmac_key_is_accepted_or_a_config_error(key: Any) -> None:
    try:
        verify_hmac(key, BODY, "00")
    except AuthError as error:
        assert error.reason == "bad_signature"
    except ConfigError:
        pass


def test_a_5000_digit_timestamp_is_a_malformed_header() -> None:
    """D37: a timestamp has at most 20 digits (int() of 5,000 would raise ValueError)."""
    with pytest.raises(AuthError) as raised:
        verify(SECRET, LONG_TIMESTAMP, BODY, now=lambda: NOW)
    assert raised.value.reason == "malformed_header"


def test_a_huge_signature_header_is_refused_after_a_bounded_split() -> None:
    """A million entries: refused as malformed, the split stops after MAX_SIGNATURES + 1 of them."""
    sent = {"webhook-id": "m", "webhook-timestamp": str(NOW), "webhook-signature": "v1,AAAA " * 1_000_000}
    with pytest.raises(AuthError) as raised:
        verify(SECRET, sent, BODY, now=lambda: NOW)
    assert raised.value.reason == "malformed_header"


def test_a_huge_single_signature_is_a_bad_signature() -> None:
    sent = {"webhook-id": "m", "webhook-timestamp": str(NOW), "webhook-signature": "v1," + "A" * 4_000_000}
    with pytest.raises(AuthError) as raised:
        verify(SECRET, sent, BODY, now=lambda: NOW)
    assert raised.value.reason == "bad_signature"


def test_a_good_signature_with_a_lone_surrogate_elsewhere_still_verifies() -> None:
    good = sign(SECRET, "m", NOW, BODY)
    sent = {"webhook-id": "m", "webhook-timestamp": str(NOW), "webhook-signature": f"v1,\udc80 {good}"}
    verify(SECRET, sent, BODY, now=lambda: NOW)
    digest = hmac.new(KEY, BODY, hashlib.sha256).hexdigest()
    verify_hmac(KEY, BODY, digest)
