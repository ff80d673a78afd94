"""hirehooks: validate and parse hiring-platform webhook payloads against hand-authored JSON Schemas.

>>> import hirehooks
>>> report = hirehooks.parse("heymilo.report_available", raw_body)          # doctest: +SKIP
>>> hirehooks.validate("heymilo.report_available", raw_body)               # doctest: +SKIP
[Problem(path='/agentic_data/web_interview_info/summary/match_score', message='...')]
"""

from hirehooks.catalog import events, examples, names, openapi, schema, vendors
from hirehooks.detection import detect
from hirehooks.errors import PayloadError, Problem, UnknownEventError
from hirehooks.parsing import parse
from hirehooks.redact import redact
from hirehooks.validation import validate

__all__ = [
    "PayloadError",
    "Problem",
    "UnknownEventError",
    "detect",
    "events",
    "examples",
    "names",
    "openapi",
    "parse",
    "redact",
    "schema",
    "validate",
    "vendors",
]
