"""Parse and validate speed against the reference libraries, as ratios to ``orjson.loads``.

``python benchmarks/validation.py [--rounds N]`` (part of ``make bench``). Each round runs every
contender on the same bytes in a shuffled order; a contender's ratio is its time over ``orjson.loads``'s
in that round, and the table shows the median over rounds. Also: import time and the first parse after
import, the error path, and the parse ratios again after ``gc.freeze()``, against the targets of issue 5.
"""

from __future__ import annotations

import argparse
import copy
import functools
import gc
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import fastjsonschema
import jsonschema
import jsonschema_rs
import msgspec
import orjson

import hirehooks
from hirehooks._catalog import model_class
from hirehooks._codegen import class_name, generate
from tests.conftest import load_module

REPORT = "heymilo.report_available"


def long_interview() -> dict[str, Any]:
    """The documented report grown to 60 scored questions of 3 excerpts and 400 transcript entries, in
    both web_interview_info copies; excerpts and entries cycle through the documented transcript's turns."""
    report = copy.deepcopy(hirehooks.examples(REPORT)["report_available.json"])
    for info in (
        report["agentic_data"]["web_interview_info"],
        report["interview_data_model"]["web_interview_info"],
    ):
        question, turns = info["scorecard"]["questions"][0], info["transcript"]["transcript"]
        info["scorecard"]["questions"] = [
            {
                **question,
                "question_id": f"Q{n}",
                "rank": n,
                "chat_transcript": [dict(turns[k % len(turns)], timestamp=n * 10 + k) for k in range(3)],
            }
            for n in range(60)
        ]
        info["transcript"]["transcript"] = [dict(turns[n % len(turns)], timestamp=n) for n in range(400)]
    return report


def per_call(function: Callable[[], object], budget: float = 0.05) -> float:
    """Seconds per call, from as many calls as fit in ``budget`` seconds (at least 3)."""
    calls, started = 0, time.perf_counter()
    while calls < 3 or time.perf_counter() - started < budget:
        function()
        calls += 1
    return (time.perf_counter() - started) / calls


def contenders(name: str, raw: bytes, msgspec_type: Any) -> dict[str, Callable[[], object]]:
    schema = hirehooks.schema(name)
    reference = jsonschema.Draft202012Validator(schema)
    compiled = fastjsonschema.compile(schema)
    rust = jsonschema_rs.validator_for(schema)
    model = model_class(name)
    return {
        "orjson.loads": lambda: orjson.loads(raw),
        "jsonschema (reused)": lambda: list(reference.iter_errors(orjson.loads(raw))),
        "fastjsonschema": lambda: compiled(orjson.loads(raw)),
        "orjson + jsonschema-rs": lambda: rust.is_valid(orjson.loads(raw)),
        "pydantic model_validate_json": lambda: model.model_validate_json(raw),
        "msgspec typed decode": lambda: msgspec.json.decode(raw, type=msgspec_type),
        "hirehooks.parse": lambda: hirehooks.parse(name, raw),
        "hirehooks.parse strict": lambda: hirehooks.parse(name, raw, strict=True),
        "hirehooks.validate": lambda: hirehooks.validate(name, raw),
    }


def ratios(cases: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Median over rounds of each contender's time over orjson.loads's time in the same round."""
    found: dict[str, list[float]] = {label: [] for label in cases}
    for _ in range(rounds):
        order = list(cases)
        random.shuffle(order)
        times = {label: per_call(cases[label]) for label in order}
        for label, seconds in times.items():
            found[label].append(seconds / times["orjson.loads"])
    return {label: statistics.median(values) for label, values in found.items()}


def in_fresh_python(code: str, runs: int = 7) -> float:
    """Median wall time of ``python -c code`` in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    start_up()
    with tempfile.TemporaryDirectory() as scratch:
        names = [REPORT, "heymilo.interview_started", "heymilo.interview_completed"]
        paths = generate(Path(scratch), model_type="msgspec.Struct", only=names)
        types = {
            name: getattr(
                load_module(path, f"bench_{path.stem}"), class_name(hirehooks.schema(name)["title"])
            )
            for name, path in zip(names, paths, strict=True)
        }
        bodies = {
            "report_available (documented)": (REPORT, hirehooks.examples(REPORT)["report_available.json"]),
            "report_available (long)": (REPORT, long_interview()),
            "interview_started": (
                "heymilo.interview_started",
                hirehooks.examples(names[1])["interview_started.json"],
            ),
            "interview_completed": (
                "heymilo.interview_completed",
                hirehooks.examples(names[2])["interview_completed.json"],
            ),
        }
        raws = {label: (name, orjson.dumps(body)) for label, (name, body) in bodies.items()}
        cases = {label: contenders(name, raw, types[name]) for label, (name, raw) in raws.items()}
    for label, (_, raw) in raws.items():
        print(f"{label}: {len(raw):,} bytes", file=sys.stderr)
    print_table(f"x orjson.loads (median of {args.rounds} rounds)", cases, args.rounds)

    report = long_interview()
    raw_valid = orjson.dumps(report)
    one_bad = copy.deepcopy(report)
    one_bad["interview_data_model"]["web_interview_info"]["transcript"]["transcript"][399]["timestamp"] = (
        "late"
    )
    many_bad = copy.deepcopy(report)
    for info in (
        many_bad["agentic_data"]["web_interview_info"],
        many_bad["interview_data_model"]["web_interview_info"],
    ):
        for entry in info["transcript"]["transcript"]:
            entry["timestamp"] = "late"
    raw_one, raw_many = orjson.dumps(one_bad), orjson.dumps(many_bad)
    for label, call in (("validate", hirehooks.validate), ("parse", failing(hirehooks.parse))):
        valid_time, one_time, many_time = (
            per_call(functools.partial(call, REPORT, raw), 0.5) for raw in (raw_valid, raw_one, raw_many)
        )
        print(
            f"\nerror path of {label} (long report): one bad field deep {one_time / valid_time:.2f}x a valid "
            f"body (target 2x); {len(hirehooks.validate(REPORT, raw_many))} bad fields reported in "
            f"{many_time * 1000:.1f} ms (target < 20 ms)"
        )
    # Every parse allocates thousands of objects; the collections they trigger scan the whole heap of
    # this process. Frozen, the heap is left out, as in servers that call gc.freeze() after start-up.
    gc.collect()
    gc.freeze()
    kept = ("orjson.loads", "pydantic model_validate_json", "hirehooks.parse", "hirehooks.parse strict")
    reports = {label: cases[label] for label in cases if label.startswith("report_available")}
    frozen = {
        label: {row: run for row, run in rows.items() if row in kept} for label, rows in reports.items()
    }
    print_table("after gc.freeze()", frozen, args.rounds)


def print_table(title: str, cases: dict[str, dict[str, Callable[[], object]]], rounds: int) -> None:
    """One column per body, one row per contender, each a median ratio to orjson.loads."""
    table = {label: ratios(contenders, rounds) for label, contenders in cases.items()}
    columns = list(table)
    print(f"\n{title:38}" + "".join(f"{column[:22]:>24}" for column in columns))
    for contender in table[columns[0]]:
        print(f"{contender:38}" + "".join(f"{table[column][contender]:>24.2f}" for column in columns))


def start_up() -> None:
    """Import time and first parses, measured first: this 2-core machine runs 10-15% slower after the
    tables' half-minute of full load, which ratios cancel out and absolute times do not."""
    bare = in_fresh_python("pass")
    imported = in_fresh_python("import hirehooks")
    print(f"import hirehooks: {(imported - bare) * 1000:.0f} ms over bare python (target ≤ 150 ms)")
    documented = orjson.dumps(hirehooks.examples(REPORT)["report_available.json"])
    for label, raw in (("documented", documented), ("long", orjson.dumps(long_interview()))):
        first = first_parse(raw)
        print(f"first parse of the {label} report after import: {first * 1000:.0f} ms (target ≤ 50 ms)")


def failing(parse: Callable[[str, bytes], object]) -> Callable[[str, bytes], object]:
    """``parse`` that returns its PayloadError instead of raising it, to be timed like ``validate``."""

    def call(name: str, raw: bytes) -> object:
        try:
            return parse(name, raw)
        except hirehooks.PayloadError as error:
            return error

    return call


def first_parse(raw: bytes, runs: int = 7) -> float:
    """Median time of the first ``parse`` in a fresh python that has just imported hirehooks."""
    with tempfile.TemporaryDirectory() as scratch:
        body = Path(scratch, "report.json")
        body.write_bytes(raw)
        code = (
            f"import time, hirehooks; raw = open({str(body)!r}, 'rb').read(); start = time.perf_counter(); "
            f"hirehooks.parse({REPORT!r}, raw); print(time.perf_counter() - start)"
        )
        return statistics.median(
            float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True).stdout)
            for _ in range(runs)
        )


if __name__ == "__main__":
    main()
