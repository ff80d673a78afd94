"""``--suggest``: the JSON Patches, applied to a copy of ``schemas/`` and bundled again, make the planted
deviations disappear; ``schemas/`` itself is never touched; the stub names the evidence.

Bundles with ``tools.bundle`` and validates with ``hirehooks._validation.closed`` (strict mode), as
``make generate`` does, so the patched schemas are judged the way hirehooks would ship them."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from hirehooks import drift
from hirehooks._catalog import bundled_schema
from hirehooks._cli import main
from hirehooks._drift_suggest import write_suggestions
from hirehooks._validation import closed
from tests.drift.corpus import APPLIED, REPORT, applied, check_report, reports
from tools.bundle import SCHEMAS, bundle, load_registry


def _apply(document: Any, patch: list[dict[str, Any]]) -> Any:
    """RFC 6902 ``add`` and ``replace`` (all ``suggest`` writes), each at an RFC 6901 pointer."""
    for op in patch:
        assert op["op"] in ("add", "replace")
        *parents, last = [part.replace("~1", "/").replace("~0", "~") for part in op["path"].split("/")[1:]]
        target = document
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if op["op"] == "replace":
            assert last in target  # replace needs the member to exist
        else:
            assert last not in target  # the patch adds only fields the schema lacks
        target[last] = op["value"]
    return document


def _digest(folder: Path) -> str:
    files = sorted(path for path in folder.rglob("*") if path.is_file())
    return hashlib.sha256(b"".join(path.read_bytes() for path in files)).hexdigest()


def test_applied_patches_make_the_planted_deviations_disappear(tmp_path: Path) -> None:
    found = drift.report(drift.profile([json.dumps(body).encode() for body in [*applied(), *reports()]]))
    check_report(found)
    before = _digest(SCHEMAS)
    assert write_suggestions(found, tmp_path / "out", SCHEMAS) == 2
    assert _digest(SCHEMAS) == before  # proposed, never applied
    patches = sorted(
        path.relative_to(tmp_path / "out").as_posix() for path in (tmp_path / "out").rglob("*.patch.json")
    )
    # rank is declared in the shared scorecard question, not in the event file
    assert patches == [
        "heymilo/common/scorecard_question.schema.patch.json",
        "hirempire/events/applicant_applied.schema.patch.json",
    ]
    copy = tmp_path / "schemas"
    shutil.copytree(SCHEMAS, copy)
    for patch in patches:
        target = copy / patch.replace(".patch.json", ".json")
        patched = _apply(json.loads(target.read_text()), json.loads((tmp_path / "out" / patch).read_text()))
        target.write_text(json.dumps(patched))
    registry = load_registry(copy)
    for name, bodies in ((APPLIED, applied()), (REPORT, reports())):
        uri = bundled_schema(name)["$id"]
        strict = Draft202012Validator(closed(bundle(uri, registry)))
        before_patch = Draft202012Validator(closed(bundled_schema(name)))
        assert any(not before_patch.is_valid(body) for body in bodies)
        assert [list(strict.iter_errors(body)) for body in bodies] == [[] for _ in bodies]


def test_the_stub_names_the_evidence_and_what_no_patch_answers(tmp_path: Path) -> None:
    bodies = [json.dumps(body).encode() for body in applied()]
    missing = json.loads(bodies[3])  # one without the planted culture_fit
    del missing["applicant"]["ai_evaluation"]["decision"]
    found = drift.report(drift.profile([*bodies, json.dumps(missing).encode()]), sources=["log.jsonl"])
    check_report(found)
    write_suggestions(found, tmp_path, SCHEMAS)
    stub = (tmp_path / "DECISIONS-stub.md").read_text()
    assert "Sources: `log.jsonl`; 41 bodies, lenient mode." in stub
    assert "### D?. `hirempire/events/applicant_applied.schema.json`" in stub
    assert "`/applicant/ai_evaluation/culture_fit`: undeclared, seen as string, in 12 of 41 bodies" in stub
    assert "`/applicant/source`: null where string is documented, in 2 of 41 bodies" in stub
    assert (
        "## Not proposed as a patch" in stub
        and "`/applicant/ai_evaluation/decision`: required, in 1 of 41" in stub
    )


def test_without_a_schemas_folder_suggest_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """As from an installed wheel, which ships no ``schemas/``."""
    source = tmp_path / "one.jsonl"
    source.write_bytes(json.dumps(applied()[0]).encode() + b"\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("hirehooks._drift_suggest.__file__", str(tmp_path / "site" / "hirehooks" / "x.py"))
    assert main(["drift", "--suggest", "out", str(source)]) == 2
    captured = capsys.readouterr()
    assert "run it from the clone's root" in captured.err and captured.out == ""  # refused before the work
    assert not (tmp_path / "out").exists()
