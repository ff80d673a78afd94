"""What every ``hirehooks`` command shares: exit statuses, safe output, argument types."""

from __future__ import annotations

import argparse
import re

from hirehooks._errors import ConfigError
from hirehooks._send import ANSWER_BYTES, Delivery
from hirehooks.auth import sign

USAGE_ERROR = 2
OUTPUT_LOST = 1
INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a program stopped by Ctrl-C


class OutputLost(Exception):
    """Standard output cannot be written: its reader has gone (a closed pipe) or its device is full."""

    def __init__(self, error: OSError) -> None:
        self.error = error
        super().__init__(error.strerror or str(error))


def out(text: str) -> None:
    try:
        print(text)
    except OSError as error:
        raise OutputLost(error) from None


def printable(text: str) -> str:
    """``text`` as it is when every character prints, else quoted with escapes (``repr``): a file name
    or a body's key holding a newline or a terminal control sequence cannot forge or garble a line."""
    return text if text.isprintable() else repr(text)


# Argument types. Their messages never quote the argument: it may be a credential (D34).

_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # an HTTP field name (RFC 9110 token)


def header_value(value: str) -> bool:
    """Whether ``value`` can be sent as a header's value as it is (RFC 9110: printable Latin-1 text)."""
    return all(" " <= char <= "~" or "\xa0" <= char <= "\xff" or char == "\t" for char in value)


def header(text: str) -> tuple[str, str]:
    name, colon, value = text.partition(":")
    name, value = name.strip(), value.strip()
    if not colon or not _TOKEN.fullmatch(name):
        raise argparse.ArgumentTypeError("a header looks like Name: value, its name letters, digits and -")
    if not header_value(value):
        raise argparse.ArgumentTypeError("a header value is printable Latin-1 text (RFC 9110)")
    return name, value


def credentials(text: str) -> tuple[str, str]:
    user, colon, password = text.partition(":")
    if not colon or not user:
        raise argparse.ArgumentTypeError("credentials look like user:password")
    return user, password  # the password exactly as given, spaces and colons included


def signing_secret(text: str) -> str:
    try:
        sign(text, "msg_check", 0, b"")
    except ConfigError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return text


def positive(text: str) -> int:
    if not (text.isascii() and text.isdigit() and int(text) > 0):
        raise argparse.ArgumentTypeError("must be a whole number above 0")
    return int(text)


def answered(label: str, sent: Delivery) -> None:
    """One line per delivery, and the start of the answer of one that was refused."""
    out(f"{label}: {sent.status or printable(sent.error)} in {sent.seconds * 1000:.1f} ms")
    if sent.status is not None and not sent.ok:
        for line in sent.answer.decode("utf-8", "replace").splitlines():
            out(f"    {printable(line)}")
        if sent.cut:
            out(f"    [answer cut at {ANSWER_BYTES} bytes]")
