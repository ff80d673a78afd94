"""``hirehooks log list|show|export`` and ``hirehooks replay``: read a delivery log, re-send what it holds.

A log is opened with ``SQLiteStore(path, create=False)``: a mistyped path is a usage error, never a new,
empty log. What is printed is what the log keeps (headers with credentials masked, bodies masked unless
the receiver kept them raw); JSON output is ASCII, so no control or bidi character reaches a terminal.

A record as JSON (``show``, and one line each in ``export --jsonl``)::

    {"seq": 3, "received_at": "2026-12-02T06:01:02.123456+00:00", "vendor": "heymilo",
     "name": "heymilo.interview_started" | null, "delivery_id": "msg_...", "verdict": "accepted",
     "problems": [{"pointer": "/timestamp", "detail": "..."}], "error": null | "module.ExceptionType",
     "headers": {"webhook-signature": "[redacted]", ...}, "body": <the JSON value> | null}

``body`` is null when the log holds none or what it holds is not JSON (a raw log keeps such bodies; only
``replay`` sends them).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

from hirehooks._body import decode
from hirehooks._catalog import entry, vendors
from hirehooks._cli_common import (
    USAGE_ERROR,
    answered,
    credentials,
    header,
    header_value,
    out,
    positive,
    printable,
    signing_secret,
)
from hirehooks._errors import PayloadError, StoreError
from hirehooks._send import deliver
from hirehooks.store import VERDICTS, Record, SQLiteStore

REPLAYED_BY_DEFAULT = ("accepted", "handler_failed")
"""What ``replay`` sends unless ``--verdict`` says otherwise: the deliveries the receiver found authentic
and valid, which its handlers were (or should have been) called with. Not ``duplicate`` (its accepted
original is sent already), ``unauthenticated`` (a fresh signature would pass off a delivery nobody proved
authentic), ``invalid`` (sent on purpose, after a schema fix) or ``handshake`` (nothing to handle)."""

Command = Callable[[argparse.Namespace], int]


class _Unreadable(Exception):
    """The log cannot be opened or read: a usage error, with what to print."""


# Argument types: like every hirehooks argument type, their messages never quote the argument (D34).


def moment(text: str) -> datetime:
    """An ISO 8601 date or date-time; one without a zone is UTC."""
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            "an ISO 8601 date or date-time, e.g. 2026-12-01 or 2026-12-01T09:30:00+01:00 (no zone: UTC)"
        ) from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def verdict(text: str) -> str:
    if text not in VERDICTS:
        raise argparse.ArgumentTypeError(f"one of: {', '.join(VERDICTS)}")
    return text


def vendor(text: str) -> str:
    if text not in vendors():
        raise argparse.ArgumentTypeError(f"one of: {', '.join(vendors())}")
    return text


def _opened(path: str) -> SQLiteStore:
    try:
        return SQLiteStore(path, create=False)
    except StoreError as error:
        raise _Unreadable(_why(path, error)) from None


def _why(path: str, error: StoreError) -> str:
    if error.reason == "missing":
        return f"no delivery log at {printable(path)}"
    return f"cannot read the delivery log {printable(path)}: {printable(str(error))}"


def _selected(store: SQLiteStore, args: argparse.Namespace, default: tuple[str, ...]) -> Iterator[Record]:
    """The records the filters pick, in the order received; ``default`` verdicts when none is given."""
    wanted = tuple(args.verdict) or default
    try:
        for record in store.records(
            since=args.since, verdict=wanted[0] if len(wanted) == 1 else None, name=args.name
        ):
            if (not wanted or record.verdict in wanted) and args.vendor in (None, record.vendor):
                yield record
    except StoreError as error:
        raise _Unreadable(_why(args.store, error)) from None


def _body_value(body: bytes | None) -> Any:
    """The JSON value a stored body holds, else ``None`` (no body, or one that is not JSON)."""
    if body is None:
        return None
    try:
        return decode(body, max_bytes=len(body))
    except PayloadError:
        return None


def as_json(record: Record) -> dict[str, Any]:
    """A record as the JSON object ``show`` prints and ``export`` writes (layout in the module's doc)."""
    return {
        "seq": record.seq,
        "received_at": record.received_at.isoformat(),
        "vendor": record.vendor,
        "name": record.name,
        "delivery_id": record.delivery_id,
        "verdict": record.verdict,
        "problems": [problem.to_dict() for problem in record.problems],
        "error": record.error,
        "headers": dict(record.headers),
        "body": _body_value(record.body),
    }


def _counted(count: int, what: str) -> None:
    print(f"{count} {what}{'' if count == 1 else 's'}", file=sys.stderr)


def _field(text: str) -> str:
    """A column of ``list``: as it is when it prints and holds no space, else a Python literal with
    every space escaped too, so each line splits on spaces into the same seven columns."""
    return text if text.isprintable() and text and " " not in text else repr(text).replace(" ", "\\x20")


def _list(args: argparse.Namespace) -> int:
    count = 0
    for record in _selected(_opened(args.store), args, ()):
        count += 1
        fields = (
            str(record.seq),
            record.received_at.isoformat(),
            record.vendor,
            record.name or "-",
            record.delivery_id,
            record.verdict,
            str(len(record.problems)),
        )
        out(" ".join(_field(field) for field in fields))
    _counted(count, "record")
    return 0


def _show(args: argparse.Namespace) -> int:
    store = _opened(args.store)
    try:
        record = store.get(args.seq)
    except LookupError:
        print(f"hirehooks: no delivery {args.seq} in {printable(args.store)}", file=sys.stderr)
        return USAGE_ERROR
    except StoreError as error:
        raise _Unreadable(_why(args.store, error)) from None
    out(json.dumps(as_json(record), indent=2))
    return 0


def _export(args: argparse.Namespace) -> int:
    count = without = 0
    for record in _selected(_opened(args.store), args, ()):
        shown = as_json(record)
        if not args.bodies:
            out(json.dumps(shown, separators=(",", ":")))
        elif shown["body"] is None:
            without += 1
            continue
        else:
            out(json.dumps(shown["body"], separators=(",", ":")))
        count += 1
    _counted(count, "record")
    if without:
        print(f"{without} left out: the log holds no JSON body for them", file=sys.stderr)
    return 0


def _replay(args: argparse.Namespace) -> int:
    delivered = failed = skipped = 0
    for record in _selected(_opened(args.store), args, REPLAYED_BY_DEFAULT):
        label = f"{record.seq} {printable(record.name or '-')} {printable(record.delivery_id)}"
        if record.body is None:
            out(f"{label}: skipped, the log holds no body for it (it was not JSON)")
            skipped += 1
            continue
        if not record.raw and not args.masked:
            out(f"{label}: skipped, the log keeps its body masked (--masked sends it anyway)")
            skipped += 1
            continue
        if not header_value(record.delivery_id):
            out(f"{label}: skipped, its delivery id cannot be sent as a webhook-id header")
            skipped += 1
            continue
        sent = deliver(
            args.url,
            record.body,
            sign_secret=args.sign_secret,
            basic=args.basic,
            extra={"webhook-id": record.delivery_id, **dict(args.header)},
            msg_id=record.delivery_id,
        )
        delivered += 1
        failed += not sent.ok
        answered(label, sent)
    print(f"{delivered} delivered, {failed} failed, {skipped} skipped", file=sys.stderr)
    return 1 if failed else 0


def _guarded(command: Command) -> Command:
    """``command`` with an unknown ``--name`` and an unreadable log as usage errors."""

    def run(args: argparse.Namespace) -> int:
        if getattr(args, "name", None) is not None:
            entry(args.name)  # UnknownNameError: the CLI's usage error, with its suggestions
        try:
            return command(args)
        except _Unreadable as error:
            print(f"hirehooks: {error}", file=sys.stderr)
            return USAGE_ERROR

    return run


def _store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store", required=True, metavar="PATH", help="the delivery log (an SQLiteStore file; never created)"
    )


def _filters(parser: argparse.ArgumentParser, verdicts: str) -> None:
    parser.add_argument(
        "--since", type=moment, metavar="ISO-TIME", help="received at or after (no zone: UTC)"
    )
    parser.add_argument(
        "--verdict",
        type=verdict,
        action="append",
        default=[],
        metavar="VERDICT",
        help=f"only this verdict, may be repeated: {', '.join(VERDICTS)} (default: {verdicts})",
    )
    parser.add_argument("--name", metavar="NAME", help="only this event, e.g. heymilo.report_available")
    parser.add_argument(
        "--vendor", type=vendor, metavar="VENDOR", help=f"only one of: {', '.join(vendors())}"
    )


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``log`` (``list``, ``show``, ``export``) and ``replay`` to the ``hirehooks`` subcommands."""
    log = commands.add_parser("log", help="list, show or export a delivery log", allow_abbrev=False)
    actions = log.add_subparsers(dest="action", required=True)
    listed = actions.add_parser(
        "list",
        help="one line per record: seq, received at, vendor, name (- if none), delivery id, verdict,"
        " number of problems",
        allow_abbrev=False,
    )
    _store_option(listed)
    _filters(listed, "all")
    listed.set_defaults(run=_guarded(_list))
    show = actions.add_parser("show", help="one record as JSON", allow_abbrev=False)
    _store_option(show)
    show.add_argument("seq", type=positive, metavar="SEQ", help="the record's number (first column of list)")
    show.set_defaults(run=_guarded(_show))
    export = actions.add_parser("export", help="records as JSON Lines, one record a line", allow_abbrev=False)
    _store_option(export)
    export.add_argument("--jsonl", action="store_true", required=True, help="JSON Lines (the one format)")
    export.add_argument(
        "--bodies",
        action="store_true",
        help="each body alone, for hirehooks validate or send --jsonl (records without a JSON body left out)",
    )
    _filters(export, "all")
    export.set_defaults(run=_guarded(_export))
    replay = commands.add_parser(
        "replay",
        help="re-send recorded deliveries' stored bodies to an endpoint",
        description="Each record's stored body goes as it is, with webhook-id: its delivery id (signed"
        " afresh with --sign-secret), so a receiver's dedupe knows it: an accepted delivery is a duplicate,"
        " a handler_failed one is handled again. Exit 1 if any answer is not 2xx.",
        allow_abbrev=False,
    )
    _store_option(replay)
    replay.add_argument("--url", required=True, help="where to, e.g. http://127.0.0.1:8000/webhooks")
    _filters(replay, " and ".join(REPLAYED_BY_DEFAULT))
    replay.add_argument(
        "--sign-secret",
        type=signing_secret,
        metavar="whsec_...",
        help="sign afresh (Standard Webhooks, current time), webhook-id kept as the delivery id",
    )
    replay.add_argument(
        "--masked",
        action="store_true",
        help="send bodies the log keeps masked too (their handlers see [redacted] and 0 where PII was)",
    )
    replay.add_argument("--basic", type=credentials, metavar="USER:PASS", help="add HTTP Basic credentials")
    replay.add_argument(
        "--header", type=header, action="append", default=[], metavar="K:V", help="add a header"
    )
    replay.set_defaults(run=_guarded(_replay))
