"""pytest plugin (registered through the ``pytest11`` entry point): fixtures for a consumer's tests.

- ``hirehooks_example``: ``hirehooks_example("heymilo.report_available")`` is the documented example of
  that name, as a fresh dict; ``variant="inner-metadata-null"`` picks a stored variant.
- ``hirehooks_check_handler``: ``hirehooks_check_handler(name, handler, examples=100)`` runs the handler
  on generated bodies and fails the test with the smallest body it breaks on (needs Hypothesis).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from hirehooks._catalog import examples


def _example(name: str, variant: str | None = None) -> Any:
    stored = examples(name)
    if variant is None:
        return next(iter(stored.values()))
    wanted = f"{name.rsplit('.', 1)[-1]}.{variant}.json"
    if wanted not in stored:
        raise LookupError(f"{name} has no example {wanted}; it has: {', '.join(stored)}")
    return stored[wanted]


@pytest.fixture
def hirehooks_example() -> Callable[..., Any]:
    """The stored example of a name (the vendor's documented one unless ``variant`` is given)."""
    return _example


@pytest.fixture
def hirehooks_check_handler() -> Callable[..., None]:
    """``check_handler`` from ``hirehooks.testing``: run a handler over generated bodies."""
    from hirehooks.testing import check_handler

    return check_handler
