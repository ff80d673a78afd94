"""The framework adapters need their extra; without it, importing one says which to install."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    ("adapter", "dependency", "framework"),
    [
        ("fastapi", "starlette", "Starlette (FastAPI)"),
        ("flask", "flask", "Flask"),
        ("django", "django", "Django"),
    ],
)
def test_an_adapter_without_its_framework_names_the_extra_to_install(
    adapter: str, dependency: str, framework: str
) -> None:
    script = (
        f"import sys; sys.modules[{dependency!r}] = None\n"  # as if the package were not installed
        "try:\n"
        f"    import hirehooks.{adapter}\n"
        "except ModuleNotFoundError as error:\n"
        "    print(error)\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == (
        f'hirehooks.{adapter} needs {framework}: pip install "hirehooks[{adapter}]"'
    ), run.stdout + run.stderr
