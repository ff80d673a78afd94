"""Coverage-guided fuzzing of the body path with atheris (``make fuzz``); the check is ``target.py``.

Starts from a corpus of every stored example; an exception escaping ``one_input`` is a crash that
atheris reports with its input. Options after the script name go to libFuzzer (``-runs=N``).
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import hirehooks  # noqa: F401 - imported here so that atheris instruments it

from fuzz.target import one_input

if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
