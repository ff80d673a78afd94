"""Regenerate ``generated/hirehooks_generated`` from ``schemas/``: bundled schemas, models, OpenAPI, catalog.

``python -m tools.generate`` rewrites the package; ``--check`` builds it in a temporary directory and
exits 1 when any file differs from the committed one. Generator options live in pyproject.toml under
``[tool.datamodel-codegen]``.

Every payload and API body gets a dotted name (see ``bodies``), a bundled schema, a lenient and a strict
model module; every vendor gets one published OpenAPI document (see ``published_openapi``).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, NamedTuple

from hirehooks._codegen import class_name, codegen_input
from tools.bundle import BASE_URI, SCHEMAS, bundle, load_registry
from tools.check_examples import examples
from tools.openapi import component_schema, merge, snake_case

ROOT = SCHEMAS.parent
GENERATED = ROOT / "generated" / "hirehooks_generated"
PACKAGE = GENERATED.name
HEADER = "# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).\n"
CODEGEN = Path(sys.executable).parent / "datamodel-codegen"


class Body(NamedTuple):
    name: str  # e.g. "heymilo.report_available", "heymilo.v1.webhook", "xobin.webhook_settings_request"
    kind: str  # "event" (a webhook payload) or "api" (a registration API request or response)
    schema: dict[str, Any]


def _fragments(directory: Path) -> list[tuple[str, dict[str, Any]]]:
    return [(path.name, json.loads(path.read_text())) for path in sorted(directory.glob("*.openapi.json"))]


def source_name(path: Path) -> str:
    """The name a schema file defines: ``schemas/V/events/E.schema.json`` is ``V.E``,
    ``schemas/V/api/[D/]B.schema.json`` is ``V.[D.]B``."""
    vendor, _events_or_api, *subfolders = path.relative_to(SCHEMAS).parent.parts
    return ".".join([vendor, *subfolders, path.name.removesuffix(".schema.json")])


def bodies() -> list[Body]:
    """Every named body, sorted by name: the schema files of ``events/`` and ``api/`` (``source_name``),
    and each component of the merged fragments ``schemas/V/api/D/*.openapi.json`` as
    ``V.D.<snake_case name>``."""
    registry = load_registry()
    found = [
        Body(
            source_name(path),
            "event" if path.parent.name == "events" else "api",
            bundle(_uri(path), registry),
        )
        for path in sorted([*SCHEMAS.glob("*/events/*.schema.json"), *SCHEMAS.glob("*/api/**/*.schema.json")])
    ]
    for directory in sorted({path.parent for path in SCHEMAS.glob("*/api/**/*.openapi.json")}):
        merged = merge(_fragments(directory))
        prefix = ".".join(directory.relative_to(SCHEMAS).parts[:1] + directory.relative_to(SCHEMAS).parts[2:])
        for component in merged["components"]["schemas"]:
            uri = _uri(directory / f"{snake_case(component)}.schema.json")
            found.append(
                Body(f"{prefix}.{snake_case(component)}", "api", component_schema(merged, component, uri))
            )
    return sorted(found)


def _uri(path: Path) -> str:
    return BASE_URI + path.relative_to(SCHEMAS).as_posix()


def published_openapi(vendor: str) -> dict[str, Any]:
    """The vendor's hand-written ``openapi.json`` merged with its vendor fragments, every schema inlined."""
    skeleton = SCHEMAS / vendor / "openapi.json"
    registry = load_registry()
    document = bundle(_uri(skeleton), registry, into=("components", "schemas"))
    directories = sorted({path.parent for path in (SCHEMAS / vendor).glob("api/**/*.openapi.json")})
    fragments = [fragment for directory in directories for fragment in _fragments(directory)]
    merged = merge([("openapi.json", document), *fragments])
    rank = {
        key: n
        for n, key in enumerate(["openapi", "info", "servers", "security", "tags", "paths", "webhooks"])
    }
    ordered = {key: merged[key] for key in sorted(merged, key=lambda key: rank.get(key, len(rank)))}
    from tools.openapi import generator_friendly

    return generator_friendly(ordered)


def write_json(path: Path, document: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def write_package_init(directory: Path, doc: str) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "__init__.py").write_text(f'{HEADER}"""{doc}"""\n')


def codegen(schema: dict[str, Any], output: Path, extra_fields: str, scratch: Path) -> None:
    """Run datamodel-codegen on ``schema``; ``scratch`` is a directory of this call's own."""
    source = scratch / "input.json"
    write_json(source, codegen_input(schema))
    command = [str(CODEGEN), "--input", str(source), "--output", str(output)]
    options = ["--extra-fields", extra_fields, "--class-name", class_name(schema["title"])]
    subprocess.run([*command, *options, "--custom-file-header", HEADER.rstrip("\n")], cwd=ROOT, check=True)


def build(out: Path) -> None:
    """Write the whole generated package into ``out``."""
    names: dict[str, dict[str, Any]] = {}
    runs: list[tuple[dict[str, Any], Path, str]] = []
    write_package_init(out, "Models, bundled schemas and OpenAPI documents generated from schemas/.")
    (out / "py.typed").write_text("")
    for body in bodies():
        *package, module = body.name.split(".")
        lenient = out.joinpath(*package)
        if not (lenient / "__init__.py").exists():
            write_package_init(lenient, f"{'.'.join(package)} models: open objects (unknown fields kept).")
            write_package_init(lenient / "strict", f"{'.'.join(package)} models: closed objects.")
        schema_path = f"schemas/{body.name}.schema.json"
        write_json(out / schema_path, body.schema)
        runs.append((body.schema, lenient / f"{module}.py", "allow"))
        runs.append((body.schema, lenient / "strict" / f"{module}.py", "forbid"))
        names[body.name] = {
            "kind": body.kind,
            "schema": schema_path,
            "module": ".".join([PACKAGE, *package, module]),
            "strict_module": ".".join([PACKAGE, *package, "strict", module]),
            "model": class_name(body.schema["title"]),
        }
    # One generator process per module; the runs are independent, so they share the cores.
    with tempfile.TemporaryDirectory() as scratch, ThreadPoolExecutor(os.cpu_count()) as pool:
        for done in [pool.submit(codegen, *run, Path(scratch, str(index))) for index, run in enumerate(runs)]:
            done.result()
    for name, path in examples():  # packaged, so installed consumers have them too
        names[name].setdefault("examples", []).append(f"examples/{name}/{path.name}")
        (out / "examples" / name).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, out / "examples" / name / path.name)
    openapi = {}
    for skeleton in sorted(SCHEMAS.glob("*/openapi.json")):
        vendor = skeleton.parent.name
        openapi[vendor] = f"openapi/{vendor}.openapi.json"
        write_json(out / openapi[vendor], published_openapi(vendor))
    write_json(out / "catalog.json", {"names": names, "openapi": openapi})


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
