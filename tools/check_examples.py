"""Check every example body against its schema, in strict mode (so an undeclared field is reported too).

Examples live beside what they illustrate: ``schemas/V/examples/`` for V's events, and
``schemas/V/api/[D/]examples/`` for its API bodies; each is named ``<body>.json`` or
``<body>.<variant>.json``. So ``schemas/heymilo/api/v1/examples/webhook.json`` is ``heymilo.v1.webhook``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import hirehooks
from tools.bundle import SCHEMAS


def example_name(path: Path) -> str:
    """The body an example illustrates, from where it lies and how it is named."""
    vendor, *folders = path.relative_to(SCHEMAS).parent.parts
    return ".".join(
        [
            vendor,
            *(folder for folder in folders if folder not in ("api", "examples")),
            path.name.split(".")[0],
        ]
    )


def examples() -> list[tuple[str, Path]]:
    """Every example as ``(name, path)``, sorted by path."""
    found = [*SCHEMAS.glob("*/examples/*.json"), *SCHEMAS.glob("*/api/**/examples/*.json")]
    return [(example_name(path), path) for path in sorted(found)]


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
