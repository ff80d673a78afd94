"""Bad input of every kind: one clear PayloadError (or CLI exit 1), never a crash, RecursionError or hang.

The limits under test (depth, size, problem cap, the out-of-range wording) are read from the private
modules that define them, so that a test names the very constant the runtime uses.
"""

from __future__ import annotations

import itertools
import json
import math
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest

import hirehooks
from hirehooks import Problem
from hirehooks._body import MAX_BYTES, MAX_DEPTH, OUT_OF_RANGE, decode
from hirehooks._cli import main
from hirehooks._problems import MAX_PROBLEMS, MORE_PROBLEMS
from hirehooks._validation import reference_problems
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
    assert problems
    if sent.startswith("heymilo.") and expected.startswith("heymilo."):  # one vendor's nameless payloads
        assert all(problem.message == "required property is missing" for problem in problems)
    with pytest.raises(hirehooks.PayloadError):
        hirehooks.parse(expected, body)
    assert hirehooks.detect(body) == sent


BEYOND_FLOAT = ["1e400", "-1e400", "1E+400", "-0.1e999", "1e0400", "1" + "0" * 400 + ".5"]


@pytest.mark.parametrize("number", BEYOND_FLOAT)
def test_a_number_beyond_a_float_is_out_of_range_at_its_path_for_parse_and_validate(number: str) -> None:
    # D38: pydantic and orjson read these as inf; neither inf nor "got null" (jsonschema-rs) may come out.
    started = load(documented_example("heymilo.interview_started"))
    for body in (
        json.dumps(started)[:-1] + f', "extra": [{number}]}}',
        json.dumps({**started, "timestamp": 0}).replace('"timestamp": 0', f'"timestamp": {number}'),
    ):
        expected = [Problem("/extra/0" if "extra" in body else "/timestamp", OUT_OF_RANGE)]
        for raw in (body, body.encode()):
            assert hirehooks.validate("heymilo.interview_started", raw) == expected
            with pytest.raises(hirehooks.PayloadError) as raised:
                hirehooks.parse("heymilo.interview_started", raw)
            assert raised.value.problems == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [(math.inf, OUT_OF_RANGE), (-math.inf, OUT_OF_RANGE), (math.nan, "NaN is not a JSON number")],
)
def test_a_non_finite_float_in_a_decoded_body_is_refused_at_its_path(value: float, message: str) -> None:
    started = load(documented_example("heymilo.interview_started"))
    for body, path in (
        ({**started, "timestamp": value}, "/timestamp"),
        ({**started, "x": [1, value]}, "/x/1"),
    ):
        for strict in (False, True):
            assert hirehooks.validate("heymilo.interview_started", body, strict=strict) == [
                Problem(path, message)
            ]
            with pytest.raises(hirehooks.PayloadError) as raised:
                hirehooks.parse("heymilo.interview_started", body, strict=strict)
            assert raised.value.problems == [Problem(path, message)]


def test_a_memoryview_is_measured_in_bytes_not_items() -> None:
    raw = RAW_REPORT + b" " * (-len(RAW_REPORT) % 4)
    words = memoryview(raw).cast("I")
    assert len(words) * 4 == words.nbytes == len(raw)
    assert hirehooks.parse(REPORT, words).model_dump(
        mode="json", by_alias=True, exclude_unset=True
    ) == json.loads(raw)
    assert hirehooks.validate(REPORT, words) == []
    expected = [Problem("", f"body is {len(raw)} bytes, over the limit of {len(raw) - 1} (max_bytes)")]
    assert hirehooks.validate(REPORT, words, max_bytes=len(raw) - 1) == expected
    with pytest.raises(hirehooks.PayloadError) as raised:
        hirehooks.parse(REPORT, words, max_bytes=len(raw) - 1)
    assert raised.value.problems == expected


def _nested(levels: int, kind: str) -> Any:
    value: Any = 1
    for _ in range(levels):
        value = (value,) if kind == "tuple" else MappingProxyType({"a": value})
    return value


@pytest.mark.parametrize("kind", ["tuple", "mapping"])
def test_depth_is_counted_through_any_mapping_or_sequence(kind: str) -> None:
    name = "heymilo.interview_started"
    started = load(documented_example(name))
    assert hirehooks.validate(name, {**started, "x": _nested(MAX_DEPTH - 1, kind)}) == []
    too_deep = {**started, "x": _nested(MAX_DEPTH, kind)}
    expected = [Problem("", f"nesting deeper than {MAX_DEPTH} levels")]
    assert hirehooks.validate(name, too_deep) == expected
    with pytest.raises(hirehooks.PayloadError) as raised:
        hirehooks.parse(name, too_deep)
    assert raised.value.problems == expected


LIST = "heymilo.v1.webhook_list"


@pytest.mark.parametrize("count", [5_000, 50_000], ids=["schema-engine", "lazy-reference"])
def test_at_most_a_thousand_problems_are_listed_then_one_more(count: int) -> None:
    # D40: below 10,000 values jsonschema-rs lists the errors, above it the reference reads them lazily.
    raw = b"[" + b",".join([b"1"] * count) + b"]"
    for body in (raw, json.loads(raw)):
        problems = hirehooks.validate(LIST, body)
        assert len(problems) == MAX_PROBLEMS + 1
        assert problems[-1] == MORE_PROBLEMS
        assert all(problem.message == "expected object, got integer" for problem in problems[:-1])
        with pytest.raises(hirehooks.PayloadError) as raised:
            hirehooks.parse(LIST, body)
        assert raised.value.problems == problems


def test_problems_of_a_decoded_body_are_capped_too() -> None:
    problems = hirehooks.validate(LIST, [math.nan] * 5_000)
    assert len(problems) == MAX_PROBLEMS + 1 and problems[-1] == MORE_PROBLEMS
    assert {problem.message for problem in problems[:-1]} == {"NaN is not a JSON number"}


PEAK_MEMORY = """
import re, sys, hirehooks
name, call, path = sys.argv[1:]
raw = open(path, "rb").read()
for warm_up in (hirehooks.validate, hirehooks.parse):  # load the engine and the model first
    try:
        warm_up(name, b"{}")
    except hirehooks.PayloadError:
        pass
def peak():  # bytes; VmHWM is this program's own (ru_maxrss would count the pytest process it forked from)
    with open("/proc/self/status") as status:
        return int(re.search(r"VmHWM:\\s+(\\d+) kB", status.read())[1]) * 1024
before = peak()
try:
    problems = hirehooks.validate(name, raw) if call == "validate" else hirehooks.parse(name, raw)
except hirehooks.PayloadError as error:
    problems = error.problems
print(len(problems), peak() - before)
"""


def _wrong_items_body(name: str, entry: dict[str, Any] | None = None) -> bytes:
    """Nearly MAX_BYTES of array items of the wrong type: numbers for webhooks (two bytes an item, the
    densest), or transcript entries (by default with a string timestamp)."""
    if name == LIST:
        return b"[" + b"1," * (MAX_BYTES // 2 - 2) + b"1]"
    report = load(documented_example(REPORT))
    entry = entry or {"speaker": "candidate", "text": "I led the migration.", "timestamp": "late"}
    count = (MAX_BYTES - len(RAW_REPORT) - 1024) // (len(json.dumps(entry, separators=(",", ":"))) + 1)
    report["agentic_data"]["web_interview_info"]["transcript"]["transcript"] = [entry] * count
    return json.dumps(report, separators=(",", ":")).encode()


@pytest.mark.parametrize("name", [LIST, REPORT])
@pytest.mark.parametrize("call", ["validate", "parse"])
def test_a_body_of_millions_of_wrong_items_stays_within_ten_times_its_size(
    name: str, call: str, tmp_path: Path
) -> None:
    # D40/D41: the peak memory of the call (growth of the process's maximum resident size) is bounded
    # by the body, not by the number of errors, and the list stops at 1,000 problems.
    raw = _wrong_items_body(name)
    assert MAX_BYTES - 32 * 1024 < len(raw) <= MAX_BYTES
    path = tmp_path / "body.json"
    path.write_bytes(raw)
    result = subprocess.run(
        [sys.executable, "-c", PEAK_MEMORY, name, call, str(path)], capture_output=True, text=True, check=True
    )
    listed, peak = map(int, result.stdout.split())
    assert listed == MAX_PROBLEMS + 1
    assert peak < 10 * len(raw)


def test_millions_of_integral_floats_where_integers_belong_are_refused_within_ten_times_the_body(
    tmp_path: Path,
) -> None:
    # D12/D40: the schema takes 7.0 as an integer and the models do not, so for a large body the schema
    # accepts, parse finds such floats itself, capped, instead of letting pydantic list each of them.
    raw = _wrong_items_body(REPORT, {"speaker": "c", "text": "", "timestamp": 7.0, "timestamp_str": ""})
    assert hirehooks.validate(REPORT, raw) == []  # JSON Schema: 7.0 is an integer
    path = tmp_path / "body.json"
    path.write_bytes(raw)
    result = subprocess.run(
        [sys.executable, "-c", PEAK_MEMORY, REPORT, "parse", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    listed, peak = map(int, result.stdout.split())
    assert listed == MAX_PROBLEMS + 1
    assert peak < 10 * len(raw)


@pytest.mark.parametrize("keys", [["01"], ["1", "01"], ["007", "7"], ["\u0661"], ["0", "00", "-1"]])
def test_a_map_key_of_digits_is_reported_at_its_own_path(keys: list[str]) -> None:
    """jsonschema-rs reads an object key of digits as an index ("01" comes back as 1): such paths are
    taken from the reference validator, so a problem is never put at a key the body does not have."""
    name = "xobin.ai_interview_submission"
    recording = {key: 5 for key in keys}  # each value of the map must be a URL string
    body = {**hirehooks.examples(name)["ai_interview_submission.json"], "interview_recording": recording}
    expected = sorted(f"/interview_recording/{key}" for key in keys)
    assert [problem.path for problem in hirehooks.validate(name, body)] == expected
    assert [problem.path for problem in reference_problems(name, body)] == expected
    with pytest.raises(hirehooks.PayloadError) as refused:
        hirehooks.parse(name, json.dumps(body))
    assert [problem.path for problem in refused.value.problems] == expected
