"""Parse and validate speed against the reference libraries, and the budgets of issue 9, with pass/fail.

``python benchmarks/validation.py [--rounds N]`` (part of ``make bench``). Each round runs every
contender on the same bytes in a shuffled order, so that every ratio compares times taken moments
apart; the table shows each contender's median over rounds of its time over ``orjson.loads``'s. The
budgets are then checked on pairs timed in alternation (a batch of one, a batch of the other, again
and again, the cyclic garbage collector paused), so that both sides of a ratio see the same load of a
shared machine; median over rounds, with the range over rounds:

- ``parse`` ≤ 1.15x pydantic's ``model_validate_json`` of the same model on both reports (``strict``:
  against ``model_validate_json(extra="forbid")``), and at most 1.5 µs more on the 250-byte events;
- ``validate`` ≤ 5x ``orjson.loads`` on every body;
- cold start: ``import hirehooks`` and the first ``parse`` of the documented report, one number from a
  fresh interpreter, ≤ 200 ms over bare Python, in a fresh venv of the built wheel (what a serverless
  receiver runs; pip fetches the dependencies from the package index or its cache); median of 7 runs,
  measured first, before the tables load the machine.

The many-problems path is bounded, not timed against a budget: its figures are printed for reference.
"""

from __future__ import annotations

import argparse
import copy
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
from hirehooks._body import MAX_BYTES
from hirehooks._catalog import model_class
from hirehooks._codegen import class_name, generate
from tests.conftest import load_module

ROOT = Path(__file__).resolve().parent.parent
REPORT = "heymilo.report_available"
STARTED = "heymilo.interview_started"
COMPLETED = "heymilo.interview_completed"
REPORTS = ("report_available (documented)", "report_available (long)")
EVENTS = ("interview_started", "interview_completed")
PYDANTIC = "pydantic model_validate_json"
PYDANTIC_FORBID = "pydantic model_validate_json extra=forbid"
PARSE, PARSE_STRICT, VALIDATE = "hirehooks.parse", "hirehooks.parse strict", "hirehooks.validate"
RATIO_BUDGET, EXTRA_MICROSECONDS, VALIDATE_BUDGET, COLD_START_MS = 1.15, 1.5, 5.0, 200.0

Timings = dict[str, dict[str, list[float]]]
"""Seconds per call, by body, then by contender, one entry per round."""


def long_interview() -> dict[str, Any]:
    """The documented report grown to 60 scored questions of 3 excerpts and 400 transcript entries, in
    both web_interview_info copies; excerpts and entries cycle through the documented transcript's turns."""
    report: dict[str, Any] = copy.deepcopy(hirehooks.examples(REPORT)["report_available.json"])
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
        PYDANTIC: lambda: model.model_validate_json(raw),
        PYDANTIC_FORBID: lambda: model.model_validate_json(raw, extra="forbid"),
        "msgspec typed decode": lambda: msgspec.json.decode(raw, type=msgspec_type),
        PARSE: lambda: hirehooks.parse(name, raw),
        PARSE_STRICT: lambda: hirehooks.parse(name, raw, strict=True),
        VALIDATE: lambda: hirehooks.validate(name, raw),
    }


def timed(cases: dict[str, dict[str, Callable[[], object]]], rounds: int) -> Timings:
    found: Timings = {body: {label: [] for label in calls} for body, calls in cases.items()}
    for _ in range(rounds):
        for body, calls in cases.items():
            order = list(calls)
            random.shuffle(order)
            for label in order:
                found[body][label].append(per_call(calls[label]))
    return found


def print_table(timings: Timings) -> None:
    """One column per body, one row per contender: the median ratio to orjson.loads."""
    columns = list(timings)
    print(
        f"\n{'x orjson.loads (median over rounds)':44}" + "".join(f"{column[:24]:>26}" for column in columns)
    )
    for contender in timings[columns[0]]:
        cells = [
            statistics.median(
                a / b for a, b in zip(timings[c][contender], timings[c]["orjson.loads"], strict=True)
            )
            for c in columns
        ]
        print(f"{contender:44}" + "".join(f"{cell:>26.2f}" for cell in cells))


def verdict(label: str, values: list[float], budget: float, unit: str) -> bool:
    median = statistics.median(values)
    passed = median <= budget
    spread = f"range {min(values):.2f} to {max(values):.2f}"
    print(f"  {'PASS' if passed else 'FAIL'}  {label:64} {median:7.2f}{unit} (≤ {budget:g}{unit})  {spread}")
    return passed


def paired(
    mine: Callable[[], object], theirs: Callable[[], object], budget: float = 0.1
) -> tuple[float, float]:
    """Seconds per call of each, from batches of about a millisecond timed in alternation."""
    batch = max(1, int(0.001 / per_call(theirs, 0.01)))
    spent, batches = {mine: 0.0, theirs: 0.0}, 0
    gc.disable()  # a collection of the whole heap would land on one side of a pair only
    started = time.perf_counter()
    while batches < 3 or time.perf_counter() - started < budget:
        for call in (mine, theirs):
            begun = time.perf_counter()
            for _ in range(batch):
                call()
            spent[call] += time.perf_counter() - begun
        batches += 1
    gc.enable()
    return spent[mine] / (batch * batches), spent[theirs] / (batch * batches)


BUDGETS = [
    *(
        (mine, theirs, body)
        for mine, theirs in ((PARSE, PYDANTIC), (PARSE_STRICT, PYDANTIC_FORBID))
        for body in (*REPORTS, *EVENTS)
    ),
    *((VALIDATE, "orjson.loads", body) for body in (*REPORTS, *EVENTS)),
]
"""(mine, theirs, body) of every budget that compares two contenders."""


def check_budgets(
    cases: dict[str, dict[str, Callable[[], object]]], rounds: int, cold_start_ms: dict[str, list[float]]
) -> None:
    found: dict[tuple[str, str, str], list[tuple[float, float]]] = {budget: [] for budget in BUDGETS}
    for _ in range(rounds):
        for mine, theirs, body in random.sample(BUDGETS, len(BUDGETS)):
            found[mine, theirs, body].append(paired(cases[body][mine], cases[body][theirs]))
    print("\nbudgets (issue 9), timed in alternating pairs: median over rounds, then the range over rounds")
    results = []
    for (mine, theirs, body), pairs in found.items():
        if mine == VALIDATE:
            ratios = [a / b for a, b in pairs]
            results.append(verdict(f"{mine} / {theirs}, {body}", ratios, VALIDATE_BUDGET, "x"))
        elif body in EVENTS:
            extra = [(a - b) * 1e6 for a, b in pairs]
            results.append(verdict(f"{mine} - {theirs}, {body}", extra, EXTRA_MICROSECONDS, " µs"))
        else:
            results.append(
                verdict(f"{mine} / {theirs}, {body}", [a / b for a, b in pairs], RATIO_BUDGET, "x")
            )
    label = "cold start: import hirehooks + first parse of the report, over bare python, installed wheel"
    results.append(verdict(label, cold_start_ms["installed wheel"], COLD_START_MS, " ms"))
    reference = cold_start_ms["development venv"]
    print(f"  (the same in the development venv: {statistics.median(reference):.0f} ms, not a budget)")
    print(f"\n{sum(results)} of {len(results)} budgets met")


def in_fresh_python(python: Path, code: str) -> float:
    started = time.perf_counter()
    subprocess.run([str(python), "-c", code], check=True)
    return time.perf_counter() - started


def installed_wheel(scratch: Path) -> Path:
    """The Python of a fresh venv holding only the built hirehooks wheel and its dependencies: what a
    serverless receiver runs (the development venv's 80 distributions slow pydantic's plugin lookup)."""
    wheels = scratch / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
    )
    subprocess.run([sys.executable, "-m", "venv", str(scratch / "venv")], check=True)
    python = scratch / "venv" / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, *map(str, wheels.glob("hirehooks-*.whl"))], check=True, capture_output=True)
    return python


def cold_start(runs: int = 7) -> dict[str, list[float]]:
    """Milliseconds that ``import hirehooks`` and the first parse of the documented report add to a bare
    interpreter's start, one fresh interpreter each (alternating with a bare one, so both see the same
    load): in a venv of the installed wheel (the budget) and in the development venv (for reference)."""
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        body = scratch / "report.json"
        body.write_bytes(orjson.dumps(hirehooks.examples(REPORT)["report_available.json"]))
        code = f"import hirehooks; hirehooks.parse({REPORT!r}, open({str(body)!r}, 'rb').read())"
        pythons = {"installed wheel": installed_wheel(scratch), "development venv": Path(sys.executable)}
        return {
            where: [
                (in_fresh_python(python, code) - in_fresh_python(python, "pass")) * 1000 for _ in range(runs)
            ]
            for where, python in pythons.items()
        }


def many_problems() -> None:
    """The long report with every transcript entry's timestamp wrong (800 problems), and 16 MiB of
    numbers where webhooks belong (8 million, the list capped at 1,000): bounded, not budgeted."""
    report = long_interview()
    for info in (
        report["agentic_data"]["web_interview_info"],
        report["interview_data_model"]["web_interview_info"],
    ):
        for entry in info["transcript"]["transcript"]:
            entry["timestamp"] = "late"
    numbers = b"[" + b"1," * (MAX_BYTES // 2 - 2) + b"1]"
    print()
    for label, name, raw in (
        ("long report, 800 wrong timestamps", REPORT, orjson.dumps(report)),
        ("16 MiB of numbers for webhooks", "heymilo.v1.webhook_list", numbers),
    ):
        started = time.perf_counter()
        listed = len(hirehooks.validate(name, raw))
        milliseconds = (time.perf_counter() - started) * 1000
        print(f"many problems, {label}: validate lists {listed} in {milliseconds:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    cold_start_ms = cold_start()
    with tempfile.TemporaryDirectory() as scratch:
        names = [REPORT, STARTED, COMPLETED]
        paths = generate(Path(scratch), model_type="msgspec.Struct", only=names)
        types = {
            name: getattr(
                load_module(path, f"bench_{path.stem}"), class_name(hirehooks.schema(name)["title"])
            )
            for name, path in zip(names, paths, strict=True)
        }
    bodies = {
        REPORTS[0]: (REPORT, hirehooks.examples(REPORT)["report_available.json"]),
        REPORTS[1]: (REPORT, long_interview()),
        EVENTS[0]: (STARTED, hirehooks.examples(STARTED)["interview_started.json"]),
        EVENTS[1]: (COMPLETED, hirehooks.examples(COMPLETED)["interview_completed.json"]),
    }
    raws = {label: (name, orjson.dumps(body)) for label, (name, body) in bodies.items()}
    for label, (_, raw) in raws.items():
        print(f"{label}: {len(raw):,} bytes", file=sys.stderr)
    cases = {label: contenders(name, raw, types[name]) for label, (name, raw) in raws.items()}
    for calls in cases.values():  # first calls build models and validators: not timed
        for call in calls.values():
            call()
    gc.collect()
    timings = timed(cases, args.rounds)
    print_table(timings)
    check_budgets(cases, args.rounds, cold_start_ms)
    many_problems()


if __name__ == "__main__":
    main()
