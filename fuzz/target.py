"""What fuzzing checks, shared by the atheris harness and the test suite's Hypothesis smoke run.

Any bytes at all, and the same input as text (undecodable bytes become lone surrogates): ``detect``
and ``validate`` return, ``parse`` returns or raises ``PayloadError`` — anything else escaping is a
bug — every problem list is capped (at most ``MAX_PROBLEMS``, then one saying there are more, D40), and
``parse`` of the raw input ends exactly as ``parse`` of its decoded value (D26).
"""

from __future__ import annotations

from typing import Any

import hirehooks
from hirehooks._body import Body, decode
from hirehooks._problems import MAX_PROBLEMS, MORE_PROBLEMS


def _capped(problems: list[hirehooks.Problem]) -> list[hirehooks.Problem]:
    assert len(problems) <= MAX_PROBLEMS or (
        len(problems) == MAX_PROBLEMS + 1 and problems[-1] == MORE_PROBLEMS
    )
    return problems


def _parsed(event: str, body: Body) -> Any:
    try:
        return hirehooks.parse(event, body).model_dump()
    except hirehooks.PayloadError as error:
        return _capped(error.problems)


def one_input(data: bytes) -> None:
    for body in (data, data.decode("utf-8", "surrogateescape")):
        hirehooks.detect(body)
        try:
            decoded = decode(body)
        except hirehooks.PayloadError:
            decoded = None
        for event in hirehooks.events():
            _capped(hirehooks.validate(event, body))
            parsed = _parsed(event, body)
            if isinstance(decoded, dict | list):  # what parse takes as already decoded
                assert parsed == _parsed(event, decoded), (event, body)
