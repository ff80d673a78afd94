"""What fuzzing checks, shared by the atheris harness and the test suite's Hypothesis smoke run.

Any bytes at all, and the same input as text (undecodable bytes become lone surrogates): ``detect``
and ``validate`` return, ``parse`` returns or raises ``PayloadError`` — anything else escaping is a
bug — and ``parse`` of the raw input ends exactly as ``parse`` of its decoded value (D26).
"""

from __future__ import annotations

from typing import Any

import hirehooks
from hirehooks._body import Body, decode


def _parsed(event: str, body: Body) -> Any:
    try:
        return hirehooks.parse(event, body).model_dump()
    except hirehooks.PayloadError as error:
        return error.problems


def one_input(data: bytes) -> None:
    for body in (data, data.decode("utf-8", "surrogateescape")):
        hirehooks.detect(body)
        try:
            decoded = decode(body)
        except hirehooks.PayloadError:
            decoded = None
        for event in hirehooks.events():
            hirehooks.validate(event, body)
            parsed = _parsed(event, body)
            if isinstance(decoded, dict | list):  # what parse takes as already decoded
                assert parsed == _parsed(event, decoded), (event, body)
