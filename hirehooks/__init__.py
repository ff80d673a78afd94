"""hirehooks: validate and parse hiring-platform webhook payloads against hand-authored JSON Schemas.

>>> import hirehooks
>>> report = hirehooks.parse("heymilo.report_available", raw_body)          # doctest: +SKIP
>>> hirehooks.validate("heymilo.report_available", raw_body)               # doctest: +SKIP
[Problem(path='/agentic_data/web_interview_info/summary/match_score', message='...')]
"""

from typing import cast

from hirehooks._catalog import events, examples, names, openapi, schema, vendors
from hirehooks._detection import detect
from hirehooks._errors import (
    AuthError,
    ConfigError,
    HirehooksError,
    PayloadError,
    Problem,
    StoreError,
    UnknownEventError,
    UnknownNameError,
)
from hirehooks._hooks import Hooks
from hirehooks._names import Name, Parse
from hirehooks._parsing import parse as _parse
from hirehooks._receiving import Delivery, Handshake, receive
from hirehooks._redact import redact
from hirehooks._validation import validate

parse = cast(Parse, _parse)
"""Typed per name by the generated overloads: ``parse("heymilo.report_available", body)`` is a
``ReportAvailable`` to mypy and pyright (decision D32)."""

__all__ = [
    "AuthError",
    "ConfigError",
    "Delivery",
    "Handshake",
    "HirehooksError",
    "Hooks",
    "Name",
    "PayloadError",
    "Problem",
    "StoreError",
    "UnknownEventError",
    "UnknownNameError",
    "detect",
    "events",
    "examples",
    "names",
    "openapi",
    "parse",
    "receive",
    "redact",
    "schema",
    "validate",
    "vendors",
]
