"""The library's exceptions and the problem record they carry."""

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


class PayloadError(ValueError):
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


class UnknownEventError(LookupError):
    """A name (event or API body) or vendor that hirehooks has no schema for."""

    def __init__(self, name: object, known: Iterable[str], what: str = "name") -> None:
        self.name = name
        super().__init__(f"unknown {what} {name!r}; known: {', '.join(known)}")
