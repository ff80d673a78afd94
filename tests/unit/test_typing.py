"""The typed API: ``parse`` of a literal name is its exact class to mypy --strict and pyright (basedpyright),
``hirehooks.Name`` lists every name, and ``hirehooks.models`` gives each class one short import path.

The type checkers run on a small typed file written for the test (decision D32).
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest

import hirehooks
from hirehooks._catalog import entry
from tests.conftest import NAMES

TYPO = "heymilo.report_availabel"


def _models_module(name: str) -> str:
    """The public module of a name's classes: its name without the last part, under hirehooks.models."""
    return "hirehooks.models." + name.rsplit(".", 1)[0]


def _typed_file(tmp_path: Path) -> Path:
    imports = sorted({f"from {_models_module(name)} import {entry(name)['model']}\n" for name in NAMES})
    lines = [
        "import hirehooks\n",
        *imports,
        'body = b"{}"\n',
        *(f'reveal_type(hirehooks.parse("{name}", body, strict=True))\n' for name in NAMES),
        "def dynamic(name: str) -> None:\n",
        "    reveal_type(hirehooks.parse(name, body))\n",
        *(
            f"declared_{n}: {entry(name)['model']} = hirehooks.parse({name!r}, body)\n"
            for n, name in enumerate(NAMES)
        ),
        f"every: list[hirehooks.Name] = {NAMES!r}\n",
        f"typo: hirehooks.Name = {TYPO!r}\n",
    ]
    path = tmp_path / "typed_use.py"
    path.write_text("".join(lines))
    return path


def _line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def _mypy(path: Path) -> subprocess.CompletedProcess[str]:
    """mypy --strict on ``path``, with a cache of its own beside it."""
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(path.parent / "cache"), str(path)]
    return subprocess.run(command, capture_output=True, text=True, cwd=path.parent)


def test_mypy_strict_reveals_the_exact_class_of_each_name(tmp_path: Path) -> None:
    path = _typed_file(tmp_path)
    run = _mypy(path)
    revealed = re.findall(r'Revealed type is "([^"]+)"', run.stdout)
    expected = [f"{entry(name)['module']}.{entry(name)['model']}" for name in NAMES]
    assert revealed == [*expected, "pydantic.main.BaseModel"], run.stdout
    errors = [line for line in run.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and f"{path.name}:{_line_of(path, TYPO)}:" in errors[0], run.stdout


def test_pyright_reveals_the_exact_class_of_each_name(tmp_path: Path) -> None:
    path = _typed_file(tmp_path)
    basedpyright = Path(sys.executable).parent / "basedpyright"
    (tmp_path / "pyrightconfig.json").write_text('{"typeCheckingMode": "standard"}')
    run = subprocess.run(
        [str(basedpyright), "--pythonpath", sys.executable, str(path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    revealed = re.findall(r'- information: Type of ".*" is "([^"]+)"$', run.stdout, re.MULTILINE)
    assert revealed == [*(entry(name)["model"] for name in NAMES), "BaseModel"], run.stdout
    errors = [line for line in run.stdout.splitlines() if " - error:" in line]
    assert len(errors) == 1 and f"{path.name}:{_line_of(path, TYPO)}:" in errors[0], run.stdout


def test_name_lists_every_name() -> None:
    assert list(get_args(hirehooks.Name)) == hirehooks.names()


@pytest.mark.parametrize("name", NAMES)
def test_the_public_import_path_gives_the_class_parse_returns(name: str) -> None:
    body = next(iter(hirehooks.examples(name).values()))
    model = getattr(importlib.import_module(_models_module(name)), entry(name)["model"])
    assert type(hirehooks.parse(name, body)) is model
    assert model.__name__ in importlib.import_module(_models_module(name)).__all__


def _handlers_file(tmp_path: Path) -> Path:
    """Every event's handler typed with its own class (accepted), and one with another event's (refused)."""
    events = hirehooks.events()
    imports = sorted({f"from {_models_module(name)} import {entry(name)['model']}\n" for name in events})
    lines = ["import hirehooks\n", "from hirehooks import auth\n", *imports]
    for n, name in enumerate(events):
        vendor = name.split(".")[0]
        lines += [
            f'hooks_{n} = hirehooks.Hooks(vendor="{vendor}", auth=auth.Unauthenticated())\n',
            f'@hooks_{n}.on("{name}")\n',
            f"def handle_{n}(event: {entry(name)['model']}) -> None: ...\n",
        ]
    lines += [
        "@hooks_0.on(hirehooks.events()[0])\n",  # a name known only at run time: any handler
        "def dynamic(event: object) -> None: ...\n",
        f'@hooks_0.on("{events[0]}")\n',
        f"def mistyped(event: {entry(events[1])['model']}) -> None: ...  # another event's class\n",
    ]
    path = tmp_path / "typed_handlers.py"
    path.write_text("".join(lines))
    return path


def test_mypy_strict_checks_each_handler_takes_its_events_class(tmp_path: Path) -> None:
    path = _handlers_file(tmp_path)
    run = _mypy(path)
    errors = [line for line in run.stdout.splitlines() if ": error:" in line]
    decorator = _line_of(path, "def mistyped") - 1  # mypy reports the decorator's line
    assert len(errors) == 1 and f"{path.name}:{decorator}:" in errors[0], run.stdout


def test_pyright_checks_each_handler_takes_its_events_class(tmp_path: Path) -> None:
    path = _handlers_file(tmp_path)
    (tmp_path / "pyrightconfig.json").write_text('{"typeCheckingMode": "standard"}')
    run = subprocess.run(
        [str(Path(sys.executable).parent / "basedpyright"), "--pythonpath", sys.executable, str(path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    errors = [line for line in run.stdout.splitlines() if " - error:" in line]
    decorator = _line_of(path, "def mistyped") - 1
    assert len(errors) == 1 and f"{path.name}:{decorator}:" in errors[0], run.stdout
