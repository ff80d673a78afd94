"""Tell which event a body is: by the name it carries where the vendor sends one, else by its shape.

Hirempire, InstaView and Xobin's assessment updates name the event in a top-level ``event`` field (the
Hirempire handshake in ``type``); HeyMilo's payloads and Xobin's start and submission bodies carry no
name, so their required top-level fields tell them apart (decision D68).
"""

from __future__ import annotations

import functools
from typing import Any

from hirehooks._body import MAX_BYTES, Body, decode
from hirehooks._catalog import bundled_schema, events
from hirehooks._errors import PayloadError

TAG_FIELDS = ("event", "type")
"""Top-level fields that name the event, where a schema fixes them with ``const`` or ``enum``."""


def _tags(schema: dict[str, Any]) -> dict[str, list[Any]]:
    """The values each tag field may take in ``schema``: ``{"event": ["job_added"]}``; empty when the
    schema fixes none."""
    properties = schema.get("properties", {})
    found = {}
    for field in TAG_FIELDS:
        declared = properties.get(field, {})
        values = [declared["const"]] if "const" in declared else declared.get("enum")
        if values:
            found[field] = values
    return found


@functools.cache
def _rules(
    candidates: tuple[str, ...],
) -> tuple[list[tuple[str, dict[str, list[Any]]]], list[tuple[str, set[str]]]]:
    """The tagged events with their tags, and the untagged ones with their required top-level fields."""
    tagged, untagged = [], []
    for event in candidates:
        schema = bundled_schema(event)
        tags = _tags(schema)
        if tags:
            tagged.append((event, tags))
        else:
            untagged.append((event, set(schema.get("required", []))))
    return tagged, untagged


def _is_tag_value(value: object, values: list[Any]) -> bool:
    # exact JSON equality: `true` is no event name, and 1 is not 1.0's tag
    return any(type(value) is type(allowed) and value == allowed for allowed in values)


def detect(body: Body, *, vendor: str | None = None, max_bytes: int = MAX_BYTES) -> str | None:
    """The event a body is, among all vendors' (or ``vendor``'s) events; ``None`` when none fits.

    1. A body whose ``event`` (or ``type``) field holds the value an event's schema fixes there is that
       event (when several match, the one whose schema fixes the most tag fields, then the name that
       sorts last).
    2. Otherwise the untagged event whose required top-level fields are all present, preferring the
       one requiring most (a HeyMilo report also has every field ``interview_started`` requires), then
       the name that sorts last (D13).

    The body need not be valid (``validate`` then says what is wrong with it); a body that is not a
    JSON object is ``None``.
    """
    try:
        data = decode(body, max_bytes=max_bytes)
    except PayloadError:
        return None
    return detect_among(data, tuple(events(vendor)))


def detect_among(data: Any, candidates: tuple[str, ...]) -> str | None:
    """``detect``'s rules over decoded ``data``, among ``candidates`` (event names) only."""
    if not isinstance(data, dict):
        return None
    tagged, untagged = _rules(candidates)
    named = [
        (len(tags), event)
        for event, tags in tagged
        if all(field in data and _is_tag_value(data[field], values) for field, values in tags.items())
    ]
    if named:
        return max(named)[1]
    fits = [(len(required), event) for event, required in untagged if required <= data.keys()]
    return max(fits)[1] if fits else None
