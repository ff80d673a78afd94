"""Deliver bodies to an endpoint the way a vendor would, for trying a handler out locally.

JSON body with ``Content-Type: application/json``; optionally Standard Webhooks signature headers,
HTTP Basic credentials and extra headers. One request per body; nothing is retried.
"""

from __future__ import annotations

import base64
import json
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Mapping
from typing import Any, NamedTuple

from hirehooks.auth import sign


class Delivery(NamedTuple):
    status: int | None  # None when no HTTP response came back
    seconds: float
    error: str  # why there was no response, else ""

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def headers_for(
    body: bytes,
    *,
    sign_secret: str | None = None,
    basic: tuple[str, str] | None = None,
    extra: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The request headers of one delivery; a signature is made fresh (new id, current time)."""
    headers = {"Content-Type": "application/json", "User-Agent": "hirehooks-send", **(extra or {})}
    if sign_secret is not None:
        msg_id, timestamp = f"msg_{uuid.uuid4().hex}", int(time.time())
        headers.update(
            {
                "webhook-id": msg_id,
                "webhook-timestamp": str(timestamp),
                "webhook-signature": sign(sign_secret, msg_id, timestamp, body),
            }
        )
    if basic is not None:
        headers["Authorization"] = "Basic " + base64.b64encode(":".join(basic).encode()).decode()
    return headers


def deliver(
    url: str,
    payload: Any,
    *,
    method: str = "POST",
    timeout: float = 10.0,
    sign_secret: str | None = None,
    basic: tuple[str, str] | None = None,
    extra: Mapping[str, str] | None = None,
) -> Delivery:
    """Send one JSON body (headers as ``headers_for`` makes them). Never raises for a network failure."""
    body = json.dumps(payload, ensure_ascii=False).encode()
    headers = headers_for(body, sign_secret=sign_secret, basic=basic, extra=extra)
    request = urllib.request.Request(url, data=body, method=method.upper(), headers=headers)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            return Delivery(response.status, time.perf_counter() - started, "")
    except urllib.error.HTTPError as error:  # a non-2xx status: still a response
        return Delivery(error.code, time.perf_counter() - started, "")
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        return Delivery(None, time.perf_counter() - started, str(reason))
