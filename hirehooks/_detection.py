"""Tell which event a body is: HeyMilo payloads carry no event name."""

from __future__ import annotations

from hirehooks._body import MAX_BYTES, Body, decode
from hirehooks._catalog import bundled_schema, events
from hirehooks._errors import PayloadError


def detect(body: Body, *, max_bytes: int = MAX_BYTES) -> str | None:
    """The event whose required top-level fields are all present, preferring the one requiring most.

    ``report_available`` requires every field ``interview_started`` does and more, so it wins for a
    report; ``None`` when no event's required fields are all there (or the body is not a JSON object).
    The body need not be valid: ``validate`` then says what is wrong with it.
    """
    try:
        data = decode(body, max_bytes=max_bytes)
    except PayloadError:
        return None
    if not isinstance(data, dict):
        return None
    fits = [
        (len(required), event)
        for event in events()
        if set(required := bundled_schema(event).get("required", [])) <= data.keys()
    ]
    return max(fits)[1] if fits else None
