"""Detection across vendors (decision D68): by the event name a body carries, else by its shape."""

from __future__ import annotations

import json

import pytest

import hirehooks


def example(name: str) -> dict[str, object]:
    stored: dict[str, object] = next(iter(hirehooks.examples(name).values()))
    return stored


def test_events_of_one_vendor() -> None:
    assert hirehooks.events("hirempire") == [n for n in hirehooks.events() if n.startswith("hirempire.")]
    assert set(hirehooks.events()) == {n for v in hirehooks.vendors() for n in hirehooks.events(v)}
    with pytest.raises(hirehooks.UnknownNameError, match="vendor"):
        hirehooks.events("workday")


def test_the_event_field_decides_even_where_another_vendors_shape_fits() -> None:
    report = example("heymilo.report_available")
    assert hirehooks.detect({**report, "event": "job_added"}) == "hirempire.job_added"
    assert hirehooks.detect({**report, "event": "not a documented name"}) == "heymilo.report_available"


def test_envelope_only_events_and_the_job_events_are_told_apart_by_their_name_alone() -> None:
    ping = example("instaview.ping")
    assert hirehooks.detect({**ping, "event": "analysis.failed"}) == "instaview.analysis_failed"
    job = example("hirempire.job_added")
    for name in ("job_activated", "job_deactivated", "job_deleted"):
        assert hirehooks.detect({**job, "event": name}) == f"hirempire.{name}"


def test_other_forms_of_an_event_name_are_not_detected() -> None:
    completed = example("instaview.interview_completed")
    for other in ("INTERVIEW_COMPLETED", 3, "Interview.Completed", True):
        assert hirehooks.detect({**completed, "event": other}) is None


def test_the_handshake_is_detected_by_its_type() -> None:
    assert hirehooks.detect(b'{"challenge": "abc", "type": "url_verification"}') == (
        "hirempire.url_verification"
    )
    assert hirehooks.detect(b'{"challenge": "abc"}') is None  # the first doc version's body (D57)


def test_a_xobin_submission_that_also_fits_the_start_is_a_submission() -> None:
    start, submission = example("xobin.ai_interview_start"), example("xobin.ai_interview_submission")
    assert hirehooks.detect({**submission, "response_id": start["response_id"]}) == (
        "xobin.ai_interview_submission"
    )


def test_vendor_limits_detection_to_that_vendors_events() -> None:
    body = json.dumps(example("hirempire.applicant_applied"))
    assert hirehooks.detect(body, vendor="hirempire") == "hirempire.applicant_applied"
    assert hirehooks.detect(body, vendor="heymilo") is None
    assert hirehooks.detect(example("heymilo.interview_started"), vendor="xobin") is None
    with pytest.raises(hirehooks.UnknownNameError):
        hirehooks.detect(body, vendor="workday")
