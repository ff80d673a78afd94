"""``hirehooks drift``: profile recorded deliveries, print where they depart from the schemas.

Exit status: 0 no drift beyond ``--fail-on``, 1 drift, 2 usage (unknown name or vendor, unreadable
source, bad option). By default ``--fail-on invalid``: 1 exactly when ``hirehooks validate`` with the same
options would fail (some body invalid, of no known shape, or not JSON). Values are never printed: paths,
kinds, types and counts only (candidate enums show their values, never at an ``x-pii``/``x-secret`` path).
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hirehooks._batch import CHUNK, CannotRead, Job, Progress, _pool, bodies, chunks
from hirehooks._body import MAX_BYTES
from hirehooks._catalog import entry, events
from hirehooks._cli_common import USAGE_ERROR, out, positive, printable
from hirehooks._drift import KINDS, MAX_PATHS, Profile, report
from hirehooks._drift_suggest import schemas_folder, write_suggestions
from hirehooks._errors import ConfigError, Problem, StoreError

STORE_MAGIC = b"SQLite format 3\x00"
FAIL_KINDS = (*KINDS, "unknown", "unreadable")
INVALID = "invalid"


def _fail_on(text: str) -> tuple[frozenset[str], float | None]:
    """``--fail-on``: kinds (comma-separated), ``invalid``, or one share between 0 and 1."""
    kinds: set[str] = set()
    share = None
    for item in (part.strip() for part in text.split(",")):
        if item in FAIL_KINDS or item == INVALID:
            kinds.add(item)
            continue
        try:
            value = float(item)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"give kinds ({', '.join(FAIL_KINDS)}, or {INVALID}) or one share from 0 to 1"
            ) from None
        if share is not None or not 0 <= value < 1:
            raise argparse.ArgumentTypeError("give at most one share, from 0 up to (not including) 1")
        share = value
    return frozenset(kinds), share


def _regular_file(source: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(source).st_mode)
    except OSError as error:
        raise CannotRead(source, error) from None


def _is_store(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(len(STORE_MAGIC)) == STORE_MAGIC
    except OSError as error:
        raise CannotRead(str(path), error) from None


def _files(source: str) -> list[str]:
    """A source's files: itself, or a folder's ``.json``/``.jsonl`` files in sort order."""
    path = Path(source)
    if source != "-" and path.is_dir():
        try:
            return sorted(str(child) for child in path.iterdir() if child.suffix in (".json", ".jsonl"))
        except OSError as error:
            raise CannotRead(source, error) from None
    return [source]


NOT_PROFILED = ("duplicate", "unauthenticated")
"""Delivery-log rows left out of a profile: a duplicate is a body counted once already, and an
unauthenticated one is not the vendor's (the log keeps no body of it, D72)."""


def _jobs(source: str, vendor: str | None) -> Iterator[Job]:
    """``(line, body, name, masked, max_bytes)`` of every body of a file or delivery log; ``name`` is
    the one the log recorded (within ``vendor``), else ``None``; ``masked`` whether the log masked its
    PII. A body not read (too large, or not JSON in the log) is ``b""``: an unreadable body. Only a
    regular file is looked into for the log's header: a peek at a FIFO would lose what it holds."""
    if source != "-" and _regular_file(source) and _is_store(Path(source)):
        from hirehooks.store import SQLiteStore

        known = set(events(vendor))
        for record in SQLiteStore(source, create=False).records():
            if record.verdict in NOT_PROFILED:
                continue
            name = record.name if record.name in known else None  # else detected, as a file's bodies are
            yield record.seq or 0, record.body or b"", name, not record.raw, MAX_BYTES
        return
    for line, body in bodies(source, MAX_BYTES):
        yield line, b"" if isinstance(body, Problem) else body, None, False, MAX_BYTES


def _part(work: tuple[list[Job], str | None, str | None, bool]) -> Profile:
    """A worker's profile of one part of a chunk."""
    jobs, event, vendor, strict = work
    profile = Profile(event=event, vendor=vendor, strict=strict)
    for _, body, name, masked, _ in jobs:
        profile.add(body if isinstance(body, bytes) else b"", name, masked=masked)
    return profile


def _invalid(profile: Profile) -> int:
    found: int = sum(stats["invalid"] for stats in profile.names.values())
    return found + profile.unknown + profile.not_object + profile.unreadable


def _profile(args: argparse.Namespace) -> Profile:
    """Every source profiled on ``--jobs`` processes (chunks of bodies, their profiles merged here)."""
    total = Profile(event=args.event, vendor=args.vendor, strict=args.strict)
    progress = Progress()
    jobs = (job for source in args.sources for file in _files(source) for job in _jobs(file, args.vendor))
    if args.jobs == 1:
        for _, body, name, masked, _ in jobs:
            total.add(body if isinstance(body, bytes) else b"", name, masked=masked)
            if total.bodies % CHUNK == 0:
                progress.update(total.bodies, _invalid(total))
    else:
        with _pool(args.jobs) as pool:
            for chunk in chunks(jobs, CHUNK * args.jobs):
                size = -(-len(chunk) // args.jobs)
                parts = [
                    (chunk[at : at + size], args.event, args.vendor, args.strict)
                    for at in range(0, len(chunk), size)
                ]
                for part in pool.map(_part, parts):
                    total = total.merge(part)
                progress.update(total.bodies, _invalid(total))
    progress.update(total.bodies, _invalid(total), last=True)
    return total


def _on_cluster(args: argparse.Namespace) -> Profile:
    from hirehooks._drift_dask import profile_on_cluster

    total = Profile(event=args.event, vendor=args.vendor, strict=args.strict)
    for pattern in args.sources:
        part = profile_on_cluster(
            args.dask, pattern, event=args.event, vendor=args.vendor, strict=args.strict
        )
        total = total.merge(part)
    return total


def _rows(found: dict[str, Any]) -> list[tuple[float, int, int, str, str, str, str]]:
    """``(share, bodies, of, name, kind, path, detail)`` of every finding, by impact."""
    rows = []
    for stats in found["names"]:
        for deviation in stats["deviations"]:
            if deviation["kind"] == "undeclared":
                detail = ", ".join(deviation["types"])
            elif "expected" in deviation:
                detail = f"expected {' or '.join(deviation['expected'])}, seen {', '.join(deviation['seen'])}"
            else:
                detail = ""
            rows.append(
                (
                    deviation["share"],
                    deviation["bodies"],
                    stats["bodies"],
                    stats["name"],
                    deviation["kind"],
                    deviation["path"],
                    detail,
                )
            )
    bodies = found["bodies"]
    unknown = found["unknown"]
    for key_set in unknown["key_sets"]:
        keys = ", ".join(key_set["keys"]) + (" ..." if key_set["keys_total"] > len(key_set["keys"]) else "")
        rows.append(
            (
                key_set["bodies"] / bodies,
                key_set["bodies"],
                bodies,
                "(no schema fits)",
                "unknown",
                "",
                f"keys: {keys}",
            )
        )
    if unknown["not_object"]:
        rows.append(
            (
                unknown["not_object"] / bodies,
                unknown["not_object"],
                bodies,
                "(no schema fits)",
                "unknown",
                "",
                "not a JSON object",
            )
        )
    if found["unreadable"]:
        rows.append(
            (
                found["unreadable"] / bodies,
                found["unreadable"],
                bodies,
                "(not read)",
                "unreadable",
                "",
                "not JSON or too large",
            )
        )
    return sorted(rows, key=lambda row: (-row[0], row[3], FAIL_KINDS.index(row[4]), row[5]))


def _table(found: dict[str, Any]) -> None:
    rows = _rows(found)
    if rows:
        cells = [
            (f"{share * 100:.1f}%", f"{bodies}/{of}", name, kind, path or "(body)", detail)
            for share, bodies, of, name, kind, path, detail in rows
        ]
        header = ("share", "bodies", "name", "kind", "path", "detail")
        widths = [max(len(printable(row[column])) for row in [header, *cells]) for column in range(5)]
        for row in [header, *cells]:
            shown = [printable(cell).ljust(width) for cell, width in zip(row, widths, strict=False)]
            out("  ".join([*shown, printable(row[5])]).rstrip())
    else:
        out("no deviation from the schemas")
    for stats in found["names"]:
        for enum in stats["candidate_enums"]:
            values = ", ".join(f"{printable(value)} ({count})" for value, count in enum["values"].items())
            out(f"candidate enum: {stats['name']} {printable(enum['path'])}: {values}")
        if stats["never_seen"]:
            count = len(stats["never_seen"])
            paths = f"{count} declared path{'s' * (count > 1)}"
            out(f"never seen: {stats['name']}: {paths} (--format json lists them)")
        if stats["dropped"]:
            cut = f"past {MAX_PATHS:,} paths a table, {stats['dropped']} counts dropped"
            out(f"cut off: {stats['name']}: {cut}")


def _summary(found: dict[str, Any]) -> str:
    names = found["names"]
    valid = sum(stats["valid"] for stats in names)
    invalid = sum(stats["invalid"] for stats in names)
    unknown = found["unknown"]["bodies"] + found["unknown"]["not_object"]
    total = found["bodies"]
    return (
        f"{total} bod{'y' if total == 1 else 'ies'} profiled: {valid} valid, {invalid} invalid, "
        f"{unknown} of no known shape, {found['unreadable']} unreadable "
        f"({len(names)} name{'' if len(names) == 1 else 's'})"
    )


def drifted(found: dict[str, Any], kinds: frozenset[str], share: float | None) -> bool:
    """Whether the report shows drift beyond ``--fail-on``."""
    if INVALID in kinds and (
        any(stats["invalid"] for stats in found["names"])
        or found["unknown"]["bodies"]
        or found["unknown"]["not_object"]
        or found["unreadable"]
    ):
        return True
    present = {deviation["kind"] for stats in found["names"] for deviation in stats["deviations"]}
    if found["unknown"]["bodies"] or found["unknown"]["not_object"]:
        present.add("unknown")
    if found["unreadable"]:
        present.add("unreadable")
    if present & kinds:
        return True
    if any(stats["dropped"] for stats in found["names"]):  # a report cut off at the cap is never clean
        return True
    if share is None:
        return False
    shares = [deviation["share"] for stats in found["names"] for deviation in stats["deviations"]]
    if found["bodies"]:
        shares.append((found["unknown"]["bodies"] + found["unknown"]["not_object"]) / found["bodies"])
        shares.append(found["unreadable"] / found["bodies"])
    return any(value > share for value in shares)


def _drift(args: argparse.Namespace) -> int:
    if args.event is not None:
        entry(args.event)
    if args.vendor is not None:
        events(args.vendor)
    try:
        schemas = schemas_folder() if args.suggest is not None else None  # before the work, not after
        profile = _on_cluster(args) if args.dask else _profile(args)
    except CannotRead as error:
        print(f"hirehooks: cannot read {printable(error.name)}: {error}", file=sys.stderr)
        return USAGE_ERROR
    except (StoreError, ConfigError) as error:
        print(f"hirehooks: {error}", file=sys.stderr)
        return USAGE_ERROR
    found = report(profile, sources=args.sources)
    if args.format == "json":
        out(json.dumps(found, indent=2, ensure_ascii=False))
    else:
        _table(found)
    if args.html is not None:
        from hirehooks._drift_html import write_html

        try:
            write_html(found, Path(args.html))
        except OSError as error:
            print(
                f"hirehooks: cannot write {printable(args.html)}: {error.strerror or error}", file=sys.stderr
            )
            return USAGE_ERROR
    if schemas is not None:
        try:
            written = write_suggestions(found, Path(args.suggest), schemas)
        except OSError as error:
            print(
                f"hirehooks: cannot write into {printable(args.suggest)}: {error.strerror or error}",
                file=sys.stderr,
            )
            return USAGE_ERROR
        print(f"wrote {written} patch{'es' * (written != 1)} into {printable(args.suggest)}", file=sys.stderr)
    print(_summary(found), file=sys.stderr)
    kinds, share = args.fail_on
    return 1 if drifted(found, kinds, share) else 0


def add_commands(commands: Any) -> None:
    """Add ``drift`` to the ``hirehooks`` subcommands."""
    drift = commands.add_parser(
        "drift", help="profile recorded deliveries: where they depart from the schemas", allow_abbrev=False
    )
    which = drift.add_mutually_exclusive_group()
    which.add_argument("--event", help="take every body as this payload (default: detect each)")
    which.add_argument("--vendor", help="detect each body among this vendor's payloads only")
    drift.add_argument("--strict", action="store_true", help="count undeclared fields as invalid")
    drift.add_argument("--format", choices=["table", "json"], default="table", help="default: %(default)s")
    drift.add_argument("--html", metavar="FILE", help="also write a self-contained HTML page of the report")
    drift.add_argument(
        "--suggest",
        metavar="DIR",
        help="write into DIR a JSON Patch per schemas/ file that traffic says should change (never "
        "applied) and a decision-log stub",
    )
    drift.add_argument(
        "--fail-on",
        type=_fail_on,
        default=(frozenset([INVALID]), None),
        metavar="KINDS|SHARE",
        help=f"exit 1 when a deviation of these kinds ({', '.join(FAIL_KINDS)}) is found, or one affects "
        "more than SHARE of its bodies (default: invalid, exit 1 when hirehooks validate would)",
    )
    drift.add_argument(
        "--jobs", type=positive, default=1, metavar="N", help="profile on N processes (default: 1)"
    )
    drift.add_argument(
        "--dask", metavar="SCHEDULER", help="profile on this Dask cluster (SOURCE: a glob or URL)"
    )
    drift.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="a .json or .jsonl file, a folder of them, - for stdin, or a hirehooks.store database",
    )
    drift.set_defaults(run=_drift)
