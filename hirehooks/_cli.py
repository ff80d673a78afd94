"""The ``hirehooks`` command: validate bodies, list names, print schemas and OpenAPI documents, send.

Exit status: 0 every body valid (or delivered with a 2xx), 1 some body invalid (or some delivery not
2xx), 2 usage error (unknown name, unreadable file, bad option).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from hirehooks._batch import Progress, bodies, checked
from hirehooks._body import MAX_BYTES
from hirehooks._catalog import entry, events, examples, names, openapi, schema, vendors
from hirehooks._codegen import MODEL_TYPES, generate
from hirehooks._errors import UnknownNameError
from hirehooks._send import deliver
from hirehooks.auth import AuthError, sign

USAGE_ERROR = 2


def _validate(args: argparse.Namespace) -> int:
    if args.event is not None:
        entry(args.event)
    total = invalid = 0
    progress = Progress()
    for name in args.files:
        jobs = ((line, body, args.event, args.strict, args.max_bytes) for line, body in bodies(name))
        try:
            for line, problems in checked(jobs, args.jobs):
                total += 1
                invalid += bool(problems)
                for problem in problems:
                    print(f"{name}:{line}: {problem}")
                progress.update(total, invalid)
        except OSError as error:
            print(f"hirehooks: cannot read {name}: {error.strerror or error}", file=sys.stderr)
            return USAGE_ERROR
    progress.update(total, invalid, last=True)
    print(f"{total} bod{'y' if total == 1 else 'ies'} checked, {invalid} invalid", file=sys.stderr)
    return 1 if invalid else 0


def _events(args: argparse.Namespace) -> int:
    print("\n".join(events()))
    return 0


def _names(args: argparse.Namespace) -> int:
    print("\n".join(names()))
    return 0


def _schema(args: argparse.Namespace) -> int:
    print(json.dumps(schema(args.name), indent=2, ensure_ascii=False))
    return 0


def _openapi(args: argparse.Namespace) -> int:
    print(json.dumps(openapi(args.vendor), indent=2, ensure_ascii=False))
    return 0


def _header(text: str) -> tuple[str, str]:
    name, colon, value = text.partition(":")
    if not colon or not name.strip():
        raise argparse.ArgumentTypeError(f"a header looks like Name:value, not {text!r}")
    return name.strip(), value.strip()


def _credentials(text: str) -> tuple[str, str]:
    user, colon, password = text.partition(":")
    if not colon or not user:
        raise argparse.ArgumentTypeError("credentials look like user:password")
    return user, password  # the password exactly as given, spaces and colons included


def _send(args: argparse.Namespace) -> int:
    entry(args.name)
    if args.sign_secret is not None:
        try:
            sign(args.sign_secret, "msg_check", 0, b"")
        except AuthError as error:
            print(f"hirehooks: --sign-secret: {error}", file=sys.stderr)
            return USAGE_ERROR
    if args.generated is not None:
        if importlib.util.find_spec("hypothesis") is None:
            print(
                'hirehooks: --generated needs Hypothesis: pip install "hirehooks[testing]"', file=sys.stderr
            )
            return USAGE_ERROR
        from hirehooks.testing import sample

        bodies = [(f"generated {n + 1}", body) for n, body in enumerate(sample(args.name, args.generated))]
    else:
        bodies = list(examples(args.name).items())
    failed = 0
    for label, body in bodies:
        sent = deliver(
            args.url,
            body,
            method=args.method,
            sign_secret=args.sign_secret,
            basic=args.basic,
            extra=dict(args.header),
        )
        failed += not sent.ok
        print(f"{label}: {sent.status or sent.error} in {sent.seconds * 1000:.1f} ms")
    print(f"{len(bodies)} delivered, {failed} failed", file=sys.stderr)
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
    print(f"wrote {len(written)} modules into {args.out}", file=sys.stderr)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hirehooks", description="Validate hiring-platform webhook bodies.")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("validate", help="validate JSON or JSONL files; one line per problem")
    check.add_argument(
        "--event", help="what the bodies are, e.g. heymilo.report_available (default: detect each event)"
    )
    check.add_argument("--strict", action="store_true", help="reject fields the schema does not declare")
    check.add_argument("--max-bytes", type=int, default=MAX_BYTES, help="largest body accepted (%(default)s)")
    check.add_argument("--jobs", type=int, default=1, metavar="N", help="check on N processes (default: 1)")
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
    send = commands.add_parser("send", help="deliver example or generated bodies to an endpoint")
    send.add_argument("name", help="what to send, e.g. heymilo.report_available")
    send.add_argument("--url", required=True, help="where to, e.g. http://127.0.0.1:8000/webhooks")
    which = send.add_mutually_exclusive_group()
    which.add_argument("--example", action="store_true", help="every stored example (the default)")
    which.add_argument("--generated", type=int, metavar="N", help="N generated bodies (needs Hypothesis)")
    send.add_argument("--method", choices=["post", "get"], default="post", help="HTTP method (default: post)")
    send.add_argument("--sign-secret", metavar="whsec_...", help="add Standard Webhooks signature headers")
    send.add_argument("--basic", type=_credentials, metavar="USER:PASS", help="add HTTP Basic credentials")
    send.add_argument(
        "--header", type=_header, action="append", default=[], metavar="K:V", help="add a header"
    )
    send.set_defaults(run=_send)
    models = commands.add_parser("generate", help="write models for the packaged schemas (downstream repos)")
    models.add_argument("--out", required=True, metavar="DIR", help="directory to write the modules into")
    models.add_argument(
        "--model-type", choices=MODEL_TYPES, default=MODEL_TYPES[0], help="default: %(default)s"
    )
    models.add_argument("--only", nargs="+", default=[], metavar="NAME", help="just these names")
    models.set_defaults(run=_generate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        status: int = args.run(args)
        sys.stdout.flush()
    except UnknownNameError as error:
        print(f"hirehooks: {error}", file=sys.stderr)
        return USAGE_ERROR
    except BrokenPipeError:
        # The reader (head, less) has gone: stop quietly, and keep Python from failing on exit too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return status
