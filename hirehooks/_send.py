"""Deliver bodies to an endpoint the way a vendor would, for trying a handler out locally.

Each body goes as the exact bytes given, with ``Content-Type: application/json``; optionally Standard
Webhooks signature headers (``hirehooks.auth.signature_headers``), HTTP Basic credentials and extra
headers. One request per body; nothing is retried.
"""

from __future__ import annotations

import base64
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from http.client import HTTPException, HTTPResponse
from typing import NamedTuple

from hirehooks.auth import Secret, signature_headers

ANSWER_BYTES = 500
"""How much of an answer's body is kept, to show why a delivery was refused."""


class Delivery(NamedTuple):
    status: int | None  # None when no HTTP response came back
    seconds: float
    error: str  # why there was no response, else ""
    answer: bytes = b""  # the first ANSWER_BYTES of the response body
    cut: bool = False  # whether the response body went on past them

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def headers_for(
    body: bytes,
    *,
    sign_secret: Secret | None = None,
    basic: tuple[str, str] | None = None,
    extra: Mapping[str, str] | None = None,
    msg_id: str | None = None,
) -> dict[str, str]:
    """The request headers of one delivery; a signature is made fresh (current time, and a new id
    unless ``msg_id`` is given: a replay keeps the delivery's own, so a receiver's dedupe sees it)."""
    headers = {"Content-Type": "application/json", "User-Agent": "hirehooks-send", **(extra or {})}
    if sign_secret is not None:
        headers.update(signature_headers(sign_secret, body, msg_id=msg_id))
    if basic is not None:
        headers["Authorization"] = "Basic " + base64.b64encode(":".join(basic).encode()).decode()
    return headers


def _answer(response: HTTPResponse | urllib.error.HTTPError, status: int, started: float) -> Delivery:
    try:
        kept = response.read(ANSWER_BYTES + 1)
    except (OSError, HTTPException):  # the status came, then the connection broke off
        kept = b""
    return Delivery(status, time.perf_counter() - started, "", kept[:ANSWER_BYTES], len(kept) > ANSWER_BYTES)


def deliver(
    url: str,
    body: bytes,
    *,
    method: str = "POST",
    timeout: float = 10.0,
    sign_secret: Secret | None = None,
    basic: tuple[str, str] | None = None,
    extra: Mapping[str, str] | None = None,
    msg_id: str | None = None,
) -> Delivery:
    """Send one raw body (headers as ``headers_for`` makes them). Never raises for a network failure."""
    headers = headers_for(body, sign_secret=sign_secret, basic=basic, extra=extra, msg_id=msg_id)
    request = urllib.request.Request(url, data=body, method=method.upper(), headers=headers)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return _answer(response, response.status, started)
    except urllib.error.HTTPError as error:  # a non-2xx status: still a response
        with error:
            return _answer(error, error.code, started)
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        return Delivery(None, time.perf_counter() - started, str(reason))
