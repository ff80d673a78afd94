"""Mask candidate PII and secrets in a body before it is logged.

The schemas mark such fields: ``x-pii`` (names, e-mail addresses, transcript text, recording, resume,
report and interview links) and ``x-secret`` (Xobin passwords and API keys, InstaView signing secrets
and custom header values). Their values, where not null, become ``"[redacted]"``.
"""

from __future__ import annotations

from typing import Any

from hirehooks._body import MAX_BYTES, Body, decode
from hirehooks._catalog import bundled_schema, entry
from hirehooks._walk import positions, replaced

MASK = "[redacted]"


def sensitive(schema: dict[str, Any]) -> bool:
    """Whether a (sub)schema marks its value as candidate PII or a secret."""
    return bool(schema.get("x-pii") or schema.get("x-secret"))


def redact(name: str, body: Body, *, max_bytes: int = MAX_BYTES) -> Any:
    """A copy of ``body`` (decoded) with every PII and secret value masked; the body is left as it was.

    Raises ``PayloadError`` if the body is not JSON; an invalid body is masked as far as it matches.
    """
    entry(name)
    data = decode(body, max_bytes=max_bytes)
    masked = data
    for path, schema, value in positions(bundled_schema(name), data):
        if value is not None and sensitive(schema):
            masked = replaced(masked, path, MASK)
    return masked
