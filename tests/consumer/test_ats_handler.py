"""How a downstream repo tests its own handler: only the installed plugin's fixtures, no hirehooks import.

The handler below stands in for a consumer's code: it turns a HeyMilo report into an ATS update.
"""

from __future__ import annotations

from typing import Any


def ats_update(report: dict[str, Any]) -> dict[str, Any]:
    """A consumer's handler: what to write into the ATS for one report."""
    analysis = report["agentic_data"]["web_interview_info"]
    return {
        "candidate": report["metadata"]["candidate_email"],
        "score": analysis["summary"]["match_score"] if analysis is not None else None,
        "report": report["report_url"],
    }


def test_documented_report_maps_to_an_ats_update(hirehooks_example: Any) -> None:
    update = ats_update(hirehooks_example("heymilo.report_available"))
    assert update == {
        "candidate": "jane.doe@example.com",
        "score": 78,
        "report": "https://cdn.heymilo.ai/reports/MOCK_REPORT_HASH/jane-doe-2026-02-11.pdf",
    }


def test_report_without_web_interview_maps_to_no_score(hirehooks_example: Any) -> None:
    report = hirehooks_example("heymilo.report_available", variant="web-interview-info-null")
    assert ats_update(report)["score"] is None


def test_handler_copes_with_every_generated_report(hirehooks_check_handler: Any) -> None:
    hirehooks_check_handler("heymilo.report_available", ats_update, examples=20)


def applicant_row(event: dict[str, Any]) -> dict[str, Any]:
    """A consumer's handler for Hirempire: the applicant's row in the ATS."""
    return {"name": event["applicant"]["name"], "city": event["applicant"]["city"]}


def test_a_hirempire_applicant_with_no_city_maps_to_an_empty_cell(hirehooks_example: Any) -> None:
    name = "hirempire.applicant_applied"
    assert applicant_row(hirehooks_example(name))["city"] is not None
    assert applicant_row(hirehooks_example(name, variant="city-null"))["city"] is None


def test_handler_copes_with_every_generated_applicant(hirehooks_check_handler: Any) -> None:
    hirehooks_check_handler("hirempire.applicant_applied", applicant_row, examples=20)
