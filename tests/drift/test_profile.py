"""The profile and its report: exactly the planted deviations, nothing on undamaged bodies, the same
report however a corpus is split, memory bounded by distinct paths, and no PII anywhere.

Reaches ``hirehooks._drift`` for its caps (``MAX_PATHS``), which a test lowers to reach them."""

from __future__ import annotations

import functools
import itertools
import json
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hirehooks
from hirehooks import drift
from hirehooks._drift import KINDS
from tests.drift.corpus import (
    APPLIED,
    DEEP,
    MARKER,
    NULLED,
    RANK,
    REPORT,
    SKILLS,
    check_report,
    everything,
    planted,
    undamaged,
)


def _report(profile: drift.Profile, **options: Any) -> dict[str, Any]:
    """The profile's report, checked against the report schema (every report the tests make is)."""
    found = drift.report(profile, **options)
    check_report(found)
    return found


def _by_name(found: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {stats["name"]: stats for stats in found["names"]}


def test_report_finds_exactly_the_planted_deviations_with_exact_counts() -> None:
    found = _report(drift.profile(planted()), sources=["planted.jsonl"])
    names = _by_name(found)
    assert sorted(names) == [REPORT, APPLIED]
    assert names[APPLIED]["deviations"] == [
        {"kind": "undeclared", "path": DEEP, "bodies": 12, "share": 0.3, "types": {"string": 12}},
        {
            "kind": "null",
            "path": NULLED,
            "bodies": 2,
            "share": 0.05,
            "expected": ["string"],
            "seen": {"null": 2},
        },
    ]
    assert names[REPORT]["deviations"] == [
        {
            "kind": "type",
            "path": RANK,
            "bodies": 5,
            "share": 0.25,
            "expected": ["integer"],
            "seen": {"string": 5},
        }
    ]
    assert (names[APPLIED]["bodies"], names[APPLIED]["valid"], names[APPLIED]["invalid"]) == (40, 38, 2)
    assert (names[REPORT]["bodies"], names[REPORT]["valid"], names[REPORT]["invalid"]) == (20, 15, 5)
    assert found["unknown"] == {
        "bodies": 3,
        "not_object": 0,
        "key_sets": [{"keys": ["kind", "payload"], "keys_total": 2, "bodies": 3}],
        "key_sets_dropped": 0,
    }
    assert (found["bodies"], found["unreadable"]) == (63, 0)


def test_a_closed_set_of_example_strings_is_a_candidate_enum_but_never_at_a_pii_path() -> None:
    names = _by_name(_report(drift.profile(planted())))
    candidates = {enum["path"]: enum for enum in names[APPLIED]["candidate_enums"]}
    skill = candidates["/applicant/ai_evaluation/skill_match"]
    assert sorted(skill["values"]) == sorted(SKILLS) and sum(skill["values"].values()) == 40
    # fluency is drawn from two values too, and its description gives examples, but it is x-pii
    assert not any("fluency" in path for path in candidates)


def test_strict_mode_counts_undeclared_fields_as_invalid() -> None:
    names = _by_name(_report(drift.profile(planted(), strict=True)))
    assert (names[APPLIED]["valid"], names[APPLIED]["invalid"]) == (26, 14)  # 12 undeclared + 2 null
    assert [(d["kind"], d["path"], d["bodies"]) for d in names[APPLIED]["deviations"]] == [
        ("undeclared", DEEP, 12),
        ("null", NULLED, 2),
    ]


def test_undamaged_bodies_show_no_deviation_of_any_kind() -> None:
    found = _report(drift.profile(everything()))
    assert found["names"] and all(stats["invalid"] == 0 for stats in found["names"])
    assert {stats["name"] for stats in found["names"]} == set(hirehooks.events())
    assert [(stats["name"], stats["deviations"]) for stats in found["names"] if stats["deviations"]] == []
    assert found["unknown"]["bodies"] == found["unknown"]["not_object"] == found["unreadable"] == 0


def test_every_kind_is_a_deviation_kind_of_the_report_schema() -> None:
    schema = json.loads(drift.REPORT_SCHEMA.read_text())
    assert tuple(schema["$defs"]["deviation"]["properties"]["kind"]["enum"]) == KINDS


def test_event_takes_every_body_as_that_name_and_unreadable_bodies_are_counted() -> None:
    bodies = [*undamaged()[:3], b"{not json", b"[1, 2]"]
    found = _report(drift.profile(bodies, event=APPLIED))
    (stats,) = found["names"]
    assert (stats["name"], stats["bodies"], stats["valid"], found["unreadable"]) == (APPLIED, 4, 3, 1)
    assert [(d["kind"], d["path"], d["seen"]) for d in stats["deviations"]] == [("type", "", {"array": 1})]


def test_vendor_limits_detection_to_its_events() -> None:
    found = _report(drift.profile(planted(), vendor="hirempire"))
    assert [stats["name"] for stats in found["names"]] == [APPLIED]
    assert found["unknown"]["bodies"] == 3 + 20  # HeyMilo's reports are no Hirempire event


def test_unknown_names_and_vendors_are_refused() -> None:
    with pytest.raises(hirehooks.UnknownNameError):
        drift.profile([], event="nobody.nothing")
    with pytest.raises(hirehooks.UnknownNameError):
        drift.profile([], vendor="nobody")


@functools.cache
def _one_pass() -> dict[str, Any]:
    return _report(drift.profile(planted()))


@settings(max_examples=15)
@given(data=st.data())
def test_any_split_of_the_corpus_merges_into_the_report_of_one_pass(data: st.DataObject) -> None:
    bodies = planted()
    order = data.draw(st.permutations(range(len(bodies))), label="order")
    cuts = sorted(data.draw(st.lists(st.integers(0, len(bodies)), max_size=5), label="cuts"))
    edges = [0, *cuts, len(bodies)]
    parts = [drift.profile([bodies[i] for i in order[a:b]]) for a, b in itertools.pairwise(edges)]
    while len(parts) > 1:  # merge in an order Hypothesis picks: any grouping, either side first
        at = data.draw(st.integers(0, len(parts) - 2), label="merge at")
        left, right = parts[at], parts[at + 1]
        parts[at : at + 2] = [left.merge(right) if data.draw(st.booleans()) else right.merge(left)]
    assert _report(parts[0]) == _one_pass()


def test_a_profile_pickles_and_does_not_grow_with_repeated_bodies() -> None:
    once, tenfold = drift.profile(planted()), drift.profile(planted() * 10)
    assert pickle.loads(pickle.dumps(once)) == once

    def shape(value: Any) -> Any:  # every table's keys, counts left out
        if isinstance(value, dict):
            return {key: shape(item) for key, item in value.items()}
        return None if isinstance(value, int) else value

    assert shape(vars(tenfold)) == shape(vars(once))
    assert tenfold.names[APPLIED]["deviations"][f"undeclared\t{DEEP}"]["bodies"] == 120


def test_paths_past_the_cap_are_dropped_and_counted_the_same_whatever_the_split(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("hirehooks._drift.MAX_PATHS", 3)
    bodies = [
        json.dumps({"challenge": "c", "type": "url_verification", f"extra_{i % 5}": i}).encode()
        for i in range(20)
    ]
    whole = _report(drift.profile(bodies))
    halves = _report(drift.profile(bodies[1::2]).merge(drift.profile(bodies[::2])))
    assert whole == halves
    (stats,) = whole["names"]
    assert [d["path"] for d in stats["deviations"]] == ["/extra_0", "/extra_1", "/extra_2"]
    assert stats["dropped"] == 8  # the bodies of /extra_3 and /extra_4


def test_no_pii_value_appears_anywhere_in_the_report() -> None:
    found = _report(drift.profile(planted()))
    text = json.dumps(found, ensure_ascii=False)
    assert MARKER not in text and "Native" not in text and "Fluent" not in text


def test_map_keys_fold_to_a_star_and_do_not_grow_the_profile() -> None:
    base = hirehooks.examples("xobin.ai_interview_submission")["ai_interview_submission.json"]
    bodies = [
        json.dumps(
            {**base, "interview_recording": {str(1755695988585 + i): f"https://{MARKER}/{i}"}}
        ).encode()
        for i in range(30)
    ]
    bodies.append(json.dumps({**base, "interview_recording": {"1": 7}}).encode())  # a URL sent as a number
    profile = drift.profile(bodies)
    (stats,) = _report(profile)["names"]
    assert "/interview_recording/*" in profile.names["xobin.ai_interview_submission"]["seen"]
    assert not any(path.startswith("/interview_recording/1") for path in profile.names[stats["name"]]["seen"])
    assert [(d["kind"], d["path"], d["bodies"]) for d in stats["deviations"]] == [
        ("type", "/interview_recording/*", 1)
    ]
    assert MARKER not in json.dumps(_report(profile))


def test_the_committed_sample_report_validates_against_the_report_schema() -> None:
    sample = json.loads((Path(__file__).parent / "sample_report.json").read_text())
    check_report(sample)
    assert {stats["name"] for stats in sample["names"]} == {APPLIED, REPORT}


def _deviations(name: str, bodies: list[Any]) -> list[tuple[str, str, int]]:
    found = _report(drift.profile([json.dumps(body).encode() for body in bodies], event=name))
    return [(d["kind"], d["path"], d["bodies"]) for d in found["names"][0]["deviations"]]


def test_each_kind_of_problem_is_its_own_deviation_at_its_folded_path() -> None:
    request = hirehooks.examples("instaview.create_webhook_request")["create_webhook_request.json"]
    assert sorted(
        _deviations(
            "instaview.create_webhook_request",
            [
                {**request, "url": "ftp://ats.example.com"},
                {**request, "name": "x" * 300},
                {**request, "events": ["NOPE", "PING", "NOPE"]},  # twice in one body: counted once
                {key: value for key, value in request.items() if key != "url"},
                request,
            ],
        )
    ) == [("enum", "/events/*", 1), ("length", "/name", 1), ("pattern", "/url", 1), ("required", "/url", 1)]
    report = hirehooks.examples(REPORT)["report_available.json"]
    report = json.loads(json.dumps(report))
    report["agentic_data"]["web_interview_info"]["summary"]["match_score"] = 150
    assert _deviations(REPORT, [report]) == [
        ("range", "/agentic_data/web_interview_info/summary/match_score", 1)
    ]
    settings_ = hirehooks.examples("xobin.webhook_settings_request")["webhook_settings_request.json"]
    neither = {
        key: value for key, value in settings_["webhooks"].items() if key not in ("start", "submission")
    }
    assert _deviations("xobin.webhook_settings_request", [{**settings_, "webhooks": neither}]) == [
        ("other", "/webhooks", 1)  # needs at least one of start and submission
    ]


def test_never_seen_lists_the_topmost_declared_paths_no_body_held() -> None:
    body = json.loads(json.dumps(hirehooks.examples(APPLIED)["applicant_applied.json"]))
    del body["applicant"]["city"]
    body["applicant"]["spoken_languages"] = []
    (stats,) = _report(drift.profile([json.dumps(body).encode()] * 3))["names"]
    # the items were never seen, so their members are not listed below them
    assert stats["never_seen"] == ["/applicant/city", "/applicant/spoken_languages/*"]
    assert [(d["kind"], d["path"], d["bodies"]) for d in stats["deviations"]] == [
        ("required", "/applicant/city", 3)
    ]


def test_a_source_url_keeps_its_user_and_password_out_of_the_report() -> None:
    sources = ["archive.jsonl", "s3://key:s3cret@bucket/webhooks/*.jsonl", "dir/a@b.jsonl"]
    shown = drift.report(drift.profile([]), sources=sources)["sources"]
    assert shown == ["archive.jsonl", "s3://[redacted]@bucket/webhooks/*.jsonl", "dir/a@b.jsonl"]
