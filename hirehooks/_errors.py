"""The library's exceptions, all below one root, and the problem record a ``PayloadError`` carries."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One reason a body is invalid, located by a JSON Pointer (``""`` is the whole body)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path or '(body)'}: {self.message}"

    def to_dict(self) -> dict[str, str]:
        """The problem as an RFC 9457 ``errors`` member: ``{"pointer": path, "detail": message}``."""
        return {"pointer": self.path, "detail": self.message}


INVALID_PAYLOAD_TYPE = "https://hirehooks.invalid/problems/invalid-payload"
"""The ``type`` of a ``PayloadError``'s problem details (a URI that names, not one to fetch)."""


class HirehooksError(Exception):
    """The root of every error hirehooks raises on purpose: ``except hirehooks.HirehooksError`` catches
    a bad body, an unknown name, a failed authentication and a wrong configuration alike."""


class PayloadError(HirehooksError, ValueError):
    """A body is not a valid payload: malformed JSON, wrong shape, or schema violations.

    ``problems`` lists every problem found, each with its JSON path.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        shown = "; ".join(str(problem) for problem in self.problems[:5])
        more = len(self.problems) - 5
        super().__init__(
            f"{len(self.problems)} problem(s): {shown}" + (f"; and {more} more" if more > 0 else "")
        )

    def to_dict(self) -> dict[str, object]:
        """An RFC 9457 problem details object (``application/problem+json``) listing every problem by
        its JSON Pointer: what a receiver answers with HTTP 422."""
        return {
            "type": INVALID_PAYLOAD_TYPE,
            "title": "The body is not a valid payload",
            "status": 422,
            "detail": f"{len(self.problems)} problem(s)",
            "errors": [problem.to_dict() for problem in self.problems],
        }


class UnknownNameError(HirehooksError, LookupError):
    """A name (event or API body) or vendor that hirehooks has no schema for."""

    def __init__(self, name: object, known: Iterable[str], what: str = "name") -> None:
        self.name = name
        super().__init__(f"unknown {what} {name!r}; known: {', '.join(known)}")


UnknownEventError = UnknownNameError
"""The name ``UnknownNameError`` had before API bodies joined the events; kept as an alias."""


class AuthError(HirehooksError):
    """A delivery failed authentication: the request is not shown to come from the vendor.

    ``reason`` is one of ``missing_header``, ``malformed_header``, ``wrong_credentials``,
    ``bad_signature``, ``timestamp_too_old``, ``timestamp_in_future``.
    """

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(f"{reason}: {message}")


class ConfigError(HirehooksError, ValueError):
    """hirehooks is set up wrongly (an empty or malformed secret, a bad option): a fault of the
    receiver's configuration, raised when the verifier is built or called, never blamed on a request."""


class StoreError(HirehooksError):
    """The delivery log cannot be read or written (the file locked past the busy timeout, read-only,
    the disk full, missing): a receiver answers 503 so that the vendor retries, and nothing is lost.

    ``reason`` is the store's own, e.g. SQLite's ``SQLITE_BUSY``, ``SQLITE_READONLY``, ``SQLITE_FULL``.
    """

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(f"{reason}: {message}")
