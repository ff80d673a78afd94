"""What fuzzing checks, shared by the atheris harness and the test suite's Hypothesis smoke run.

Any bytes at all: ``detect`` and ``validate`` return, ``parse`` returns or raises ``PayloadError``.
Anything else escaping is a bug.
"""

from __future__ import annotations

import contextlib

import hirehooks


def one_input(data: bytes) -> None:
    hirehooks.detect(data)
    for event in hirehooks.events():
        hirehooks.validate(event, data)
        with contextlib.suppress(hirehooks.PayloadError):
            hirehooks.parse(event, data)
