"""jsonschema-rs errors, seen through the attributes ``problems`` reads from jsonschema's errors.

So one translation (``problems.problems_of``) serves the fast engine and the reference alike, and the
two can be compared problem for problem.
"""

from __future__ import annotations

from typing import Any


def _at(document: Any, location: list[Any]) -> Any:
    for step in location:
        document = document[step]
    return document


class RustError:
    """One jsonschema-rs error of a body validated against ``document`` (which it was compiled from)."""

    def __init__(self, error: Any, document: Any, parent: list[Any] | None = None, branch: int = 0) -> None:
        location = list(error.schema_path)  # absolute within the document: $refs already followed
        self.validator: str = error.kind.name
        self.schema: Any = _at(document, location[:-1])
        self.validator_value: Any = self.schema[self.validator] if isinstance(self.schema, dict) else None
        self.instance: Any = error.instance
        self.absolute_path: list[Any] = list(error.instance_path)
        self.relative_path: list[Any] = self.absolute_path[len(parent or []) :]
        self.relative_schema_path: list[Any] = [branch]
        self.message: str = error.message
        branches = getattr(error.kind, "context", None) or []
        self.context: list[RustError] = [
            RustError(sub, document, self.absolute_path, index)
            for index, errors in enumerate(branches)
            for sub in errors
        ]
