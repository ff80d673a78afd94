"""Check that a delivery really comes from the vendor: Basic or API-key headers, or an HMAC signature.

Two kinds of failure, and only these two, whatever the headers hold: ``AuthError`` (its ``reason``
says why) when the request is not shown to come from the vendor, and ``ConfigError`` when the verifier
itself is set up wrongly (an empty or malformed secret or key, an unknown algorithm or encoding), which
is checked before the request is looked at. Comparisons of secrets are constant-time, and the work
done on a request is bounded by its size (at most ``MAX_SIGNATURES`` signatures are tried).

- Xobin signs nothing but can send HTTP Basic credentials or an API key in a header of your choice:
  ``verify_basic`` and ``verify_api_key``.
- Standard Webhooks (``webhook-id``, ``webhook-timestamp``, ``webhook-signature: v1,<base64>`` over
  ``id.timestamp.body``, ``whsec_`` secrets; Svix's ``svix-*`` names too): ``verify`` for a receiver;
  ``signature_headers`` and ``sign`` for a sender.
- InstaView returns a 64-hex signing secret but documents no signature header: ``verify_hmac`` checks
  an HMAC of the raw body in whatever header, encoding and prefix it turns out to use.

For ``hirehooks.receive`` and the framework adapters, one authenticator class wraps each check:
``StandardWebhooks``, ``Basic``, ``ApiKey``, ``SecretHeader``, ``Hmac``, ``UrlToken`` (a token in the
registered URL, for vendors that send no credentials) and ``Unauthenticated``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import re
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Literal
from urllib.parse import parse_qsl, urlsplit

from hirehooks._errors import AuthError, ConfigError

__all__ = [
    "MAX_SIGNATURES",
    "SENSITIVE_HEADER_PARTS",
    "TOLERANCE_SECONDS",
    "ApiKey",
    "AuthError",
    "Authenticator",
    "Basic",
    "ConfigError",
    "Hmac",
    "Secret",
    "SecretHeader",
    "StandardWebhooks",
    "Unauthenticated",
    "UrlToken",
    "redact_headers",
    "sign",
    "signature_headers",
    "verify",
    "verify_api_key",
    "verify_basic",
    "verify_hmac",
]

TOLERANCE_SECONDS = 5 * 60
"""How far a delivery's timestamp may be from the receiver's clock, either way (the specification's 5 min)."""
MAX_SIGNATURES = 100
"""Most space-separated entries a ``webhook-signature`` header may hold (a sender rotating keys sends
two or three): more is ``AuthError("malformed_header")``, so one request costs a bounded number of checks
(decision D37)."""
MAX_TIMESTAMP_DIGITS = 20
"""A ``webhook-timestamp`` is whole seconds; 20 digits outlast any clock, more is a malformed header."""

Secret = str | bytes
"""A Standard Webhooks secret: ``whsec_<base64>`` text (the prefix and the base64 padding optional, as
the reference library accepts it), or the raw key as ``bytes``."""

SENSITIVE_HEADER_PARTS = ("auth", "cookie", "key", "password", "secret", "signature", "token")

_BASE64 = re.compile(r"[A-Za-z0-9+/]*")


def _header(headers: Mapping[str, str], *names: str) -> str:
    """The value of the first of ``names`` present, whatever the case of the header's name."""
    wanted = [name.lower() for name in names]
    found = {key.lower(): value for key, value in headers.items() if key.lower() in wanted}
    for name in wanted:
        if name in found:
            return found[name]
    raise AuthError("missing_header", f"no {' or '.join(names)} header")


def _utf8(value: str | bytes) -> bytes:
    # surrogatepass: a header text may hold lone surrogates; they must compare, not raise.
    return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else value


def _same(given: str | bytes, expected: str | bytes) -> bool:
    """Constant-time equality; text compares as UTF-8 (``compare_digest`` takes only ASCII text)."""
    return hmac.compare_digest(_utf8(given), _utf8(expected))


def _configured(value: object, what: str) -> str:
    """A credential the receiver configured: non-empty text, else a ``ConfigError``."""
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{what} must be a non-empty str")
    return value


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
    """The ``Authorization: Basic`` header carries exactly these credentials (neither may be empty)."""
    username, password = _configured(username, "username"), _configured(password, "password")
    scheme, _, token = _header(headers, "Authorization").strip().partition(" ")
    if scheme.lower() != "basic":
        raise AuthError("malformed_header", "Authorization is not Basic")
    try:
        user, colon, secret = base64.b64decode(token.strip(), validate=True).decode("utf-8").partition(":")
    except ValueError:  # not ASCII, not base64 (binascii.Error), or not UTF-8 (UnicodeDecodeError)
        raise AuthError("malformed_header", "Authorization: Basic is not base64 of UTF-8") from None
    if not colon:
        raise AuthError("malformed_header", "Authorization: Basic has no user:password")
    if not (_same(user, username) & _same(secret, password)):  # both compared, always
        raise AuthError("wrong_credentials", "user name or password does not match")


def verify_api_key(headers: Mapping[str, str], name: str, value: str) -> None:
    """Header ``name`` carries exactly ``value`` (neither may be empty)."""
    name, value = _configured(name, "header name"), _configured(value, "API key")
    if not _same(_header(headers, name), value):
        raise AuthError("wrong_credentials", f"{name} does not match")


def _signing_key(secret: Secret) -> bytes:
    """The HMAC key of a Standard Webhooks secret.

    Text is base64 after an optional ``whsec_`` prefix, padded or not, as the reference library
    accepts it, and surrounding whitespace (a line end read from a file) is dropped; unlike that library,
    which skips any character outside the alphabet, a secret with one inside is refused (decision D33),
    and so is an empty key.
    """
    if isinstance(secret, bytes):
        key = secret
    elif isinstance(secret, str):
        encoded = secret.strip().removeprefix("whsec_").rstrip("=")
        if not _BASE64.fullmatch(encoded) or len(encoded) % 4 == 1:
            raise ConfigError("a Standard Webhooks secret is whsec_ followed by base64")
        key = base64.b64decode(encoded + "=" * (-len(encoded) % 4))
    else:
        raise ConfigError(f"a Standard Webhooks secret is str or bytes, not {type(secret).__name__}")
    if not key:
        raise ConfigError("a Standard Webhooks secret must not be empty")
    return key


def _signing_keys(secrets: Secret | Iterable[Secret]) -> list[bytes]:
    if isinstance(secrets, str | bytes):
        return [_signing_key(secrets)]
    try:
        keys = [_signing_key(secret) for secret in secrets]
    except TypeError:  # not iterable
        raise ConfigError("secrets is a secret or an iterable of them") from None
    if not keys:
        raise ConfigError("verify needs at least one secret")
    return keys


def _digest(key: bytes, msg_id: bytes, timestamp: int, body: bytes) -> bytes:
    signed = hmac.new(key, msg_id + f".{timestamp}.".encode(), hashlib.sha256)
    signed.update(body)
    return signed.digest()


def sign(secret: Secret, msg_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` value for a delivery: ``v1,<base64 HMAC-SHA256>``."""
    key = _signing_key(secret)
    try:
        encoded_id = msg_id.encode()
    except UnicodeEncodeError:
        raise ConfigError("a message id must be UTF-8 text (it holds a lone surrogate)") from None
    return "v1," + base64.b64encode(_digest(key, encoded_id, timestamp, body)).decode()


def signature_headers(
    secret: Secret, body: bytes, *, msg_id: str | None = None, timestamp: int | None = None
) -> dict[str, str]:
    """The three Standard Webhooks headers a sender adds to a delivery of the raw ``body``:
    ``webhook-id`` (``msg_<random hex>`` unless given), ``webhook-timestamp`` (now unless given)
    and ``webhook-signature``."""
    msg_id = f"msg_{uuid.uuid4().hex}" if msg_id is None else msg_id
    timestamp = int(time.time()) if timestamp is None else timestamp
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, msg_id, timestamp, body),
    }


def _check_tolerance(tolerance: object) -> None:
    if not (isinstance(tolerance, int | float) and math.isfinite(tolerance) and tolerance >= 0):
        raise ConfigError("tolerance must be a finite number of seconds, 0 or more")


def verify(
    secrets: Secret | Iterable[Secret],
    headers: Mapping[str, str],
    body: bytes,
    *,
    tolerance: float = TOLERANCE_SECONDS,
    now: Callable[[], float] = time.time,
) -> None:
    """A Standard Webhooks delivery: signed over the raw ``body`` by one of ``secrets`` (several during
    a rotation), with a timestamp within ``tolerance`` seconds of ``now()`` either way.

    Each header is read as ``webhook-*``, else as Svix's ``svix-*`` (same scheme, older names; D37).
    """
    keys = _signing_keys(secrets)
    _check_tolerance(tolerance)
    msg_id = _header(headers, "webhook-id", "svix-id")
    stamp = _header(headers, "webhook-timestamp", "svix-timestamp")
    signatures = _header(headers, "webhook-signature", "svix-signature")
    if not (stamp.isascii() and stamp.isdigit() and len(stamp) <= MAX_TIMESTAMP_DIGITS):
        raise AuthError("malformed_header", "webhook-timestamp is not whole seconds")
    try:
        encoded_id = msg_id.encode()
    except UnicodeEncodeError:
        raise AuthError("malformed_header", "webhook-id is not UTF-8 text") from None
    timestamp, current = int(stamp), now()
    if not (isinstance(current, int | float) and math.isfinite(current)):
        raise ConfigError("now() must return a finite number of seconds")
    if timestamp < current - tolerance:
        raise AuthError("timestamp_too_old", f"signed {current - timestamp:.0f} s ago")
    if timestamp > current + tolerance:
        raise AuthError("timestamp_in_future", f"signed {timestamp - current:.0f} s ahead")
    candidates = signatures.split(maxsplit=MAX_SIGNATURES)  # splits no further than it must
    if len(candidates) > MAX_SIGNATURES:
        raise AuthError("malformed_header", f"webhook-signature holds more than {MAX_SIGNATURES} signatures")
    expected = [_digest(key, encoded_id, timestamp, body) for key in keys]
    for candidate in candidates:
        version, _, encoded = candidate.partition(",")
        if version != "v1":
            continue  # other schemes may stand beside v1; they are not ours to check
        try:
            given = base64.b64decode(encoded, validate=True)
        except ValueError:  # not ASCII, or not base64 (binascii.Error)
            continue
        if any(_same(given, digest) for digest in expected):
            return
    raise AuthError("bad_signature", "no v1 signature matches")


def _check_hmac_setup(key: object, algorithm: str, encoding: str) -> None:
    if not isinstance(key, bytes) or not key:
        raise ConfigError("an HMAC needs a non-empty bytes key")
    if encoding not in ("hex", "base64"):
        raise ConfigError(f"encoding is 'hex' or 'base64', not {encoding!r}")
    try:
        hmac.new(key, b"", algorithm).digest()
    except (ValueError, TypeError):  # unknown, or a variable-length digest (shake_*)
        raise ConfigError(f"{algorithm!r} is not a hash algorithm HMAC can use") from None


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
    the raw ``body`` under ``key`` (non-empty bytes, e.g. ``bytes.fromhex(secret)``). ``algorithm`` is
    any fixed-size digest ``hashlib`` knows."""
    _check_hmac_setup(key, algorithm, encoding)
    expected = hmac.new(key, body, algorithm).digest()
    if not signature.startswith(prefix):
        raise AuthError("malformed_header", f"signature does not start with {prefix!r}")
    encoded = signature[len(prefix) :].strip()
    try:
        given = bytes.fromhex(encoded) if encoding == "hex" else base64.b64decode(encoded, validate=True)
    except ValueError:  # binascii.Error is a ValueError; so is text that is not ASCII
        raise AuthError("malformed_header", f"signature is not {encoding}") from None
    if not _same(given, expected):
        raise AuthError("bad_signature", "the HMAC does not match")


# What a receiver checks: one small class per way a vendor can prove a delivery is its own (D71). Each
# checks its configuration when built (``ConfigError``) and never shows a credential in its repr.


class Authenticator:
    """How ``hirehooks.receive`` tells that a delivery is authentic; raises ``AuthError`` when not.

    ``url`` is the request's URL (path and query), which framework adapters pass; ``credential_headers``
    names the headers whose values are masked when a delivery is recorded.
    """

    credential_headers: tuple[str, ...] = ()

    def check(self, headers: Mapping[str, str], body: bytes, url: str | None) -> None:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(...)"


class StandardWebhooks(Authenticator):
    """A Standard Webhooks (or Svix) signature by one of ``secrets`` (several during a rotation)."""

    def __init__(self, secrets: Secret | Iterable[Secret], *, tolerance: float = TOLERANCE_SECONDS) -> None:
        self._secrets = [secrets] if isinstance(secrets, str | bytes) else list(secrets)
        self._tolerance = tolerance
        _signing_keys(self._secrets)  # a malformed secret is a ConfigError now, not on the first delivery
        _check_tolerance(tolerance)

    def check(self, headers: Mapping[str, str], body: bytes, url: str | None) -> None:
        verify(self._secrets, headers, body, tolerance=self._tolerance)


class Basic(Authenticator):
    """HTTP Basic credentials (Xobin's ``auth.type: basic``)."""

    credential_headers = ("Authorization",)

    def __init__(self, user: str, password: str) -> None:
        self._user, self._password = _configured(user, "username"), _configured(password, "password")

    def check(self, headers: Mapping[str, str], body: bytes, url: str | None) -> None:
        verify_basic(headers, self._user, self._password)


class SecretHeader(Authenticator):
    """A header the vendor is configured to send with a fixed secret value (InstaView's custom headers)."""

    def __init__(self, name: str, value: str) -> None:
        self._name, self._value = _configured(name, "header name"), _configured(value, "header value")
        self.credential_headers = (self._name,)

    def check(self, headers: Mapping[str, str], body: bytes, url: str | None) -> None:
        verify_api_key(headers, self._name, self._value)


class ApiKey(SecretHeader):
    """An API key in a header of your choice (Xobin's ``auth.type: apikey``: ``apikey.key`` names the
    header, ``apikey.value`` is the key)."""

    def __init__(self, header: str, value: str) -> None:
        super().__init__(header, value)


class Hmac(Authenticator):
    """An HMAC of the raw body in ``header`` (InstaView returns a signing secret but does not document the
    header, algorithm or encoding: set them once it does)."""

    def __init__(
        self,
        key: bytes,
        *,
        header: str,
        algorithm: str = "sha256",
        encoding: Literal["hex", "base64"] = "hex",
        prefix: str = "",
    ) -> None:
        self._header = _configured(header, "header name")
        self._key, self._algorithm, self._encoding, self._prefix = key, algorithm, encoding, prefix
        self.credential_headers = (self._header,)
        _check_hmac_setup(key, algorithm, encoding)

    def check(self, headers: Mapping[str, str], body: bytes, url: str | None) -> None:
        verify_hmac(
            self._key,
            body,
            _header(headers, self._header),
            algorithm=self._algorithm,
            encoding=self._encoding,
            prefix=self._prefix,
        )


class UrlToken(Authenticator):
    """A secret token in the query of the URL you register (``https://ats.example/hooks?token=…``), for
    vendors that send no credentials (Hirempire, HeyMilo). Keep the token out of access logs."""

    def __init__(self, token: str, *, param: str = "token") -> None:
        self._token, self._param = _configured(token, "token"), _configured(param, "query parameter")

    def check(self, headers: Mapping[str, str], body: bytes, url: str | None) -> None:
        if url is None:
            raise ConfigError("UrlToken needs the request URL: use a framework adapter, or pass url=")
        given = [value for key, value in parse_qsl(urlsplit(url).query) if key == self._param]
        if not given:
            raise AuthError("missing_header", f"no {self._param} in the URL")
        if not _same(given[-1], self._token) or len(given) > 1:
            raise AuthError("wrong_credentials", f"{self._param} does not match")


class Unauthenticated(Authenticator):
    """No authentication at all: asked for by name, since ``auth=None`` is a ``ConfigError``."""

    def check(self, headers: Mapping[str, str], body: bytes, url: str | None) -> None:
        return None
