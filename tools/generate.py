"""Regenerate ``generated/hirehooks_generated`` from ``schemas/``: bundled schemas, models, catalog.

``python -m tools.generate`` rewrites the package; ``--check`` builds it in a temporary directory and
exits 1 when any file differs from the committed one (the drift check of ``make test``).
Generator options live in pyproject.toml under ``[tool.datamodel-codegen]``.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tools.bundle import SCHEMAS, bundle, load_registry

ROOT = SCHEMAS.parent
GENERATED = ROOT / "generated" / "hirehooks_generated"
PACKAGE = GENERATED.name
HEADER = "# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).\n"
CODEGEN = Path(sys.executable).parent / "datamodel-codegen"


def ints_stay_ints(node: Any) -> Any:
    """Type JSON ``number`` as ``integer | number`` so models keep ``78`` an int and ``78.5`` a float.

    A plain ``float`` field would turn the sender's ``78`` into ``78.0`` when dumped.
    """
    if isinstance(node, list):
        return [ints_stay_ints(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: ints_stay_ints(value) for key, value in node.items()}
    types = node.get("type")
    if types == "number" or (isinstance(types, list) and "number" in types and "integer" not in types):
        listed = [types] if isinstance(types, str) else types
        out["type"] = [t for kind in listed for t in (("integer", "number") if kind == "number" else (kind,))]
    return out


def write_json(path: Path, document: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def write_package_init(directory: Path, doc: str) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "__init__.py").write_text(f'{HEADER}"""{doc}"""\n')


def codegen(schema: dict[str, Any], output: Path, extra_fields: str, scratch: Path) -> None:
    source = scratch / f"{output.parent.name}-{extra_fields}-{output.stem}.json"
    write_json(source, ints_stay_ints(schema))
    command = [str(CODEGEN), "--input", str(source), "--output", str(output)]
    options = ["--extra-fields", extra_fields, "--custom-file-header", HEADER.rstrip("\n")]
    subprocess.run(command + options, cwd=ROOT, check=True)


def build(out: Path) -> None:
    """Write the whole generated package into ``out``."""
    registry = load_registry()
    catalog: dict[str, dict[str, str]] = {}
    write_package_init(out, "Models and bundled schemas generated from schemas/ by tools/generate.py.")
    (out / "py.typed").write_text("")
    with tempfile.TemporaryDirectory() as scratch:
        for vendor_dir in sorted(path.parent for path in SCHEMAS.glob("*/events")):
            vendor = vendor_dir.name
            write_package_init(out / vendor, f"{vendor} models: open objects (unknown fields kept).")
            write_package_init(
                out / vendor / "strict", f"{vendor} models: closed objects (unknown fields rejected)."
            )
            for event_file in sorted(vendor_dir.glob("events/*.schema.json")):
                event = event_file.name.removesuffix(".schema.json")
                document = bundle(json.loads(event_file.read_text())["$id"], registry)
                schema_path = Path("schemas") / vendor / f"{event}.schema.json"
                write_json(out / schema_path, document)
                codegen(document, out / vendor / f"{event}.py", "allow", Path(scratch))
                codegen(document, out / vendor / "strict" / f"{event}.py", "forbid", Path(scratch))
                catalog[f"{vendor}.{event}"] = {
                    "schema": schema_path.as_posix(),
                    "module": f"{PACKAGE}.{vendor}.{event}",
                    "strict_module": f"{PACKAGE}.{vendor}.strict.{event}",
                    "model": document["title"],
                }
    write_json(out / "catalog.json", catalog)


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths of files that differ, or exist on one side only."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: Path) -> None:
        found.extend(str(prefix / name) for name in cmp.left_only + cmp.right_only + cmp.diff_files)
        for name, sub in cmp.subdirs.items():
            walk(sub, prefix / name)

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), Path())
    return sorted(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ is out of date")
    args = parser.parse_args()
    if not args.check:
        shutil.rmtree(GENERATED, ignore_errors=True)
        build(GENERATED)
        print(f"wrote {GENERATED.relative_to(ROOT)}")
        return 0
    with tempfile.TemporaryDirectory() as fresh:
        build(Path(fresh) / PACKAGE)
        stale = differences(GENERATED, Path(fresh) / PACKAGE) if GENERATED.exists() else ["(missing)"]
    for path in stale:
        print(f"out of date: generated/{PACKAGE}/{path}", file=sys.stderr)
    if stale:
        print("generated/ is out of date: run `make generate` and commit the result", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
