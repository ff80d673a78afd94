"""Every code block of README.md runs as shown, in order, in one namespace and one working folder.

Conventions (stated here, followed by README.md):
- ```python blocks run in one shared namespace. A block of `>>>` lines is a doctest session: its shown
  output must match (`...` stands for any text). A block whose first line is `# file: NAME` is written
  to NAME in the working folder instead of run (a test file a later console block runs, say).
- ```console blocks run each `$ command` with bash in the working folder, the hirehooks command of this
  interpreter first on PATH, as on an 80-column terminal; `$?` is the previous command's status. What
  the block shows under a command must equal its stdout followed by its stderr (`...` stands for any
  text, across lines).
- ```sh and ```make blocks are set-up and development commands (installing, the make targets): not run.
- A block right after a `<!-- pending: why -->` line is not run; test_readme_has_no_pending_blocks fails
  while one is left, so a pending block can only be a step between two commits. Likewise a figure
  written as TO MEASURE in README.md or docs/ fails test_no_figure_is_left_to_measure.
"""

from __future__ import annotations

import doctest
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
PENDING = re.compile(r"<!-- pending: (.*?) -->\n$")
RUN = {"python", "console"}
NOT_RUN = {"sh", "make"}
FILE_LINE = re.compile(r"# file: (\S+)\n")


class Block(NamedTuple):
    language: str
    text: str
    line: int
    pending: str | None


def blocks() -> list[Block]:
    text = README.read_text()
    found = []
    for match in FENCE.finditer(text):
        before = text[: match.start()]
        pending = PENDING.search(before)
        found.append(
            Block(match.group(1), match.group(2), before.count("\n") + 1, pending and pending.group(1))
        )
    return found


def matches(shown: str, actual: str) -> bool:
    """Whether output equals what is shown, `...` standing for any text (across lines too)."""
    pattern = ".*".join(re.escape(part) for part in shown.strip("\n").split("..."))
    return re.fullmatch(pattern, actual.strip("\n"), re.DOTALL) is not None


def run_python(block: Block, namespace: dict[str, Any], folder: Path) -> None:
    if (named := FILE_LINE.match(block.text)) is not None:
        (folder / named.group(1)).write_text(block.text)
    elif block.text.startswith(">>> "):
        test = doctest.DocTestParser().get_doctest(block.text, namespace, "README", str(README), block.line)
        report: list[str] = []
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        result = runner.run(test, out=report.append, clear_globs=False)
        namespace.update(test.globs)
        assert result.failed == 0, "".join(report)
    else:
        exec(compile(block.text, f"{README}:{block.line}", "exec"), namespace)


def commands(block: Block) -> list[tuple[str, str]]:
    """Each `$ command` of a console block with the output shown under it."""
    steps: list[tuple[str, str]] = []
    for line in block.text.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], ""))
        else:
            command, shown = steps[-1]
            steps[-1] = (command, shown + line + "\n")
    return steps


def run_console(block: Block, folder: Path) -> None:
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    environment = {**os.environ, "PATH": path, "COLUMNS": "80"}
    status = 0
    for command, shown in commands(block):
        done = subprocess.run(
            ["bash", "-c", f"(exit {status}); {command}"],
            cwd=folder,
            env=environment,
            capture_output=True,
            text=True,
            timeout=300,
        )
        status = done.returncode
        actual = done.stdout + done.stderr
        assert matches(shown, actual), f"README.md:{block.line}: $ {command}\nshown:\n{shown}\ngot:\n{actual}"


def test_every_block_is_python_console_or_a_set_up_command() -> None:
    assert {block.language for block in blocks()} <= RUN | NOT_RUN


def test_output_matching_takes_ellipsis_for_any_text_and_nothing_else() -> None:
    assert matches("4 passed in ...\n", "4 passed in 0.51s\n")
    assert matches("first\n...\nlast", "first\nsecond\nthird\nlast")
    assert not matches("1 bodies checked", "2 bodies checked")


def test_readme_has_no_pending_blocks() -> None:
    assert [(block.line, block.pending) for block in blocks() if block.pending] == []


@pytest.mark.parametrize(
    "document", [README, *sorted((ROOT / "docs").glob("*.md"))], ids=lambda path: path.name
)
def test_no_figure_is_left_to_measure(document: Path) -> None:
    unmeasured = [
        number for number, line in enumerate(document.read_text().splitlines(), 1) if "TO MEASURE" in line
    ]
    assert unmeasured == [], f"{document.name}: lines {unmeasured} still say TO MEASURE"


def test_readme_blocks_run_as_shown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    namespace: dict[str, Any] = {"__name__": "readme"}
    for block in blocks():
        if block.pending is not None or block.language not in RUN:
            continue
        if block.language == "python":
            run_python(block, namespace, tmp_path)
        else:
            run_console(block, tmp_path)
