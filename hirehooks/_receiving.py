"""From a raw request to a typed event in one call: authenticate, answer a handshake or detect and
parse, and record the delivery (decision D69)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from pydantic import BaseModel

from hirehooks._body import MAX_BYTES, decode
from hirehooks._catalog import events, vendors
from hirehooks._detection import detect_among
from hirehooks._errors import AuthError, ConfigError, PayloadError, Problem
from hirehooks._parsing import parse
from hirehooks._redact import masked_within, redact
from hirehooks.auth import Authenticator, redact_headers
from hirehooks.store import Record, Store, Verdict

DELIVERY_ID_HEADERS = ("webhook-id", "svix-id")
"""Headers that carry the sender's delivery id (Standard Webhooks, Svix); checked before the body."""
DELIVERY_ID_FIELD = "deliveryId"
"""The top-level body field that carries it where a vendor's schema declares one (InstaView)."""

HANDSHAKES: dict[str, Callable[[BaseModel], dict[str, Any]]] = {
    "hirempire.url_verification": lambda event: {"challenge": getattr(event, "challenge")},  # noqa: B009
}
"""The names that are handshakes, not events, and the JSON object each is answered with (D74)."""


@dataclass(frozen=True, slots=True)
class Delivery:
    """An authentic, valid delivery: ``event`` is the typed model of ``name``. ``duplicate`` is true
    when the store has accepted this ``id`` before (then do not handle it again)."""

    vendor: str
    name: str
    event: BaseModel = field(repr=False)  # candidate data: kept out of logs that print a Delivery
    id: str
    received_at: datetime
    duplicate: bool = False
    seq: int | None = None  # the store's row, when there is a store


@dataclass(frozen=True, slots=True)
class Handshake:
    """A handshake to answer, not an event to handle: reply HTTP 200 with the JSON object ``response``."""

    vendor: str
    name: str
    response: dict[str, Any]
    received_at: datetime


@dataclass(frozen=True, slots=True)
class Setup:
    """A receiver's configuration, checked once: the vendor, how deliveries authenticate, which names
    are taken, and where they are recorded."""

    vendor: str
    auth: Authenticator
    names: tuple[str, ...]
    store: Store | None
    strict: bool
    max_bytes: int = MAX_BYTES


def setup(
    *,
    vendor: str,
    auth: object,
    names: Iterable[str] | None,
    store: Store | None,
    strict: bool,
    max_bytes: int = MAX_BYTES,
) -> Setup:
    """The checked configuration; ``ConfigError`` says what is wrong with it."""
    if vendor not in vendors():
        raise ConfigError(f"unknown vendor {vendor!r}; known: {', '.join(vendors())}")
    if auth is None:
        raise ConfigError("auth is required; to receive without authentication, pass auth.Unauthenticated()")
    if not isinstance(auth, Authenticator):
        raise ConfigError(f"auth is a hirehooks.auth authenticator, not {type(auth).__name__}")
    known = events(vendor)
    chosen = tuple(known if names is None else names)
    strangers = [name for name in chosen if name not in known]
    if strangers or not chosen:
        raise ConfigError(f"names must be some of {vendor}'s events: {', '.join(known)}")
    return Setup(vendor, auth, chosen, store, strict, max_bytes)


def _text(value: str) -> str:
    """``value`` as text SQLite and UTF-8 can hold: a lone surrogate becomes its ``\\udcxx`` escape."""
    return value.encode("utf-8", "backslashreplace").decode("utf-8")


def delivery_id(headers: Mapping[str, str], body: bytes, data: object = None) -> str:
    """The sender's delivery id (a header, else the top-level ``deliveryId`` of the decoded body or its
    model), else ``sha256:<hex>`` of the raw body: identical bodies without an id are one delivery."""
    lowered = {key.lower(): value for key, value in headers.items()}
    for header in DELIVERY_ID_HEADERS:
        if lowered.get(header):
            return _text(lowered[header])
    given = data.get(DELIVERY_ID_FIELD) if isinstance(data, dict) else getattr(data, DELIVERY_ID_FIELD, None)
    if isinstance(given, str) and given:
        return _text(given)
    return "sha256:" + hashlib.sha256(body).hexdigest()


def _checked_headers(headers: object) -> Mapping[str, str]:
    """The request headers, a mapping of text to text (what every framework gives); else ``ConfigError``."""
    if not isinstance(headers, Mapping) or not all(
        isinstance(key, str) and isinstance(value, str) for key, value in headers.items()
    ):
        raise ConfigError("headers must be a mapping of str to str (decode an ASGI scope's bytes first)")
    return headers


def kept_body(body: bytes, name: str | None, keep_raw: bool, max_bytes: int = MAX_BYTES) -> bytes | None:
    """What the log keeps of a body (D72): the raw bytes with ``keep_raw``; else the JSON with ``x-pii``
    and ``x-secret`` values masked, their JSON types kept (every value, when no schema is known);
    ``None`` for a body not JSON."""
    if keep_raw:
        return body
    try:
        masked = (
            masked_within(decode(body, max_bytes=max_bytes))
            if name is None
            else redact(name, body, keep_types=True, max_bytes=max_bytes)
        )
    except PayloadError:
        return None
    try:
        return orjson.dumps(masked)
    except TypeError:  # an integer beyond 64 bits, which the body may hold (D38): the standard library
        return json.dumps(masked, ensure_ascii=False, separators=(",", ":")).encode()


def _record(
    setup: Setup,
    headers: Mapping[str, str],
    body: bytes,
    received_at: datetime,
    *,
    verdict: Verdict,
    name: str | None,
    identity: str,
    problems: Iterable[Problem] = (),
) -> Record | None:
    """Record a delivery in the setup's store. An unauthenticated body is not kept: anyone can send one,
    and masking and storing it would let them spend the receiver's time and disk (D72)."""
    if setup.store is None:
        return None
    keep = verdict != "unauthenticated"
    return setup.store.add(
        Record(
            vendor=setup.vendor,
            delivery_id=identity,
            verdict=verdict,
            received_at=received_at,
            name=name,
            problems=tuple(problems),
            body=kept_body(body, name, setup.store.keep_raw, setup.max_bytes) if keep else None,
            headers={
                _text(key): _text(value)
                for key, value in redact_headers(headers, also=setup.auth.credential_headers).items()
            },
            raw=keep and setup.store.keep_raw,
        )
    )


def _name_of(setup: Setup, body: bytes) -> str:
    """The vendor's handshake, whatever names the receiver takes (a vendor checks the URL before it
    sends anything); else the one configured name, or the configured name that ``detect`` finds.
    ``PayloadError`` when the body is not JSON or none fits."""
    handshakes = tuple(name for name in HANDSHAKES if name.startswith(f"{setup.vendor}."))
    data = decode(body, max_bytes=setup.max_bytes) if handshakes or len(setup.names) > 1 else None
    handshake = detect_among(data, handshakes) if handshakes else None
    if handshake is not None:
        return handshake
    if len(setup.names) == 1:
        return setup.names[0]
    name = detect_among(data, setup.names)
    if name is None:
        raise PayloadError([Problem("", f"no {setup.vendor} event this receiver takes fits the body")])
    return name


def receive_with(
    setup: Setup,
    headers: Mapping[str, str],
    body: bytes,
    *,
    url: str | None = None,
    claim: Container[str] = (),
) -> Delivery | Handshake:
    """``receive`` with a checked ``Setup`` (what the framework adapters call for each request). A new
    delivery of a name in ``claim`` (those with a handler) is recorded ``processing``, for its handler's
    outcome to settle; any other is recorded ``accepted`` (D73)."""
    if not isinstance(body, bytes):
        raise ConfigError(f"body must be the raw request bytes, not {type(body).__name__}")
    headers = _checked_headers(headers)
    received_at = datetime.now(UTC)
    try:
        setup.auth.check(headers, body, url)
    except AuthError:
        identity = delivery_id(headers, body)
        _record(setup, headers, body, received_at, verdict="unauthenticated", name=None, identity=identity)
        raise
    name: str | None = None
    try:
        name = _name_of(setup, body)
        event = parse(name, body, strict=setup.strict, max_bytes=setup.max_bytes)
    except PayloadError as error:
        identity = delivery_id(headers, body, _decoded_or_none(body, setup.max_bytes))
        _record(
            setup,
            headers,
            body,
            received_at,
            verdict="invalid",
            name=name,
            identity=identity,
            problems=error.problems,
        )
        raise
    identity = delivery_id(headers, body, event)
    if name in HANDSHAKES:
        _record(setup, headers, body, received_at, verdict="handshake", name=name, identity=identity)
        return Handshake(setup.vendor, name, HANDSHAKES[name](event), received_at)
    verdict: Verdict = "processing" if name in claim else "accepted"
    recorded = _record(setup, headers, body, received_at, verdict=verdict, name=name, identity=identity)
    return Delivery(
        vendor=setup.vendor,
        name=name,
        event=event,
        id=identity,
        received_at=received_at,
        duplicate=recorded is not None and recorded.verdict == "duplicate",
        seq=None if recorded is None else recorded.seq,
    )


def _decoded_or_none(body: bytes, max_bytes: int) -> Any:
    try:
        return decode(body, max_bytes=max_bytes)
    except PayloadError:
        return None


def receive(
    headers: Mapping[str, str],
    body: bytes,
    *,
    vendor: str,
    auth: Authenticator | None,
    names: Iterable[str] | None = None,
    store: Store | None = None,
    strict: bool = False,
    url: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Delivery | Handshake:
    """Check a delivery's authentication on the raw ``body``, then answer a handshake or detect (among
    ``vendor``'s events, or only ``names``; one name is taken as given) and parse it, recording it in
    ``store``.

    Raises ``AuthError`` (not authentic), ``PayloadError`` (not valid, or no event fits), ``ConfigError``
    (the receiver is set up wrongly) or ``StoreError`` (the log cannot be written: answer 503). ``url``
    is the request URL, for ``auth.UrlToken``; ``max_bytes`` the largest body taken. With a store, the
    delivery is recorded ``accepted`` (``Hooks`` records it ``processing`` while its handler runs);
    call ``store.mark_failed(delivery.seq, why)`` when handling it fails, so the vendor's retry is
    taken again.
    """
    configured = setup(vendor=vendor, auth=auth, names=names, store=store, strict=strict, max_bytes=max_bytes)
    return receive_with(configured, headers, body, url=url)
