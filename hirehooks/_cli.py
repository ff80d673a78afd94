"""The ``hirehooks`` command: validate bodies, list names, print schemas and OpenAPI documents, send.

Exit status: 0 every body valid (or delivered with a 2xx), 1 some body invalid (or some delivery not
2xx, or the output could not be written: a closed pipe or a full device), 2 usage error (unknown name,
unreadable file, bad option), 130 interrupted (Ctrl-C). Names and problems are printed escaped when
they hold a character that does not print (decision D35); argument errors never echo a value (D34).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from hirehooks import _cli_drift, _cli_log
from hirehooks._batch import CannotRead, Progress, bodies, checked
from hirehooks._body import MAX_BYTES
from hirehooks._catalog import entry, events, examples, names, openapi, schema, vendors
from hirehooks._cli_common import (
    INTERRUPTED,
    OUTPUT_LOST,
    USAGE_ERROR,
    OutputLost,
    answered,
    credentials,
    header,
    out,
    positive,
    printable,
    signing_secret,
)
from hirehooks._codegen import MODEL_TYPES, generate
from hirehooks._errors import UnknownNameError
from hirehooks._send import deliver


def _validate(args: argparse.Namespace) -> int:
    if args.event is not None:
        entry(args.event)
    total = invalid = 0
    progress = Progress()
    for name in args.files:
        jobs = (
            (line, body, args.event, args.strict, args.max_bytes)
            for line, body in bodies(name, args.max_bytes)
        )
        try:
            for line, problems in checked(jobs, args.jobs):
                total += 1
                invalid += bool(problems)
                for problem in problems:
                    out(f"{printable(name)}:{line}: {printable(str(problem))}")
                progress.update(total, invalid)
        except CannotRead as error:
            print(f"hirehooks: cannot read {printable(error.name)}: {error}", file=sys.stderr)
            return USAGE_ERROR
    progress.update(total, invalid, last=True)
    print(f"{total} bod{'y' if total == 1 else 'ies'} checked, {invalid} invalid", file=sys.stderr)
    return 1 if invalid else 0


def _events(args: argparse.Namespace) -> int:
    out("\n".join(events()))
    return 0


def _names(args: argparse.Namespace) -> int:
    out("\n".join(names()))
    return 0


def _schema(args: argparse.Namespace) -> int:
    out(json.dumps(schema(args.name), indent=2, ensure_ascii=False))
    return 0


def _openapi(args: argparse.Namespace) -> int:
    out(json.dumps(openapi(args.vendor), indent=2, ensure_ascii=False))
    return 0


def _unrecognized(extras: Sequence[str]) -> str:
    """argparse's message for unknown arguments, with option names only: a value may be a secret."""
    options = [extra.partition("=")[0] for extra in extras if extra.startswith("-")]
    hidden = len(extras) - len(options) + sum("=" in extra for extra in extras if extra.startswith("-"))
    shown = " ".join(printable(option) for option in options)
    untold = f"{hidden} value{'s' if hidden > 1 else ''} not echoed"
    return "unrecognized arguments: " + (f"{shown} (and {untold})" if shown and hidden else shown or untold)


def _recorded_lines(name: str) -> Iterator[tuple[str, bytes]]:
    """Every non-blank line of a JSONL file, as it is (without its line end)."""
    try:
        with open(name, "rb") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    yield f"{printable(name)}:{number}", line.rstrip(b"\r\n")
    except OSError as error:
        raise CannotRead(name, error) from None


def _to_send(args: argparse.Namespace) -> Iterator[tuple[str, bytes]]:
    """``(label, raw body)`` for each delivery, from whichever source the arguments name."""
    if args.body is not None:
        try:
            yield printable(args.body), Path(args.body).read_bytes()
        except OSError as error:
            raise CannotRead(args.body, error) from None
    elif args.jsonl is not None:
        yield from _recorded_lines(args.jsonl)
    elif args.generated is not None:
        from hirehooks.testing import sample

        for number, body in enumerate(sample(args.name, args.generated), start=1):
            yield f"generated {number}", json.dumps(body, ensure_ascii=False).encode()
    else:
        for label, body in examples(args.name).items():
            yield label, json.dumps(body, ensure_ascii=False).encode()


def _send(args: argparse.Namespace) -> int:
    recorded = args.body is not None or args.jsonl is not None
    if recorded == (args.name is not None):
        print(
            "hirehooks send: give NAME (its examples, or --generated N) or --body/--jsonl FILE",
            file=sys.stderr,
        )
        return USAGE_ERROR
    if args.name is not None:
        entry(args.name)
    if args.generated is not None and importlib.util.find_spec("hypothesis") is None:
        print('hirehooks: --generated needs Hypothesis: pip install "hirehooks[testing]"', file=sys.stderr)
        return USAGE_ERROR
    delivered = failed = 0
    try:
        for label, body in _to_send(args):
            sent = deliver(
                args.url,
                body,
                method=args.method,
                sign_secret=args.sign_secret,
                basic=args.basic,
                extra=dict(args.header),
            )
            delivered += 1
            failed += not sent.ok
            answered(label, sent)
    except CannotRead as error:
        print(f"hirehooks: cannot read {printable(error.name)}: {error}", file=sys.stderr)
        return USAGE_ERROR
    print(f"{delivered} delivered, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def _generate(args: argparse.Namespace) -> int:
    if importlib.util.find_spec("datamodel_code_generator") is None:
        print(
            'hirehooks: generate needs datamodel-code-generator: pip install "hirehooks[codegen]"',
            file=sys.stderr,
        )
        return USAGE_ERROR
    try:
        written = generate(Path(args.out), model_type=args.model_type, only=args.only)
    except subprocess.CalledProcessError as error:
        print(f"hirehooks: datamodel-codegen failed:\n{error.stderr}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"hirehooks: cannot write into {args.out}: {error.strerror or error}", file=sys.stderr)
        return USAGE_ERROR
    count = len(written)
    print(f"wrote {count} module{'' if count == 1 else 's'} into {args.out}", file=sys.stderr)
    return 0


def _parser() -> argparse.ArgumentParser:
    # allow_abbrev=False: an abbreviation argparse finds ambiguous is echoed with its value (--b=user:pass).
    parser = argparse.ArgumentParser(
        prog="hirehooks", description="Validate hiring-platform webhook bodies.", allow_abbrev=False
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser(
        "validate", help="validate JSON or JSONL files; one line per problem", allow_abbrev=False
    )
    check.add_argument(
        "--event", help="what the bodies are, e.g. heymilo.report_available (default: detect each event)"
    )
    check.add_argument("--strict", action="store_true", help="reject fields the schema does not declare")
    check.add_argument(
        "--max-bytes",
        type=positive,
        default=MAX_BYTES,
        metavar="N",
        help="largest body or JSONL line read; a longer one is a problem, read no further (%(default)s)",
    )
    check.add_argument(
        "--jobs", type=positive, default=1, metavar="N", help="check on N processes (default: 1)"
    )
    check.add_argument("files", nargs="+", metavar="FILE", help="a .json file, a .jsonl file, or - for stdin")
    check.set_defaults(run=_validate)
    commands.add_parser("events", help="list the webhook payload names").set_defaults(run=_events)
    commands.add_parser("names", help="list every name: payloads and API bodies").set_defaults(run=_names)
    show = commands.add_parser("schema", help="print the bundled JSON Schema of a name")
    show.add_argument("name", help="e.g. heymilo.report_available or xobin.webhook_settings_request")
    show.set_defaults(run=_schema)
    document = commands.add_parser("openapi", help="print a vendor's OpenAPI 3.1 document")
    document.add_argument("vendor", help=f"one of: {', '.join(vendors())}")
    document.set_defaults(run=_openapi)
    send = commands.add_parser(
        "send", help="deliver stored, generated or recorded bodies to an endpoint", allow_abbrev=False
    )
    send.add_argument(
        "name", nargs="?", metavar="NAME", help="send its stored examples, e.g. heymilo.report_available"
    )
    send.add_argument("--url", required=True, help="where to, e.g. http://127.0.0.1:8000/webhooks")
    which = send.add_mutually_exclusive_group()
    which.add_argument(
        "--generated", type=positive, metavar="N", help="N generated bodies of NAME (needs Hypothesis)"
    )
    which.add_argument("--body", metavar="FILE", help="send this file's bytes as one body, valid JSON or not")
    which.add_argument(
        "--jsonl", metavar="FILE", help="send each non-blank line of FILE as a body, valid or not"
    )
    send.add_argument("--method", choices=["post", "get"], default="post", help="HTTP method (default: post)")
    send.add_argument(
        "--sign-secret",
        type=signing_secret,
        metavar="whsec_...",
        help="add Standard Webhooks signature headers (webhook-id, -timestamp, -signature)",
    )
    send.add_argument("--basic", type=credentials, metavar="USER:PASS", help="add HTTP Basic credentials")
    send.add_argument(
        "--header", type=header, action="append", default=[], metavar="K:V", help="add a header"
    )
    send.set_defaults(run=_send)
    _cli_log.add_commands(commands)
    _cli_drift.add_commands(commands)
    models = commands.add_parser("generate", help="write models for the packaged schemas (downstream repos)")
    models.add_argument("--out", required=True, metavar="DIR", help="directory to write the modules into")
    models.add_argument(
        "--model-type", choices=MODEL_TYPES, default=MODEL_TYPES[0], help="default: %(default)s"
    )
    models.add_argument("--only", nargs="+", default=[], metavar="NAME", help="just these names")
    models.set_defaults(run=_generate)
    return parser


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush cannot fail a second time."""
    with contextlib.suppress(OSError, ValueError):  # not a real file (a test's capture): nothing to do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args, extras = parser.parse_known_args(argv)
    if extras:
        parser.error(_unrecognized(extras))
    try:
        status: int = args.run(args)
        try:
            sys.stdout.flush()
        except OSError as error:
            raise OutputLost(error) from None
    except UnknownNameError as error:
        print(f"hirehooks: {error}", file=sys.stderr)
        return USAGE_ERROR
    except OutputLost as lost:
        # A reader that has gone (head, less) is not worth a word; a full device is.
        if not isinstance(lost.error, BrokenPipeError):
            print(f"hirehooks: cannot write the output: {lost}", file=sys.stderr)
        _silence_stdout()
        return OUTPUT_LOST
    except KeyboardInterrupt:
        return INTERRUPTED
    return status
