"""Bad input of every kind: one clear PayloadError (or CLI exit 1), never a crash, RecursionError or hang."""

from __future__ import annotations

import itertools
import json
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import hirehooks
from hirehooks._body import MAX_BYTES, MAX_DEPTH, decode
from hirehooks._cli import main
from tests.conftest import EVENTS, documented_example, load

REPORT = "heymilo.report_available"
RAW_REPORT = documented_example(REPORT).read_bytes()


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """Turns a hang into a failure after 20 s (a liveness guard, not a speed test)."""

    def timed_out(signum: int, frame: Any) -> None:
        raise TimeoutError("hirehooks hung on this input")

    previous = signal.signal(signal.SIGALRM, timed_out)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


BAD_BODIES = {
    "truncated": (RAW_REPORT[: len(RAW_REPORT) // 2], "malformed JSON: "),
    "cut-after-key": (b'{"interview_id"', "malformed JSON: Expecting ':' delimiter"),
    "empty": (b"", "malformed JSON: Expecting value at line 1 column 1"),
    "not-utf8": (b'{"interview_id": "\xc3\x28"}', "body is not UTF-8: invalid byte at offset 18"),
    "bom": (b"\xef\xbb\xbf" + RAW_REPORT, "body starts with a byte order mark"),
    "nan": (b'{"timestamp": NaN}', "malformed JSON: NaN is not valid JSON"),
    "infinity": (b'{"timestamp": Infinity}', "malformed JSON: Infinity is not valid JSON"),
    "minus-infinity": (b'{"timestamp": -Infinity}', "malformed JSON: -Infinity is not valid JSON"),
    "huge-integer": (
        b'{"timestamp": ' + b"9" * 5000 + b"}",
        "malformed JSON: an integer has more than 4300 digits",
    ),
    "deep-arrays": (b"[" * 10_000 + b"]" * 10_000, f"nesting deeper than {MAX_DEPTH} levels"),
    "deep-objects": (b'{"a":' * 10_000 + b"1" + b"}" * 10_000, f"nesting deeper than {MAX_DEPTH} levels"),
    "too-large": (b" " * (MAX_BYTES + 1), f"body is {MAX_BYTES + 1} bytes, over the limit of {MAX_BYTES}"),
    "array": (b"[]", "expected object, got array"),
    "string": (b'"report"', "expected object, got string"),
    "number": (b"42", "expected object, got integer"),
    "true": (b"true", "expected object, got boolean"),
    "null": (b"null", "expected object, got null"),
}


@pytest.mark.parametrize(("body", "start"), BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_bad_body_is_one_clear_problem_everywhere(body: bytes, start: str, tmp_path: Path) -> None:
    for event in EVENTS:
        problems = hirehooks.validate(event, body)
        assert [problem.path for problem in problems] == [""]
        assert problems[0].message.startswith(start)
        with pytest.raises(hirehooks.PayloadError) as raised:
            hirehooks.parse(event, body)
        assert raised.value.problems == problems
        assert hirehooks.detect(body) is None
    path = tmp_path / "body.json"
    path.write_bytes(body)
    assert main(["validate", "--event", REPORT, str(path)]) == 1


def test_a_duplicate_key_takes_its_last_value_everywhere() -> None:
    started = load(documented_example("heymilo.interview_started"))
    raw = json.dumps(started)[:-1] + ', "posting_id": 7, "posting_id": "P2"}'  # the last one is valid
    assert hirehooks.validate("heymilo.interview_started", raw) == []
    assert hirehooks.parse("heymilo.interview_started", raw).posting_id == "P2"  # type: ignore[attr-defined]
    flipped = json.dumps(started)[:-1] + ', "posting_id": "P2", "posting_id": 7}'
    assert [str(problem) for problem in hirehooks.validate("heymilo.interview_started", flipped)] == [
        "/posting_id: expected string, got integer"
    ]


def test_size_limit_is_configurable() -> None:
    assert hirehooks.validate(REPORT, RAW_REPORT, max_bytes=len(RAW_REPORT)) == []
    with pytest.raises(
        hirehooks.PayloadError, match=f"body is {len(RAW_REPORT)} bytes, over the limit of 1000"
    ):
        hirehooks.parse(REPORT, RAW_REPORT, max_bytes=1000)


def test_integers_beyond_64_bits_are_kept_exactly() -> None:
    report = load(documented_example(REPORT))
    question = report["agentic_data"]["web_interview_info"]["scorecard"]["questions"][0]
    question["preview_timestamp"] = 2**70 + 1
    report["timestamp"] = -(2**80)
    raw = json.dumps(report).encode()
    assert hirehooks.validate(REPORT, raw) == []
    dumped = hirehooks.parse(REPORT, raw).model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert json.dumps(dumped) == raw.decode()


@pytest.mark.parametrize(
    "number", [2**63 - 1, 2**63, 2**64 - 1, 2**64, -(2**63), -(2**63) - 1, 10**30, -(10**30)]
)
def test_integers_at_and_past_64_bits_decode_exactly(number: int) -> None:
    # orjson keeps -2**63 .. 2**64-1 and makes floats beyond: those bodies are decoded exactly instead.
    for text in (f"[{number}]", f'{{"a": [[{number}], "{"x" * 300}"]}}'):
        assert json.dumps(decode(text.encode())) == text


def test_depth_is_counted_in_levels_not_brackets() -> None:
    wide = b"[" + b",".join([b"[]"] * (MAX_DEPTH * 2)) + b"]"
    assert decode(wide) == [[]] * (MAX_DEPTH * 2)
    assert decode(b"[" * MAX_DEPTH + b"]" * MAX_DEPTH) is not None
    with pytest.raises(hirehooks.PayloadError, match=f"nesting deeper than {MAX_DEPTH} levels"):
        decode(b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1))


@pytest.mark.parametrize(("sent", "expected"), list(itertools.permutations(EVENTS, 2)))
def test_every_event_given_another_events_body_is_rejected(sent: str, expected: str) -> None:
    body = documented_example(sent).read_bytes()
    problems = hirehooks.validate(expected, body)
    assert problems and all(problem.message == "required property is missing" for problem in problems)
    with pytest.raises(hirehooks.PayloadError):
        hirehooks.parse(expected, body)
    assert hirehooks.detect(body) == sent
