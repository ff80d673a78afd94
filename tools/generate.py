"""Regenerate ``generated/hirehooks_generated`` from ``schemas/``: bundled schemas, models, OpenAPI, catalog;
and the typed surface over the models: ``hirehooks/models/`` and ``hirehooks/_names.py``.

``python -m tools.generate`` rewrites them; ``--check`` builds them in a temporary directory and exits 1
when any file differs from the committed one. The models come from the one driver and option list,
``hirehooks._codegen.write_models``, which ``hirehooks generate`` runs downstream too.

Every payload and API body gets a dotted name (see ``bodies``), a bundled schema and a model module (one
family: ``parse(strict=True)`` closes the objects at validation time, decision D30); every vendor gets one
published OpenAPI document (see ``published_openapi``).
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from hirehooks._codegen import OWN_HEADER, class_name, write_models, write_package_init
from tools.bundle import BASE_URI, SCHEMAS, bundle, load_registry
from tools.check_examples import examples
from tools.openapi import component_schema, merge, snake_case

ROOT = SCHEMAS.parent
GENERATED = ROOT / "generated" / "hirehooks_generated"
PACKAGE = GENERATED.name
RUNTIME = ROOT / "hirehooks"  # where the typed surface (models/, _names.py) is generated


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


def build(out: Path) -> None:
    """Write the whole generated package into ``out``."""
    names: dict[str, dict[str, Any]] = {}
    write_package_init(
        out, OWN_HEADER, "Models, bundled schemas and OpenAPI documents generated from schemas/."
    )
    (out / "py.typed").write_text("")
    found = bodies()
    for body in found:
        schema_path = f"schemas/{body.name}.schema.json"
        write_json(out / schema_path, body.schema)
        names[body.name] = {
            "kind": body.kind,
            "schema": schema_path,
            "module": f"{PACKAGE}.{body.name}",
            "model": class_name(body.schema["title"]),
        }
    write_models(out, {body.name: body.schema for body in found})
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


def _classes(path: Path) -> list[str]:
    """The classes a generated module defines, in source order."""
    tree = ast.parse(path.read_text())
    return [
        node.name for node in tree.body if isinstance(node, ast.ClassDef) and not node.name.startswith("_")
    ]


def _import_block(imports: dict[str, list[str]], indent: str = "") -> Iterator[str]:
    """``from module import (...)`` per module, sorted, one name a line (ruff keeps that shape)."""
    for module in sorted(imports):
        yield f"{indent}from {module} import (\n"
        yield from (f"{indent}    {name},\n" for name in sorted(imports[module], key=str.lower))
        yield f"{indent})\n"


def _names_module(catalog: dict[str, Any]) -> str:
    """``hirehooks/_names.py``: the ``Name`` Literal, the ``Parse`` protocol (one overload per name) and
    the ``On`` protocol of ``Hooks.on`` (one overload per event)."""
    entries = catalog["names"]
    roots: dict[str, list[str]] = {}
    for found in entries.values():
        roots.setdefault(found["module"], []).append(found["model"])
    models = [found["model"] for found in entries.values()]
    if len(set(models)) != len(models):
        raise ValueError("two names have root classes of one name: hirehooks._names cannot import both")
    lines = [
        f"{OWN_HEADER}\n",
        '"""Every name ``parse`` takes (``Name``), ``parse`` typed per name (``Parse``): a literal name\n',
        "gives its generated class, any other ``str`` a ``BaseModel``; and ``Hooks.on`` typed per event\n",
        "(``On``): a handler of a literal event takes its class. The model modules are imported for type\n",
        'checkers only, so that ``import hirehooks`` loads none of them."""\n\n',
        "from __future__ import annotations\n\n",
        "from collections.abc import Callable\n",
        "from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, overload\n\n",
        "from pydantic import BaseModel\n\n",
        "from hirehooks._body import Body\n\n",
        "if TYPE_CHECKING:\n",
        *_import_block(roots, "    "),
        "\nName = Literal[\n",
        *(f'    "{name}",\n' for name in sorted(entries)),
        "]\n",
        '"""Every name ``parse``, ``validate`` and ``schema`` take."""\n\n\n',
        "class Parse(Protocol):\n",
        '    """The type of ``hirehooks.parse``: the model class of each name."""\n',
    ]
    for name in sorted(entries):
        lines.append(_overload(f'Literal["{name}"]', entries[name]["model"]))
    lines.append(_overload("str", "BaseModel"))
    lines += [
        '\n\nModel = TypeVar("Model")\n',
        'Result = TypeVar("Result")\n\n\n',
        "class Register(Protocol[Model]):\n",
        '    """What ``Hooks.on(name)`` returns: a decorator of a handler that takes ``Model``."""\n\n',
        "    def __call__(\n        self,\n        handler: Callable[[Model], Result],\n        /,\n"
        "    ) -> Callable[[Model], Result]: ...\n\n\n",
        "class On(Protocol):\n",
        '    """The type of ``Hooks.on``: the handler of each event takes its model class."""\n',
    ]
    for name in sorted(name for name, found in entries.items() if found["kind"] == "event"):
        lines.append(_on_overload(f'Literal["{name}"]', entries[name]["model"]))
    lines.append(_on_overload("str", "Any"))
    return "".join(lines)


def _on_overload(event: str, model: str) -> str:
    return (
        "\n    @overload\n    def __call__(\n        self,\n"
        f"        name: {event},\n        /,\n    ) -> Register[{model}]: ...\n"
    )


def _overload(event: str, model: str) -> str:
    return (
        "\n    @overload\n    def __call__(\n        self,\n"
        f"        event: {event},\n        body: Body,\n        *,\n"
        f"        strict: bool = ...,\n        max_bytes: int = ...,\n    ) -> {model}: ...\n"
    )


def _models_modules(package: Path, catalog: dict[str, Any]) -> dict[str, str]:
    """``hirehooks/models/...``: one module per vendor (and per API version below it), re-exporting every
    class of its names' modules; the source text by path relative to ``hirehooks/``.

    A sibling's model is one class (``hirehooks._codegen`` imports it where it repeats); a nested class
    that two modules define alike, owned by neither (Xobin's ``XobinWebhookEndpoint``, in request and
    response), is exported as the copy of the first name in sort order (decision D32).
    """
    by_package: dict[tuple[str, ...], dict[str, str]] = {}  # package -> class -> defining module
    for name in sorted(catalog["names"]):
        found = catalog["names"][name]
        *parts, _ = name.split(".")
        exports = by_package.setdefault(tuple(parts), {})
        for model in _classes(package.joinpath(*name.split(".")).with_suffix(".py")):
            if model == found["model"] or model not in exports:
                exports[model] = found["module"]
    parents = {parts[:level] for parts in by_package for level in range(1, len(parts))}
    listed = "".join(f"- ``hirehooks.models.{'.'.join(parts)}``\n" for parts in sorted(by_package))
    texts = {
        "models/__init__.py": f'{OWN_HEADER}\n"""The generated model classes, one module per vendor and API '
        f'version:\n\n{listed}"""\n'
    }
    for parts, exports in sorted(by_package.items()):
        path = "/".join(
            ["models", *parts, "__init__.py"]
            if parts in parents
            else ["models", *parts[:-1], f"{parts[-1]}.py"]
        )
        imports: dict[str, list[str]] = {}
        for model, module in exports.items():
            imports.setdefault(module, []).append(model)
        owned = sorted(n for n in catalog["names"] if n.rsplit(".", 1)[0] == ".".join(parts))
        listed = "".join(f"- ``{n}``: ``{catalog['names'][n]['model']}``\n" for n in owned)
        doc = f'"""The model classes of the {".".join(parts)} bodies; ``parse`` of each name gives:\n\n'
        doc += f'{listed}"""\n\n'
        texts[path] = "".join(
            [
                f"{OWN_HEADER}\n",
                doc,
                *_import_block(imports),
                "\n__all__ = [\n",
                *(f'    "{model}",\n' for model in sorted(exports)),
                "]\n",
            ]
        )
    return texts


def build_typed(package: Path, runtime: Path) -> None:
    """Write the typed surface of the package built in ``package`` into ``runtime`` (a ``hirehooks/``)."""
    catalog = json.loads((package / "catalog.json").read_text())
    runtime.mkdir(parents=True, exist_ok=True)
    (runtime / "_names.py").write_text(_names_module(catalog))
    for relative, text in _models_modules(package, catalog).items():
        (runtime / relative).parent.mkdir(parents=True, exist_ok=True)
        (runtime / relative).write_text(text)


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths of files that differ, or exist on one side only."""
    if not left.exists():
        return sorted(str(path.relative_to(right)) for path in right.rglob("*") if path.is_file())
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
        shutil.rmtree(RUNTIME / "models", ignore_errors=True)
        build(GENERATED)
        build_typed(GENERATED, RUNTIME)
        print(f"wrote {GENERATED.relative_to(ROOT)}, hirehooks/models and hirehooks/_names.py")
        return 0
    with tempfile.TemporaryDirectory() as fresh:
        stale = out_of_date(Path(fresh))
    for path in stale:
        print(f"out of date: {path}", file=sys.stderr)
    if stale:
        print("generated files are out of date: run `make generate` and commit the result", file=sys.stderr)
    return 1 if stale else 0


def out_of_date(scratch: Path) -> list[str]:
    """Every generated file (path from the repository root) that a fresh build in ``scratch`` changes."""
    build(scratch / PACKAGE)
    build_typed(scratch / PACKAGE, scratch / "hirehooks")
    stale = [f"generated/{PACKAGE}/{path}" for path in differences(GENERATED, scratch / PACKAGE)]
    stale += [
        f"hirehooks/models/{path}"
        for path in differences(RUNTIME / "models", scratch / "hirehooks" / "models")
    ]
    names = RUNTIME / "_names.py"
    if not names.exists() or names.read_text() != (scratch / "hirehooks" / "_names.py").read_text():
        stale.append("hirehooks/_names.py")
    return stale


if __name__ == "__main__":
    sys.exit(main())
