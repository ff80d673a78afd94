"""Check that a delivery really comes from the vendor: Basic or API-key headers, or an HMAC signature.

Every failure is an ``AuthError`` whose ``reason`` says why; a malformed header or secret never escapes
as ``ValueError`` or ``binascii.Error``. Comparisons of secrets are constant-time.

- Xobin signs nothing but can send HTTP Basic credentials or an API key in a header of your choice:
  ``verify_basic`` and ``verify_api_key``.
- Standard Webhooks (``webhook-id``, ``webhook-timestamp``, ``webhook-signature: v1,<base64>`` over
  ``id.timestamp.body``, ``whsec_`` secrets): ``sign`` and ``verify``.
- InstaView returns a 64-hex signing secret but documents no signature header: ``verify_hmac`` checks
  an HMAC of the raw body in whatever header, encoding and prefix it turns out to use.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Literal

from hirehooks._errors import AuthError, ConfigError

__all__ = [
    "TOLERANCE_SECONDS",
    "AuthError",
    "ConfigError",
    "redact_headers",
    "sign",
    "verify",
    "verify_api_key",
    "verify_basic",
    "verify_hmac",
]

TOLERANCE_SECONDS = 5 * 60


def _header(headers: Mapping[str, str], name: str) -> str:
    """The header's value, whatever the case of its name."""
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    raise AuthError("missing_header", f"no {name} header")


def _same(given: str | bytes, expected: str | bytes) -> bool:
    """Constant-time equality; text compares as UTF-8 (``compare_digest`` takes only ASCII text)."""
    return hmac.compare_digest(_utf8(given), _utf8(expected))


def _utf8(value: str | bytes) -> bytes:
    return value.encode() if isinstance(value, str) else value


SENSITIVE_HEADER_PARTS = ("auth", "cookie", "key", "password", "secret", "signature", "token")


def redact_headers(headers: Mapping[str, str], also: Iterable[str] = ()) -> dict[str, str]:
    """The headers with credential-bearing values masked, for logging: any name containing one of
    ``SENSITIVE_HEADER_PARTS`` (Authorization, webhook-signature, X-Api-Key, …), and the names in
    ``also`` (e.g. the header Xobin is configured to send its key in)."""
    extra = {name.lower() for name in also}
    return {
        name: "[redacted]"
        if name.lower() in extra or any(part in name.lower() for part in SENSITIVE_HEADER_PARTS)
        else value
        for name, value in headers.items()
    }


def verify_basic(headers: Mapping[str, str], username: str, password: str) -> None:
    """The ``Authorization: Basic`` header carries exactly these credentials."""
    scheme, _, token = _header(headers, "Authorization").strip().partition(" ")
    if scheme.lower() != "basic":
        raise AuthError("malformed_header", "Authorization is not Basic")
    try:
        user, colon, secret = base64.b64decode(token.strip(), validate=True).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        raise AuthError("malformed_header", "Authorization: Basic is not base64 of UTF-8") from None
    if not colon:
        raise AuthError("malformed_header", "Authorization: Basic has no user:password")
    if not (_same(user, username) & _same(secret, password)):  # both compared, always
        raise AuthError("wrong_credentials", "user name or password does not match")


def verify_api_key(headers: Mapping[str, str], name: str, value: str) -> None:
    """Header ``name`` carries exactly ``value``."""
    if not _same(_header(headers, name), value):
        raise AuthError("wrong_credentials", f"{name} does not match")


def _secret_key(secret: str) -> bytes:
    try:
        return base64.b64decode(secret.removeprefix("whsec_"), validate=True)
    except binascii.Error:
        raise AuthError("malformed_secret", "a whsec_ secret is base64 after its prefix") from None


def _digest(key: bytes, msg_id: str, timestamp: int, body: bytes) -> bytes:
    return hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` value for a delivery: ``v1,<base64 HMAC-SHA256>``."""
    return "v1," + base64.b64encode(_digest(_secret_key(secret), msg_id, timestamp, body)).decode()


def verify(
    secrets: str | Iterable[str],
    headers: Mapping[str, str],
    body: bytes,
    *,
    tolerance: float = TOLERANCE_SECONDS,
    now: Callable[[], float] = time.time,
) -> None:
    """A Standard Webhooks delivery: signed over the raw ``body`` by one of ``secrets`` (several during
    a rotation), with a timestamp within ``tolerance`` seconds of ``now()`` either way."""
    msg_id = _header(headers, "webhook-id")
    stamp = _header(headers, "webhook-timestamp")
    if not stamp.isascii() or not stamp.isdigit():
        raise AuthError("malformed_header", "webhook-timestamp is not whole seconds")
    timestamp, current = int(stamp), now()
    if timestamp < current - tolerance:
        raise AuthError("timestamp_too_old", f"signed {current - timestamp:.0f} s ago")
    if timestamp > current + tolerance:
        raise AuthError("timestamp_in_future", f"signed {timestamp - current:.0f} s ahead")
    keys = [_secret_key(secret) for secret in ([secrets] if isinstance(secrets, str) else secrets)]
    expected = [_digest(key, msg_id, timestamp, body) for key in keys]
    for candidate in _header(headers, "webhook-signature").split():
        version, _, encoded = candidate.partition(",")
        if version != "v1":
            continue  # other schemes may stand beside v1; they are not ours to check
        try:
            given = base64.b64decode(encoded, validate=True)
        except binascii.Error:
            continue
        if any(_same(given, digest) for digest in expected):
            return
    raise AuthError("bad_signature", "no v1 signature matches")


def verify_hmac(
    key: bytes,
    body: bytes,
    signature: str,
    *,
    algorithm: str = "sha256",
    encoding: Literal["hex", "base64"] = "hex",
    prefix: str = "",
) -> None:
    """``signature`` (a header's value, e.g. ``sha256=<hex>`` with ``prefix="sha256="``) is the HMAC of
    the raw ``body`` under ``key``. ``algorithm`` is any name ``hashlib`` knows."""
    if not signature.startswith(prefix):
        raise AuthError("malformed_header", f"signature does not start with {prefix!r}")
    encoded = signature[len(prefix) :].strip()
    try:
        given = bytes.fromhex(encoded) if encoding == "hex" else base64.b64decode(encoded, validate=True)
        expected = hmac.new(key, body, algorithm).digest()
    except ValueError:  # binascii.Error is a ValueError; so is an unknown algorithm
        raise AuthError(
            "malformed_header", f"signature is not {encoding}, or {algorithm!r} is unknown"
        ) from None
    if not _same(given, expected):
        raise AuthError("bad_signature", "the HMAC does not match")
