"""The decision log and the documents name only what exists, and every cited decision id is defined.

A decision id is `D` followed by one or two digits, or `A`, `X`, `I` or `H` followed by one or two digits
(the prefixes of schemas/DECISIONS.md), standing alone: `D15`, `(D17)`, `D15/D23`, or a range `X1-X3`
(every id between). Ids are read from comments and from prose strings (a string holding whitespace), so
test data such as `"A1"` or `"A1B2C3"` is not a citation; in Markdown and in the schemas' JSON strings,
from all text. The log's own entries are checked too, but not its introduction (which says which ids
are still to come).

In every Markdown document but the changelog (which names files as they were), a backticked
`tests/<file>.py::<name>` must name a test function defined in that file, a backticked path (one starting
with a top-level folder or file of the repository, or any token ending in `.py`, `.json`, `.md` or
`.toml`) must exist from the root or from the document's folder, and a backticked `hirehooks.<name>`
must be importable.
"""

from __future__ import annotations

import ast
import importlib
import io
import json
import re
import tokenize
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOG = ROOT / "schemas" / "DECISIONS.md"
PYTHON_FOLDERS = ["hirehooks", "tools", "tests", "benchmarks", "fuzz"]
SKIPPED_FOLDERS = {".git", ".venv", "generated", "__pycache__", ".hypothesis", ".mypy_cache", ".pytest_cache"}

ONE_ID = r"(?:D\d{1,2}|[AXIH]\d{1,2})"
CITATION = re.compile(rf"(?<![\w-])({ONE_ID})(?:\s*[-\u2013]\s*({ONE_ID}))?(?![\w-])")
ENTRY = re.compile(rf"^### ({ONE_ID})\. ", re.MULTILINE)
FENCED = re.compile(r"^```.*?^```$", re.MULTILINE | re.DOTALL)
BACKTICKED = re.compile(r"`((?:[^`\n]|\n(?!\n))+)`")  # inline code, which may wrap onto the next line
FILE_ENDINGS = (".py", ".json", ".md", ".toml")


def cited_ids(text: str) -> set[str]:
    """The decision ids a text cites, ranges such as `X1-X3` expanded to every id between."""
    cited: set[str] = set()
    for match in CITATION.finditer(text):
        first, last = match.group(1), match.group(2)
        if last is not None and first[0] == last[0] and int(first[1:]) <= int(last[1:]):
            cited.update(f"{first[0]}{number}" for number in range(int(first[1:]), int(last[1:]) + 1))
        else:
            cited.update(identifier for identifier in (first, last) if identifier is not None)
    return cited


def python_prose(source: str) -> Iterator[str]:
    """The comments of a Python file and its strings that hold whitespace (docstrings, messages)."""
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT or (
            token.type == tokenize.STRING and re.search(r"\s", token.string)
        ):
            yield token.string


def json_prose(value: Any) -> Iterator[str]:
    """Every string in a JSON document that holds whitespace (descriptions), keys included."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from json_prose(key)
            yield from json_prose(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_prose(item)
    elif isinstance(value, str) and re.search(r"\s", value):
        yield value


def files(suffix: str, folders: list[Path]) -> Iterator[Path]:
    for folder in folders:
        for path in sorted(folder.rglob(f"*{suffix}")):
            if not SKIPPED_FOLDERS.intersection(path.relative_to(ROOT).parts):
                yield path


# Every document but the changelog, which names files as they were when each version was made.
DOCUMENTS = [path for path in files(".md", [ROOT]) if path != ROOT / "CHANGELOG.md"]


def log_entries() -> str:
    """The log from its first entry on (its introduction names ids still to come)."""
    text = LOG.read_text()
    return text[ENTRY.search(text).start() :]  # type: ignore[union-attr]


def citations() -> dict[Path, set[str]]:
    """Every file that cites decision ids, with the ids it cites."""
    cited: dict[Path, set[str]] = {}
    for path in files(".py", [ROOT / folder for folder in PYTHON_FOLDERS]):
        cited[path] = set().union(*map(cited_ids, python_prose(path.read_text())))
    for path in files(".md", [ROOT]):
        cited[path] = cited_ids(log_entries() if path == LOG else path.read_text())
    for path in files(".json", [ROOT / "schemas"]):
        cited[path] = set().union(*map(cited_ids, json_prose(json.loads(path.read_text()))))
    return {path: ids for path, ids in cited.items() if ids}


def defined_ids() -> list[str]:
    return ENTRY.findall(LOG.read_text())


def entries() -> dict[str, str]:
    """Each entry's text by id."""
    text = LOG.read_text()
    starts = [*ENTRY.finditer(text)]
    ends = [match.start() for match in starts[1:]] + [len(text)]
    return {
        match.group(1): re.split(r"^#{1,2} ", text[match.start() : end], flags=re.MULTILINE)[0]
        for match, end in zip(starts, ends, strict=True)
    }


def references(document: Path) -> list[str]:
    """The inline code of a document (its fenced blocks are code, not references), wrapped lines joined."""
    prose = FENCED.sub("", document.read_text())
    return [" ".join(token.split()) for token in BACKTICKED.findall(prose)]


def defined_tests(path: Path) -> set[str]:
    """`name` and `Class::name` of every test function a test file defines."""
    tree = ast.parse(path.read_text())
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test"):
            found.add(node.name)
        if isinstance(node, ast.ClassDef):
            found.update(
                f"{node.name}::{item.name}"
                for item in node.body
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and item.name.startswith("test")
            )
    return found


def missing_test(reference: str) -> str | None:
    """Why a test reference does not hold, or None when it names an existing test or test file."""
    file, _, name = reference.partition("::")
    if not file.startswith("tests/") or not file.endswith(".py"):
        return "a test is named `tests/<layer>/<file>.py::<test_name>`"
    path = ROOT / file
    if not path.is_file():
        return "no such file"
    if name and name not in defined_tests(path):
        return "no such test in that file"
    return None


def is_test_reference(token: str) -> bool:
    """A named test or test file (a `<placeholder>` form, as in the log's introduction, names none)."""
    named = (
        (token.startswith("tests/") and token.endswith(".py")) or "::" in token or token.startswith("test_")
    )
    return named and "<" not in token


def is_path(token: str) -> bool:
    if not re.fullmatch(r"[\w.<>*/-]+", token) or token.startswith(("/", ".")):
        return False
    top_level = {path.name for path in ROOT.iterdir() if not path.name.startswith(".")}
    return token.split("/")[0] in top_level or token.endswith(FILE_ENDINGS)


def path_exists(token: str, document: Path) -> bool:
    """A path from the root or from the document's folder; a `<placeholder>` part matches any name there."""
    pattern = re.sub(r"<[^>]*>", "*", token.rstrip("/"))
    folders = [ROOT, document.parent]
    return any(
        any(folder.glob(pattern)) if "*" in pattern else (folder / pattern).exists() for folder in folders
    )


def importable(dotted: str) -> bool:
    """Whether `hirehooks.a.b` is a module, or an attribute of the longest module prefix; a name is read
    up to its call or its first `<placeholder>` part."""
    parts = re.split(r"[(\[ ]|\.<", dotted, maxsplit=1)[0].split(".")
    for cut in range(len(parts), 0, -1):
        try:
            found: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attribute in parts[cut:]:
            if not hasattr(found, attribute):
                return False
            found = getattr(found, attribute)
        return True
    return False


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("(decisions D15, D22, D23; see D15/D23)", {"D15", "D22", "D23"}),
        ("DECISIONS.md X1-X3 and I1\u2013I2", {"X1", "X2", "X3", "I1", "I2"}),
        ("interview A1B2C3D4, SHA256, X-Api-Key, H1-heading, v1, 2x", set()),
        ("rule D1 and A3.", {"D1", "A3"}),
    ],
)
def test_citation_pattern_reads_ids_and_ranges_and_nothing_else(text: str, ids: set[str]) -> None:
    assert cited_ids(text) == ids


def test_python_data_strings_are_not_read_as_citations() -> None:
    source = (
        'detect({"interview_id": "A1"})  # not a citation\nassert x  # decision D9\n"""Docstring: D12."""\n'
    )
    assert set().union(*map(cited_ids, python_prose(source))) == {"D9", "D12"}


def test_inline_code_may_wrap_a_line_and_fenced_blocks_are_skipped(tmp_path: Path) -> None:
    document = tmp_path / "document.md"
    document.write_text("Call `f(x,\ny)` or `g`.\n\n```python\nh = `not inline`\n```\n\n`one` `\n\ntwo`\n")
    assert references(document) == ["f(x, y)", "g", "one"]


def test_every_decision_id_is_defined_once() -> None:
    ids = defined_ids()
    assert sorted(identifier for identifier in set(ids) if ids.count(identifier) > 1) == []


def test_every_entry_has_evidence_decision_and_a_named_test() -> None:
    incomplete = {
        identifier: [
            part for part in ("- Evidence", "- Decision", "- Test: `tests/") if f"\n{part}" not in text
        ]
        for identifier, text in entries().items()
    }
    assert {identifier: parts for identifier, parts in incomplete.items() if parts} == {}


def test_every_cited_decision_id_is_defined() -> None:
    defined = set(defined_ids())
    undefined = sorted(
        f"{path.relative_to(ROOT)}: {', '.join(sorted(ids - defined))}"
        for path, ids in citations().items()
        if ids - defined
    )
    assert not undefined, "\n".join(undefined)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_test_a_document_names_exists(document: Path) -> None:
    problems = sorted(
        f"{token}: {reason}"
        for token in set(references(document))
        if is_test_reference(token) and (reason := missing_test(token)) is not None
    )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_file_and_module_a_document_names_exists(document: Path) -> None:
    tokens = {token for token in references(document) if not is_test_reference(token)}
    missing_files = sorted(token for token in tokens if is_path(token) and not path_exists(token, document))
    missing_names = sorted(
        token for token in tokens if re.match(r"hirehooks\.\w", token) and not importable(token)
    )
    assert not missing_files + missing_names, "\n".join(missing_files + missing_names)
