"""Import generated output from a temporary directory as a package of its own (its modules import their
siblings relatively, so they cannot load as lone files)."""

from __future__ import annotations

import importlib
import sys
import types
from pathlib import Path


def import_output(out: Path, root: str, name: str) -> types.ModuleType:
    """The module of ``name`` (e.g. ``heymilo.v2.webhook_response``) under ``out``, imported as
    ``root.<name>``; ``root`` names this output for the whole test run."""
    if root not in sys.modules:
        package = types.ModuleType(root)
        package.__path__ = [str(out)]
        sys.modules[root] = package
    assert sys.modules[root].__path__ == [str(out)], f"{root} already names another output"
    return importlib.import_module(f"{root}.{name}")
