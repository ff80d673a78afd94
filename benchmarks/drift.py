"""Drift speed: ``hirehooks drift`` against ``hirehooks validate``, and a Dask cluster of 1 against 2 workers.

``python benchmarks/drift.py [--quick] [--rounds N]`` (part of ``make bench``; not a test):

- (a) ``hirehooks drift --jobs N`` against ``hirehooks validate --jobs N`` on the same JSONL corpus, for
  N = 1 and 2: each round runs one command, then the other, each in a fresh process (start-up included
  on both sides); deliveries per second, median over rounds, and their ratio (goal ≥ 0.5).
- (b) ``profile_on_cluster`` on a ``dask.distributed.LocalCluster`` of 1 worker, then of 2 (one thread
  each, processes), over 200,000 generated deliveries in 8 files: deliveries per second, median over
  rounds after one untimed warm-up run (which pays for the workers' imports and validators), and the
  speed-up.

The corpus is cheap to make: a few hundred distinct bodies drawn by ``hirehooks.testing.sample`` (every
webhook payload name), serialised once, then repeated; every 10th line gets an undeclared field and every
50th is cut short, so the profile has drift and problems to count. ``--quick`` makes a tenth of it.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import orjson
from dask.distributed import LocalCluster

import hirehooks
from hirehooks._drift_dask import profile_on_cluster
from hirehooks.testing import sample

PER_NAME = 20
"""Distinct bodies drawn per payload name (21 names: about 400 bodies)."""
GOAL = 0.5
FILES = 8


def distinct() -> list[bytes]:
    """A few hundred bodies drawn from every webhook payload's schema, serialised once."""
    return [orjson.dumps(body) for name in hirehooks.events() for body in sample(name, PER_NAME)]


def corpus(bodies: list[bytes], count: int) -> list[bytes]:
    """``count`` delivery lines (no line end) cycling through ``bodies``, varied cheaply."""
    lines = []
    for number in range(count):
        body = bodies[number % len(bodies)]
        if number % 50 == 49:
            body = body[: len(body) // 2]
        elif number % 10 == 9 and body.endswith(b"}") and body != b"{}":
            body = body[:-1] + b',"bench_extra":%d}' % (number % 7)
        lines.append(body)
    return lines


def write(lines: list[bytes], folder: Path, files: int) -> list[Path]:
    """The lines spread over ``files`` JSONL files of (nearly) equal length."""
    paths = [folder / f"part-{index}.jsonl" for index in range(files)]
    for index, path in enumerate(paths):
        path.write_bytes(b"".join(line + b"\n" for line in lines[index::files]))
    return paths


def seconds(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def command(*args: str) -> Callable[[], object]:
    """A fresh ``hirehooks`` process; exit 0 or 1 (drift or invalid bodies found) is a finished run."""

    def run() -> None:
        done = subprocess.run(
            [sys.executable, "-m", "hirehooks", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        if done.returncode not in (0, 1):
            raise SystemExit(f"hirehooks {' '.join(args)} exited {done.returncode}: {done.stderr.decode()}")

    return run


def against_validate(path: Path, count: int, rounds: int) -> None:
    print(f"\n(a) drift against validate, same {count:,}-line corpus, median of {rounds} rounds")
    for jobs in (1, 2):
        drift = command("drift", "--jobs", str(jobs), "--format", "json", str(path))
        validate = command("validate", "--jobs", str(jobs), str(path))
        times: dict[str, list[float]] = {"drift": [], "validate": []}
        for _ in range(rounds):
            times["drift"].append(seconds(drift))
            times["validate"].append(seconds(validate))
        drift_rate = count / statistics.median(times["drift"])
        validate_rate = count / statistics.median(times["validate"])
        ratio = drift_rate / validate_rate
        print(
            f"  --jobs {jobs}: drift {drift_rate:9,.0f}/s, validate {validate_rate:9,.0f}/s, "
            f"ratio {ratio:.2f} (goal ≥ {GOAL}: {'met' if ratio >= GOAL else 'NOT met'})"
        )


def on_clusters(folder: Path, count: int, rounds: int) -> None:
    print(f"\n(b) Dask LocalCluster over {count:,} deliveries in {FILES} files, median of {rounds} rounds")
    pattern = str(folder / "*.jsonl")
    rates = {}
    for workers in (1, 2):
        with LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster:
            run = functools.partial(profile_on_cluster, cluster.scheduler_address, pattern)
            run()  # warm-up: every worker imports hirehooks and builds its validators
            times = [seconds(run) for _ in range(rounds)]
        rates[workers] = count / statistics.median(times)
        print(f"  {workers} worker{'s' if workers > 1 else ' '}: {rates[workers]:9,.0f}/s")
    print(f"  speed-up, 2 workers over 1: {rates[2] / rates[1]:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the corpus, one round")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    rounds = 1 if args.quick else args.rounds
    scale = 10 if args.quick else 1
    bodies = distinct()
    print(f"{len(bodies)} distinct bodies sampled", file=sys.stderr)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        single = folder / "single"
        single.mkdir()
        count = 50_000 // scale
        against_validate(write(corpus(bodies, count), single, 1)[0], count, rounds)
        many = folder / "many"
        many.mkdir()
        count = 200_000 // scale
        write(corpus(bodies, count), many, FILES)
        on_clusters(many, count, rounds)


if __name__ == "__main__":
    main()
