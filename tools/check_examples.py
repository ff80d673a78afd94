"""Check every example payload under ``schemas/<vendor>/examples/`` against its event's schema.

An example is named ``<event>.json`` or ``<event>.<variant>.json``. Examples are checked in strict
mode, so a field an example carries but no schema declares is reported too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import hirehooks
from tools.bundle import SCHEMAS


def examples() -> list[tuple[str, Path]]:
    """Every example as ``(event name, path)``, sorted by path."""
    return [
        (f"{path.parent.parent.name}.{path.name.split('.')[0]}", path)
        for path in sorted(SCHEMAS.glob("*/examples/*.json"))
    ]


def main() -> int:
    failures = 0
    for event, path in examples():
        for problem in hirehooks.validate(event, path.read_bytes(), strict=True):
            print(f"{path.relative_to(SCHEMAS.parent)}: {problem}", file=sys.stderr)
            failures += 1
    print(f"checked {len(examples())} examples: {failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
