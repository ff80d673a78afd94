"""Propose schema changes from a drift report: one RFC 6902 JSON Patch per file of ``schemas/``, never
applied, and a decision-log stub naming the evidence.

A patch adds each undeclared field (with the JSON types seen) and widens each type deviation or null
(the types seen are added to ``type``), in the file where the object or field is declared: the bundled
schema's ``$defs/<title>`` is the file of that title under ``schemas/`` (a bundle inlines each file by its
title), so a field of a shared object is added once, in ``common/``, for every event that uses it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hirehooks._catalog import bundled_schema
from hirehooks._errors import ConfigError

BASE_URI = "https://hirehooks.invalid/schemas/"
STUB = "DECISIONS-stub.md"
PATCHED = ("undeclared", "type", "null")
"""The deviation kinds a patch answers; the others (a missing required field, a value out of range)
are evidence for a person to weigh, listed in the stub."""

Node = tuple[str, tuple[str, ...], dict[str, Any]]
"""A subschema: the file declaring it (relative to ``schemas/``), its JSON Pointer parts there, itself."""


def schemas_folder() -> Path:
    """The ``schemas/`` folder of the clone hirehooks runs from (or of the current directory)."""
    for candidate in (Path.cwd() / "schemas", Path(__file__).resolve().parent.parent / "schemas"):
        if any(candidate.glob("*/events/*.schema.json")):
            return candidate
    raise ConfigError(
        "--suggest needs the schemas/ folder of a hirehooks clone: run it from the clone's root"
    )


def _titles(schemas: Path) -> dict[str, str]:
    found = {}
    for path in sorted(schemas.rglob("*.schema.json")):
        title = json.loads(path.read_text("utf-8")).get("title")
        if isinstance(title, str):
            found[title] = path.relative_to(schemas).as_posix()
    return found


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _pointer(parts: tuple[str, ...]) -> str:
    return "".join("/" + _escape(part) for part in parts)


class _Bundle:
    """A name's bundled schema, read back as the files it was bundled from."""

    def __init__(self, name: str, titles: dict[str, str]) -> None:
        self.root = bundled_schema(name)
        self.file = str(self.root["$id"]).removeprefix(BASE_URI)
        self.titles = titles

    def expand(self, node: Node) -> list[Node]:
        """The node and every subschema that applies to the same value (``$ref``, ``allOf``, ``anyOf``,
        ``oneOf``), each once, in order."""
        found: dict[int, Node] = {}
        pending = [node]
        while pending:
            file, parts, schema = pending.pop(0)
            if not isinstance(schema, dict) or id(schema) in found:
                continue
            found[id(schema)] = (file, parts, schema)
            reference = schema.get("$ref")
            if isinstance(reference, str) and reference.startswith("#/$defs/"):
                title = reference.removeprefix("#/$defs/")
                target = self.root.get("$defs", {}).get(title)
                if title in self.titles:
                    pending.append((self.titles[title], (), target))
                else:
                    pending.append((self.file, ("$defs", title), target))
            for keyword in ("allOf", "anyOf", "oneOf"):
                for index, branch in enumerate(schema.get(keyword, ())):
                    pending.append((file, (*parts, keyword, str(index)), branch))
        return list(found.values())

    def locate(self, path: str) -> list[Node]:
        """The subschemas declaring a folded path, expanded; none when it cannot be followed."""
        nodes = self.expand((self.file, (), self.root))
        for segment in path.split("/")[1:]:
            name = segment.replace("~1", "/").replace("~0", "~")
            nodes = [step for node in nodes for step in self._steps(node, name)][:1]
            if not nodes:
                return []
            nodes = self.expand(nodes[0])
        return nodes

    @staticmethod
    def _steps(node: Node, name: str) -> Iterator[Node]:
        file, parts, schema = node
        properties = schema.get("properties", {})
        if name in properties:
            yield file, (*parts, "properties", name), properties[name]
        elif name == "*":
            for keyword in ("items", "additionalProperties"):
                if isinstance(schema.get(keyword), dict):
                    yield file, (*parts, keyword), schema[keyword]


def _widened(declared: Any, seen: list[str]) -> list[str]:
    types = [declared] if isinstance(declared, str) else list(declared)
    for kind in seen:
        if kind not in types and not (kind == "integer" and "number" in types):
            types.append(kind)
    return types


def _type_value(types: list[str]) -> str | list[str]:
    if "number" in types and "integer" in types:
        types = [kind for kind in types if kind != "integer"]
    return types[0] if len(types) == 1 else types


class _Patches:
    """The operations per file, one per target, merged across names and deviations."""

    def __init__(self) -> None:
        self.ops: dict[str, dict[str, dict[str, Any]]] = {}
        self.evidence: dict[str, list[str]] = {}
        self.unhandled: list[str] = []

    def add(self, file: str, op: dict[str, Any], note: str) -> None:
        ops = self.ops.setdefault(file, {})
        known = ops.get(op["path"])
        if known is None:
            ops[op["path"]] = op
        elif op["op"] == "add" and "type" in op["value"]:
            merged = _widened(known["value"]["type"], _types_of(op["value"]["type"]))
            known["value"]["type"] = _type_value(merged)
        elif op["op"] == "replace":
            known["value"] = _type_value(_widened(known["value"], _types_of(op["value"])))
        self.evidence.setdefault(file, []).append(note)


def _types_of(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _note(name: str, deviation: dict[str, Any], bodies: int) -> str:
    kind, path, count = deviation["kind"], deviation["path"] or "(body)", deviation["bodies"]
    expected, seen = " or ".join(deviation.get("expected", [])), ", ".join(deviation.get("seen", {}))
    what = {
        "undeclared": f"undeclared, seen as {', '.join(deviation.get('types', {}))}",
        "type": f"expected {expected}, seen {seen}",
        "null": f"null where {expected} is documented",
    }.get(kind, kind)
    return f"`{name}` `{path}`: {what}, in {count} of {bodies} bodies ({deviation['share'] * 100:.1f} %)"


def _propose(patches: _Patches, bundle: _Bundle, name: str, deviation: dict[str, Any], bodies: int) -> None:
    note = _note(name, deviation, bodies)
    kind, path = deviation["kind"], deviation["path"]
    if kind == "undeclared":
        parent, _, field = path.rpartition("/")
        owners = [node for node in bundle.locate(parent) if "properties" in node[2]]
        if owners:
            file, parts, _ = owners[0]
            field = field.replace("~1", "/").replace("~0", "~")
            value = {
                "type": _type_value(sorted(deviation["types"])),
                "description": "Not in the vendor's documents: seen in recorded deliveries (hirehooks drift)",
            }
            patches.add(
                file, {"op": "add", "path": _pointer((*parts, "properties", field)), "value": value}, note
            )
            return
    elif kind in ("type", "null") and path:
        nodes = bundle.locate(path)
        typed = [node for node in nodes if "type" in node[2]]
        if typed:
            file, parts, schema = typed[0]
            widened = _type_value(_widened(schema["type"], sorted(deviation["seen"])))
            patches.add(file, {"op": "replace", "path": _pointer((*parts, "type")), "value": widened}, note)
            return
    patches.unhandled.append(note)


def suggest(
    report: dict[str, Any], schemas: Path | None = None
) -> tuple[dict[str, list[dict[str, Any]]], str]:
    """The JSON Patch of each schema file that traffic shows should change (by its path under
    ``schemas/``), and the decision-log stub (markdown) that names the evidence."""
    titles = _titles(schemas or schemas_folder())
    patches = _Patches()
    for stats in report["names"]:
        bundle = _Bundle(stats["name"], titles)
        for deviation in stats["deviations"]:
            if deviation["kind"] in PATCHED:
                _propose(patches, bundle, stats["name"], deviation, stats["bodies"])
            else:
                patches.unhandled.append(_note(stats["name"], deviation, stats["bodies"]))
    proposed = {file: list(ops.values()) for file, ops in sorted(patches.ops.items())}
    return proposed, _stub(report, proposed, patches)


def _stub(report: dict[str, Any], proposed: dict[str, list[dict[str, Any]]], patches: _Patches) -> str:
    sources = ", ".join(f"`{source}`" for source in report["sources"]) or "(none named)"
    mode = "strict" if report["strict"] else "lenient"
    lines = [
        "# Drift evidence (hirehooks drift --suggest)",
        "",
        f"Sources: {sources}; {report['bodies']} bodies, {mode} mode. Each entry goes into",
        "`schemas/DECISIONS.md` under its vendor, with the next free D number, once decided.",
    ]
    for file in proposed:
        lines += [
            "",
            f"### D?. `{file}`: what recorded deliveries show",
            "- Evidence: " + "; ".join(patches.evidence[file]) + ".",
            f"- Decision: (to decide) apply `{_patch_name(file)}` in whole or in part, or explain why not.",
            "- Test: (to name)",
        ]
    unknown = report["unknown"]["bodies"] + report["unknown"]["not_object"]
    if unknown:
        bodies = "1 body" if unknown == 1 else f"{unknown} bodies"
        patches.unhandled.append(f"{bodies} of no known shape (their key sets are in the report)")
    if patches.unhandled:
        lines += ["", "## Not proposed as a patch (for a person to weigh)", ""]
        lines += [f"- {note}" for note in patches.unhandled]
    return "\n".join(lines) + "\n"


def _patch_name(file: str) -> str:
    return file.removesuffix(".json") + ".patch.json"


def write_suggestions(report: dict[str, Any], folder: Path, schemas: Path | None = None) -> int:
    """Write each patch as ``<file>.patch.json`` (its path under ``schemas/``) and the stub into
    ``folder``; how many patches were written."""
    proposed, stub = suggest(report, schemas)
    for file, ops in proposed.items():
        target = folder / _patch_name(file)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(ops, indent=2, ensure_ascii=False) + "\n", "utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / STUB).write_text(stub, "utf-8")
    return len(proposed)
