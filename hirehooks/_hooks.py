"""A receiver's typed handlers and its HTTP answers, the same for every framework adapter.

Answers (decision D70): 200 for an accepted delivery, a duplicate (its handler is not called again) and a
handshake (its JSON body); 401 with no detail for an ``AuthError``; 413 for a body over the size limit;
422 ``application/problem+json`` listing each problem for a ``PayloadError``; 500 with no detail when a
handler fails (the delivery recorded as ``handler_failed``) or the receiver is misconfigured; 503 with
``Retry-After`` when the delivery log cannot be written, so that the vendor retries and nothing is lost.
"""

from __future__ import annotations

import inspect
import json
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from hirehooks._body import MAX_BYTES
from hirehooks._errors import AuthError, ConfigError, PayloadError, StoreError
from hirehooks._names import On
from hirehooks._receiving import HANDSHAKES, Delivery, Handshake, receive_with, setup
from hirehooks.auth import Authenticator
from hirehooks.store import Store

logger = logging.getLogger("hirehooks.receiver")

Handler = Callable[[Any], object]
H = TypeVar("H", bound=Handler)

RETRY_AFTER_SECONDS = 5
"""What a 503 asks the vendor to wait before retrying (the log was locked, read-only or full)."""


@dataclass(frozen=True, slots=True)
class Answer:
    """An HTTP response, framework-free: each adapter turns it into its own response object."""

    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def _json(status: int, content: object, content_type: str = "application/json", **headers: str) -> Answer:
    body = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()
    return Answer(status, body, {"Content-Type": content_type, **headers})


def _problem(status: int, title: str, **headers: str) -> Answer:
    """An RFC 9457 problem with no detail beyond its status: nothing to help an attacker or leak a body."""
    return _json(
        status,
        {"type": "about:blank", "title": title, "status": status},
        "application/problem+json",
        **headers,
    )


UNAUTHORIZED = _problem(401, "Unauthorized")
TOO_LARGE = _problem(413, "Content Too Large")
FAILED = _problem(500, "Internal Server Error")
UNAVAILABLE = _problem(503, "Service Unavailable", **{"Retry-After": str(RETRY_AFTER_SECONDS)})


class Hooks:
    """A receiver for one vendor: how deliveries authenticate, where they are recorded, and the handler
    of each name (``@hooks.on("heymilo.report_available")``). A valid delivery with no handler is
    accepted and recorded. Configuration errors are raised here, not on the first delivery."""

    def __init__(
        self,
        *,
        vendor: str,
        auth: Authenticator | None,
        names: Iterable[str] | None = None,
        store: Store | None = None,
        strict: bool = False,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self.setup = setup(
            vendor=vendor, auth=auth, names=names, store=store, strict=strict, max_bytes=max_bytes
        )
        self.max_bytes = max_bytes
        self._handlers: dict[str, Handler] = {}
        self.awaits = False
        """Whether some handler is ``async def`` (the ASGI adapter then awaits it on the event loop)."""

    @property
    def on(self) -> On:
        """``@hooks.on(name)`` registers the decorated function as the handler of ``name``, called with
        the typed event; type checkers check that the handler takes ``name``'s model (D32)."""
        return cast(On, self._register)

    def _register(self, name: str) -> Callable[[H], H]:
        if name in HANDSHAKES:
            raise ConfigError(f"{name} is a handshake: the receiver answers it, no handler is called")
        if name not in self.setup.names:
            raise ConfigError(f"this receiver takes {', '.join(self.setup.names)}, not {name!r}")
        if name in self._handlers:
            raise ConfigError(f"{name} has a handler already")

        def register(handler: H) -> H:
            self._handlers[name] = handler
            self.awaits = self.awaits or _is_async(handler)
            return handler

        return register

    def handler(self, name: str) -> Handler | None:
        return self._handlers.get(name)

    def require_sync(self, framework: str) -> None:
        """A WSGI framework cannot await: an ``async`` handler registered already is a ``ConfigError``
        now (one registered later is answered 500 and logged)."""
        if self.awaits:
            raise ConfigError(f"{framework} calls handlers synchronously: use plain functions, not async def")

    def receive(self, headers: Mapping[str, str], body: bytes, url: str | None) -> Answer | Delivery:
        """Everything before the handler: the ``Answer`` when the request is answered already (refused,
        a handshake, a duplicate, or no handler for it), else the ``Delivery`` to hand to its handler,
        recorded ``processing`` until ``done`` or ``failed`` settles it."""
        if len(body) > self.max_bytes:
            return TOO_LARGE
        try:
            outcome = receive_with(self.setup, headers, body, url=url, claim=self._handlers.keys())
        except AuthError:
            return UNAUTHORIZED
        except PayloadError as error:
            return _json(422, error.to_dict(), "application/problem+json")
        except StoreError as error:
            if error.reason == "in_progress":  # a retry while the first copy is handled: come back later
                logger.info("delivery in progress elsewhere; answered 503 so the vendor retries")
            else:
                logger.exception("the delivery log cannot be written; answered 503 so the vendor retries")
            return UNAVAILABLE
        except ConfigError:
            logger.exception("the receiver is misconfigured")
            return FAILED
        if isinstance(outcome, Handshake):
            return _json(200, outcome.response)
        if outcome.duplicate:
            return _json(200, {"status": "duplicate", "id": outcome.id})
        if outcome.name not in self._handlers:
            return self.accepted(outcome)
        return outcome

    def accepted(self, delivery: Delivery) -> Answer:
        return _json(200, {"status": "accepted", "id": delivery.id})

    def done(self, delivery: Delivery) -> Answer:
        """The handler returned: record the delivery ``accepted`` and answer 200 (503 when that cannot be
        recorded: the vendor's retry is then handled again once the claim's lease is over)."""
        store = self.setup.store
        if store is not None and delivery.seq is not None:
            try:
                store.mark_done(delivery.seq)
            except StoreError:
                logger.exception("%s was handled but could not be recorded; answered 503", delivery.id)
                return UNAVAILABLE
        return self.accepted(delivery)

    def failed(self, delivery: Delivery, error: BaseException) -> Answer:
        """A handler raised ``error``: log it, record the delivery as ``handler_failed`` (its id may be
        claimed again, so the vendor's retry is handled) and answer 500 (503 when the failure cannot be
        recorded). The log keeps the exception's type only: its message might quote the body."""
        logger.error("the handler of %s %s failed", delivery.name, delivery.id, exc_info=error)
        store = self.setup.store
        if store is not None and delivery.seq is not None:
            try:
                store.mark_failed(delivery.seq, f"{type(error).__module__}.{type(error).__qualname__}")
            except StoreError:
                logger.exception("the failure of %s could not be recorded; answered 503", delivery.id)
                return UNAVAILABLE
        return FAILED

    def respond(self, headers: Mapping[str, str], body: bytes, url: str | None) -> Answer:
        """The whole exchange for a synchronous framework: receive, call the handler, answer."""
        outcome = self.receive(headers, body, url)
        if isinstance(outcome, Answer):
            return outcome
        try:
            result = self._handlers[outcome.name](outcome.event)
            if inspect.isawaitable(result):  # an async handler: nothing here can await it
                getattr(result, "close", lambda: None)()
                raise ConfigError(f"{outcome.name}'s handler is async; this framework calls it synchronously")
        except Exception as error:
            return self.failed(outcome, error)
        except BaseException as error:  # the worker is stopping (SystemExit): release the claim first
            self.failed(outcome, error)
            raise
        return self.done(outcome)


def _is_async(handler: object) -> bool:
    """An ``async def`` function, one wrapped by ``functools.wraps``, or an object with an async
    ``__call__``."""
    unwrapped = inspect.unwrap(handler) if callable(handler) else handler
    return inspect.iscoroutinefunction(unwrapped) or inspect.iscoroutinefunction(
        getattr(unwrapped, "__call__", None)  # noqa: B004 - the method itself, not callable()
    )
