"""Hypothesis profiles and shared fixtures.

Profiles: ``ci`` (bounded examples, a deadline, derandomized so runs repeat) is the default, for
``make test`` and CI alike; ``long`` (more examples, no deadline) is ``make test-long``
(``HYPOTHESIS_PROFILE=long``).
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import types
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

import hirehooks
from tools.check_examples import examples

settings.register_profile(
    "ci",
    max_examples=25,
    deadline=timedelta(seconds=5),
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile(
    "long", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

EXAMPLES = examples()
NAMES = hirehooks.names()
EVENTS = hirehooks.events()


def examples_of(name: str) -> list[Path]:
    return [path for found, path in EXAMPLES if found == name]


def documented_example(name: str) -> Path:
    """The example without a variant in its file name: the vendor's own, where the vendor gives one."""
    stem = name.rsplit(".", 1)[-1]
    return next(path for path in examples_of(name) if path.name == f"{stem}.json")


def load_module(path: Path, name: str) -> types.ModuleType:
    """A generated module loaded from its file as ``name`` (registered in ``sys.modules``, through which
    pydantic and msgspec resolve postponed annotations)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def agreed_problems(name: str, body: Any, *, strict: bool = False) -> list[hirehooks.Problem]:
    """``validate``'s problems, after checking that ``parse`` refuses the body exactly when it does."""
    found = hirehooks.validate(name, body, strict=strict)
    if found:
        with pytest.raises(hirehooks.PayloadError):
            hirehooks.parse(name, body, strict=strict)
    else:
        hirehooks.parse(name, body, strict=strict)
    return found


def load(path: Path) -> Any:
    return json.loads(path.read_bytes())


@pytest.fixture(params=EXAMPLES, ids=[f"{name}:{path.name}" for name, path in EXAMPLES])
def example(request: pytest.FixtureRequest) -> tuple[str, Path]:
    """Every example and variant, as ``(name, path)``."""
    found: tuple[str, Path] = request.param
    return found
