"""The planted-drift corpus the drift tests profile: generated bodies with known deviations added.

``sample`` draws valid bodies from the schemas; ``planted`` then damages a known number of them, each
in one way, so a test can say exactly what the report must find:

- ``hirempire.applicant_applied`` (40 bodies): an undeclared field ``/applicant/ai_evaluation/culture_fit``
  in 12 (30 %), ``/applicant/source`` null (not nullable) in 2, ``skill_match`` drawn from a closed set
  in all (a candidate enum), ``fluency`` drawn from a closed set too (but it is ``x-pii``: never a
  candidate), and ``MARKER`` in every ``x-pii`` string set (name, email, phone, language);
- ``heymilo.report_available`` (20 bodies): the integer ``rank`` of the first scorecard question sent
  as a string in 5;
- 3 bodies of a shape no schema fits, keys ``kind`` and ``payload``.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from hirehooks import events
from hirehooks.testing import sample

MARKER = "PII-MARKER-7f3a"
APPLIED = "hirempire.applicant_applied"
REPORT = "heymilo.report_available"
DEEP = "/applicant/ai_evaluation/culture_fit"
NULLED = "/applicant/source"
RANK = "/agentic_data/web_interview_info/scorecard/questions/*/rank"
SKILLS = ("Strong", "Weak", "Moderate")
FLUENCY = ("Native", "Fluent")
UNKNOWN = {"kind": "mystery.event", "payload": {"id": 1}}


@functools.cache
def _drawn(name: str, count: int) -> tuple[str, ...]:
    return tuple(json.dumps(body) for body in sample(name, count))


def undamaged() -> list[bytes]:
    """Valid generated bodies of the two names (what ``planted`` starts from), unchanged."""
    return [text.encode() for name, count in ((APPLIED, 40), (REPORT, 60)) for text in _drawn(name, count)]


def _questions(body: Any) -> list[Any]:
    info = body["agentic_data"]["web_interview_info"]
    return (info or {}).get("scorecard", {}).get("questions") or []


def applied() -> list[dict[str, Any]]:
    bodies = [json.loads(text) for text in _drawn(APPLIED, 40)]
    for index, body in enumerate(bodies):
        applicant = body["applicant"]
        applicant.update(name=MARKER, email=f"{MARKER}@example.com", phone=MARKER)
        applicant["ai_evaluation"]["skill_match"] = SKILLS[index % len(SKILLS)]
        applicant["spoken_languages"] = [{"language": MARKER, "fluency": FLUENCY[index % 2]}]
        if index % 10 < 3:  # 12 of 40
            applicant["ai_evaluation"]["culture_fit"] = f"{MARKER} fits"
        if index in (5, 6):
            applicant["source"] = None
    return bodies


def reports() -> list[dict[str, Any]]:
    """20 reports: 5 with a scorecard question whose ``rank`` is a string, then 15 undamaged ones."""
    drawn = [json.loads(text) for text in _drawn(REPORT, 60)]
    damaged = [body for body in drawn if _questions(body)][:5]
    for body in damaged:
        question = _questions(body)[0]
        question["rank"] = str(question["rank"])
    rest = [body for body in drawn if not any(body is other for other in damaged)][:15]
    assert len(damaged) == 5 and len(rest) == 15
    return damaged + rest


def planted() -> list[bytes]:
    """The planted corpus: 63 raw bodies, interleaved."""
    bodies: list[Any] = [*applied(), *reports(), UNKNOWN, UNKNOWN, UNKNOWN]
    return [json.dumps(body).encode() for body in bodies]


@functools.cache
def _report_validator() -> Any:
    from jsonschema import Draft202012Validator

    from hirehooks.drift import REPORT_SCHEMA

    schema = json.loads(REPORT_SCHEMA.read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def check_report(report: dict[str, Any]) -> None:
    """Fail unless ``report`` validates against the published report schema."""
    _report_validator().validate(report)


def everything() -> list[bytes]:
    """``undamaged`` and 6 generated bodies of every other webhook payload name: all valid."""
    others = [text.encode() for name in events() if name not in (APPLIED, REPORT) for text in _drawn(name, 6)]
    return [*undamaged(), *others]
