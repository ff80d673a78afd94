"""Profile recorded deliveries against their schemas: where, per JSON path and with counts, traffic departs
from the documented contract.

A ``Profile`` holds plain counters (dicts, ints and strings, so it pickles and merges): per name, how many
bodies were seen, valid and invalid, which declared paths were seen, each deviation by kind and folded
path, and the values of strings the docs give examples for without closing them. Every count is of
bodies: a deviation met twice in one body (in two array items) counts once.

Paths are JSON Pointers folded so that their number stays bounded by the schema: an array index, and a
member an object's ``additionalProperties``/``patternProperties`` admit (a map key), become ``*``
(``/questions/*/score``). A folded path is never longer than the schema's declared paths plus one
undeclared name, so memory is bounded by distinct paths, which are capped per name in turn
(``MAX_PATHS``, keeping the smallest in sort order, so any split of a corpus keeps the same ones).

No value is ever kept but the candidate-enum strings, and never at a ``x-pii``/``x-secret`` path:
validation problems are read for their kind and path only.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from hirehooks._body import decode
from hirehooks._catalog import bundled_schema, entry, events
from hirehooks._detection import detect
from hirehooks._errors import PayloadError
from hirehooks._problems import json_type
from hirehooks._redact import MASK, sensitive
from hirehooks._validation import schema_problems
from hirehooks._walk import Coverage, Schema, _matches, subschemas

REPORT_VERSION = 1
MAX_PATHS = 2000
"""Most distinct paths kept per name for each table (paths seen, deviations, candidate enums); past it
the paths that sort last are dropped and their counts added to a ``dropped`` counter."""
ENUM_VALUES = 10
"""Most distinct values a candidate enum may have; a path with more is an open string."""
ENUM_VALUE_CHARS = 64
"""A longer string is no enum member: its path is taken as open."""
ENUM_EVIDENCE = 3
"""A closed set is reported only when it has two values or more (one is a constant, or a corpus of
copies) and each was seen in at least this many bodies."""
MAX_KEY_SETS = 100
"""Most distinct top-level key sets kept for the bodies no schema fits (the smallest in sort order)."""
MAX_KEYS = 32
"""Most keys shown of one such key set (the first in sort order; the set's size is kept)."""

KINDS = ("undeclared", "required", "type", "null", "range", "length", "pattern", "enum", "other")
"""Deviation kinds at a path. ``undeclared`` is a member no schema declares (invalid only in strict
mode); the others are the validator's problems, by kind; ``other`` is a union no branch of fits."""

_EXAMPLES = re.compile(r"\be\.g\.|\bexamples? shows?\b", re.IGNORECASE)
_TYPE = re.compile(r"expected ([a-z]+(?: or [a-z]+)*), got ([a-z]+)")
_RANGE = re.compile(r".* is out of range: must be at (?:least|most) \S+")
_LENGTH = re.compile(r"has \d+ (?:characters|items): must have at (?:least|most) \d+")
_ENUM = re.compile(r".* is (?:not one of .*|not (?!a ').*)", re.DOTALL)
_PATTERN = re.compile(r".* does not match .*", re.DOTALL)

Counts = dict[str, int]
_MAP_MEMBER = "\x00map member"
"""The key under which a place remembers the step to any member its ``additionalProperties`` admit."""


def _kind(message: str) -> tuple[str, str, str] | None:
    """``(kind, expected, seen)`` of a validator message (``_problems`` writes them); None for an
    undeclared member, which the walk counts itself."""
    if message == "required property is missing":
        return "required", "", ""
    if message == "unexpected property (strict mode)":
        return None
    if found := _TYPE.fullmatch(message):
        expected, seen = found.group(1), found.group(2)
        return ("null" if seen == "null" else "type"), expected, seen
    if _RANGE.fullmatch(message):
        return "range", "", ""
    if _LENGTH.fullmatch(message):
        return "length", "", ""
    if _PATTERN.fullmatch(message):
        return "pattern", "", ""
    if _ENUM.fullmatch(message):
        return "enum", "", ""
    return "other", "", ""


def _segment(key: str) -> str:
    return "/" + key.replace("~", "~0").replace("/", "~1")


def _unescape(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


class _Place:
    """What the walk needs of one position of a schema (its subschemas, and whether a mark lies on it
    or above it), worked out once; the steps to its declared members are remembered."""

    __slots__ = (
        "_items",
        "_members",
        "_owner",
        "closed_shape",
        "declared",
        "enum_like",
        "items",
        "marked",
        "opaque",
        "open_members",
        "patterns",
        "prefix",
        "schemas",
    )

    def __init__(self, owner: _Schema, schemas: tuple[Schema, ...], marked: bool) -> None:
        self._owner, self.schemas, self.marked = owner, schemas, marked
        self.declared = {name for schema in schemas for name in schema.get("properties", ())}
        self.patterns = [p for schema in schemas for p in schema.get("patternProperties", ())]
        self.open_members = any(
            isinstance(schema.get("additionalProperties"), dict) or schema.get("additionalProperties") is True
            for schema in schemas
        )
        self.closed_shape = any("properties" in schema for schema in schemas)
        self.opaque = not (self.closed_shape or self.open_members or self.patterns)
        self.items = any(
            subschemas(schema, "items") or subschemas(schema, "prefixItems") for schema in schemas
        )
        self.prefix = max((len(subschemas(schema, "prefixItems")) for schema in schemas), default=0)
        strings = [schema for schema in schemas if "string" in _types(schema)]
        self.enum_like = (
            not marked
            and bool(strings)
            and not any("enum" in schema or "const" in schema for schema in schemas)
            and any(
                "examples" in schema or _EXAMPLES.search(str(schema.get("description", "")))
                for schema in strings
            )
        )
        self._members: dict[str, tuple[str, _Place]] = {}
        self._items: _Place | None = None

    def member(self, key: str) -> tuple[str, _Place | None]:
        """The member's path segment and place; no place when no schema declares it. A member that
        ``additionalProperties`` or ``patternProperties`` admit (a map key) folds to ``*``."""
        step = self._members.get(key if key in self.declared else _MAP_MEMBER)
        if step is not None:
            return step
        remembered: str | None
        if key in self.declared:
            segment, remembered = _segment(key), key
        elif self.open_members or any(_matches(pattern, key) for pattern in self.patterns):
            segment, remembered = "/*", None if self.patterns else _MAP_MEMBER  # patterns: by key
        else:
            return _segment(key), None
        owner = self._owner
        step = segment, owner.place(owner.coverage.member(self.schemas, key), self.marked)
        if remembered is not None:  # declared names and one entry for all map keys: bounded by the schema
            self._members[remembered] = step
        return step

    def item(self, index: int) -> _Place:
        if self._items is not None and index >= self.prefix:
            return self._items
        owner = self._owner
        found = owner.place(owner.coverage.item(self.schemas, index), self.marked)
        if index >= self.prefix:
            self._items = found
        return found


def _types(schema: Schema) -> list[str]:
    declared = schema.get("type", [])
    return [declared] if isinstance(declared, str) else list(declared)


class _Schema:
    """A name's bundled schema as the walk reads it: positions, their facts, declared paths."""

    def __init__(self, name: str) -> None:
        self.coverage = Coverage(bundled_schema(name), sensitive)
        self._places: dict[int, _Place] = {}

    def place(self, schemas: tuple[Schema, ...], marked: bool) -> _Place:
        key = id(schemas) * 2 + marked
        found = self._places.get(key)
        if found is None:
            found = _Place(self, schemas, marked or self.coverage.facts(schemas)[0])
            self._places[key] = found
        return found

    def top(self) -> _Place:
        return self.place(self.coverage.top(), False)

    def declared_paths(self) -> dict[str, str]:
        """Every declared folded path and its parent's (``""`` for the body), ``$ref`` cycles cut."""
        found: dict[str, str] = {}
        pending: list[tuple[str, tuple[Schema, ...], frozenset[int]]] = [
            ("", self.coverage.top(), frozenset())
        ]
        while pending:
            path, schemas, above = pending.pop()
            if id(schemas) in above or path.count("/") > 64:
                continue
            above = above | {id(schemas)}
            place = self.place(schemas, False)
            children = [
                (_segment(name), self.coverage.member(schemas, name)) for name in sorted(place.declared)
            ]
            if place.open_members:
                children.append(("/*", self.coverage.member(schemas, object())))
            if place.items:
                children.append(("/*", self.coverage.item(schemas, 1 << 30)))
            for segment, below in children:
                if path + segment not in found:
                    found[path + segment] = path
                pending.append((path + segment, below, above))
        return found


@functools.cache
def _schema(name: str) -> _Schema:
    return _Schema(name)


def _keep(table: dict[str, Any], cap: int) -> int:
    """Drop the entries past ``cap`` (those whose key sorts last); the bodies they counted."""
    if len(table) <= cap:
        return 0
    dropped = 0
    for key in sorted(table)[cap:]:
        entry_ = table.pop(key)
        dropped += entry_ if isinstance(entry_, int) else entry_["bodies"]
    return dropped


def _add_counts(into: Counts, other: Counts) -> None:
    for key, count in other.items():
        into[key] = into.get(key, 0) + count


def _new_name() -> dict[str, Any]:
    return {"bodies": 0, "valid": 0, "invalid": 0, "seen": {}, "deviations": {}, "enums": {}, "dropped": 0}


class Profile:
    """Counters of a corpus, mergeable: ``a.merge(b)`` is the profile of both corpora, whatever the split."""

    def __init__(self, *, event: str | None = None, vendor: str | None = None, strict: bool = False) -> None:
        self.event, self.vendor, self.strict = event, vendor, strict
        self.bodies = 0
        self.unreadable = 0
        self.not_object = 0
        self.unknown = 0
        self.key_sets: Counts = {}
        self.key_sets_dropped = 0
        self.names: dict[str, dict[str, Any]] = {}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Profile) and vars(self) == vars(other)

    def add(self, raw: bytes, name: str | None = None, *, masked: bool = False) -> None:
        """Count one body (as received); ``name`` says what it is, else it is detected (within the
        profile's vendor) or, with the profile's ``event``, taken as that. ``masked``: the body is a
        delivery log's, its PII masked, so a mask at a marked path is not drift (D82)."""
        self.bodies += 1
        try:
            data = decode(raw)
        except PayloadError:
            self.unreadable += 1
            return
        name = self.event or name
        if name is None:
            if not isinstance(data, dict):
                self.not_object += 1
                return
            name = detect(raw, vendor=self.vendor)  # bytes: decoded again at C speed, not walked
            if name is None:
                self.unknown += 1
                keys = sorted(key if key.isprintable() else repr(key) for key in data)
                shown = "\n".join([str(len(keys)), *keys[:MAX_KEYS]])
                self.key_sets[shown] = self.key_sets.get(shown, 0) + 1
                self.key_sets_dropped += _keep(self.key_sets, MAX_KEY_SETS)
                return
        self._profile(name, data, masked)

    def _profile(self, name: str, data: Any, masked: bool) -> None:
        stats = self.names.get(name)
        if stats is None:
            stats = self.names[name] = _new_name()
        schema = _schema(name)
        seen: set[str] = set()
        found: dict[str, set[str]] = {}  # "kind\tpath" -> details
        values: set[tuple[str, str | None]] = set()
        _walk(schema.top(), data, "", seen, found, values)
        strict_invalid = self.strict and any(key.startswith("undeclared\t") for key in found)
        problems = 0
        for problem in schema_problems(name, data, strict=self.strict):
            kind = _kind(problem.message)
            if kind is None:  # an undeclared member, recorded by the walk
                problems += 1
                continue
            path, a_mask = _fold(schema, data, problem.path)
            if masked and a_mask:
                continue
            problems += 1
            what, expected, got = kind
            details = found.setdefault(f"{what}\t{path}", set())
            if expected:
                details.add(f"{expected}\t{got}")
        stats["bodies"] += 1
        valid = not problems and not strict_invalid
        stats["valid" if valid else "invalid"] += 1
        for path in seen:
            stats["seen"][path] = stats["seen"].get(path, 0) + 1
        for key, details in found.items():
            deviation = stats["deviations"].setdefault(key, {"bodies": 0, "details": {}})
            deviation["bodies"] += 1
            _add_counts(deviation["details"], dict.fromkeys(details, 1))
        for path in {path for path, _ in values}:
            stats["enums"].setdefault(path, {"bodies": 0, "values": {}})["bodies"] += 1
        for path, value in values:
            enum = stats["enums"][path]
            if value is None:
                enum["values"] = None
            elif enum["values"] is not None:
                enum["values"][value] = enum["values"].get(value, 0) + 1
                if len(enum["values"]) > ENUM_VALUES:
                    enum["values"] = None
        _cap(stats)

    def merge(self, other: Profile) -> Profile:
        """A new profile of both corpora; ``ValueError`` when the two were taken with other options."""
        if (self.event, self.vendor, self.strict) != (other.event, other.vendor, other.strict):
            raise ValueError("profiles taken with different --event, --vendor or --strict do not merge")
        merged = Profile(event=self.event, vendor=self.vendor, strict=self.strict)
        for attribute in ("bodies", "unreadable", "not_object", "unknown", "key_sets_dropped"):
            setattr(merged, attribute, getattr(self, attribute) + getattr(other, attribute))
        merged.key_sets = dict(self.key_sets)
        _add_counts(merged.key_sets, other.key_sets)
        merged.key_sets_dropped += _keep(merged.key_sets, MAX_KEY_SETS)
        for name in sorted({*self.names, *other.names}):
            merged.names[name] = _merge_name(self.names.get(name), other.names.get(name))
        return merged


def _walk(
    place: _Place,
    value: Any,
    path: str,
    seen: set[str],
    found: dict[str, set[str]],
    values: set[tuple[str, str | None]],
) -> None:
    """Record the declared paths ``value`` holds, its undeclared members and candidate-enum strings."""
    if type(value) is dict:
        if place.opaque:
            return  # an object documented without members: its shape is not known, nothing to compare
        for key, item in value.items():
            segment, below = place.member(key)
            if below is None:
                found.setdefault(f"undeclared\t{path}{segment}", set()).add(json_type(item))
            else:
                seen.add(path + segment)
                _walk(below, item, path + segment, seen, found, values)
    elif type(value) is list:
        if place.items and value:
            inner = path + "/*"
            seen.add(inner)
            for index, item in enumerate(value):
                _walk(place.item(index), item, inner, seen, found, values)
    elif type(value) is str and place.enum_like:
        values.add((path, value if len(value) <= ENUM_VALUE_CHARS else None))


def _fold(schema: _Schema, data: Any, pointer: str) -> tuple[str, bool]:
    """A problem's JSON Pointer folded as the walk folds paths, and whether its value is a mask
    (``"[redacted]"`` or ``0`` where the schema marks PII: a delivery log's masked body, not drift)."""
    place: _Place | None = schema.top()
    node, folded, marked = data, "", False
    for part in (_unescape(segment) for segment in pointer.split("/")[1:]):
        marked = marked or (place is not None and place.marked)
        if isinstance(node, dict):
            segment, place = place.member(part) if place is not None else (_segment(part), None)
            folded += segment
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit():
            folded += "/*"
            index = int(part)
            place = place.item(index) if place is not None else None
            node = node[index] if index < len(node) else None
        else:
            folded += _segment(part)
            node, place = None, None
    marked = marked or (place is not None and place.marked)
    return folded, marked and (node == MASK or (type(node) is int and node == 0))


def _cap(stats: dict[str, Any]) -> None:
    for table in ("seen", "deviations", "enums"):
        stats["dropped"] += _keep(stats[table], MAX_PATHS)


def _merge_name(one: dict[str, Any] | None, two: dict[str, Any] | None) -> dict[str, Any]:
    merged = _new_name()
    for stats in (one, two):
        if stats is None:
            continue
        for counter in ("bodies", "valid", "invalid", "dropped"):
            merged[counter] += stats[counter]
        _add_counts(merged["seen"], stats["seen"])
        for key, deviation in stats["deviations"].items():
            into = merged["deviations"].setdefault(key, {"bodies": 0, "details": {}})
            into["bodies"] += deviation["bodies"]
            _add_counts(into["details"], deviation["details"])
        for path, enum in stats["enums"].items():
            into = merged["enums"].setdefault(path, {"bodies": 0, "values": {}})
            into["bodies"] += enum["bodies"]
            if into["values"] is None or enum["values"] is None:
                into["values"] = None
            else:
                _add_counts(into["values"], enum["values"])
                if len(into["values"]) > ENUM_VALUES:
                    into["values"] = None
    _cap(merged)
    return merged


def profile_bodies(
    bodies: Iterable[bytes], *, event: str | None = None, vendor: str | None = None, strict: bool = False
) -> Profile:
    """The profile of raw bodies, each detected (within ``vendor``) unless ``event`` names them all."""
    if event is not None:
        entry(event)
    if vendor is not None:
        events(vendor)
    profile = Profile(event=event, vendor=vendor, strict=strict)
    for raw in bodies:
        profile.add(raw)
    return profile


def _share(count: int, total: int) -> float:
    return round(count / total, 6) if total else 0.0


def _deviation(key: str, stats: dict[str, Any], bodies: int) -> dict[str, Any]:
    kind, path = key.split("\t", 1)
    found = {"kind": kind, "path": path, "bodies": stats["bodies"], "share": _share(stats["bodies"], bodies)}
    details: Counts = stats["details"]
    if kind == "undeclared":
        found["types"] = dict(sorted(details.items()))
    elif kind in ("type", "null"):
        expected = {part for detail in details for part in detail.split("\t", 1)[0].split(" or ")}
        seen: Counts = {}
        _add_counts(seen, {detail.split("\t", 1)[1]: count for detail, count in details.items()})
        found["expected"] = sorted(expected)
        found["seen"] = dict(sorted(seen.items()))
    return found


def _never_seen(name: str, seen: Counts) -> list[str]:
    """Declared paths no body held whose parent some body held: the topmost of what was never sent."""
    return sorted(
        path
        for path, parent in _schema(name).declared_paths().items()
        if path not in seen and (parent == "" or parent in seen)
    )


def _candidates(enums: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"path": path, "bodies": enum["bodies"], "values": dict(sorted(enum["values"].items()))}
        for path, enum in sorted(enums.items())
        if enum["values"] and len(enum["values"]) > 1 and min(enum["values"].values()) >= ENUM_EVIDENCE
    ]


def _order(deviation: dict[str, Any]) -> tuple[float, int, str]:
    return -deviation["share"], KINDS.index(deviation["kind"]), deviation["path"]


def _without_credentials(source: str) -> str:
    """A source as shown in a report: a URL's user and password (``s3://key:secret@bucket/…``) masked."""
    scheme, separator, rest = source.partition("://")
    authority, slash, path = rest.partition("/")
    if not separator or "@" not in authority:
        return source
    return f"{scheme}://[redacted]@{authority.rpartition('@')[2]}{slash}{path}"


def report(profile: Profile, *, sources: Iterable[str] = ()) -> dict[str, Any]:
    """The JSON report of a profile (``hirehooks/drift_report.schema.json`` describes it): per name,
    deviations sorted by the share of bodies they affect."""
    names = []
    for name, stats in sorted(profile.names.items()):
        deviations = [_deviation(key, value, stats["bodies"]) for key, value in stats["deviations"].items()]
        names.append(
            {
                "name": name,
                "bodies": stats["bodies"],
                "valid": stats["valid"],
                "invalid": stats["invalid"],
                "deviations": sorted(deviations, key=_order),
                "never_seen": _never_seen(name, stats["seen"]),
                "candidate_enums": _candidates(stats["enums"]),
                "dropped": stats["dropped"],
            }
        )
    key_sets = []
    for shown, count in sorted(profile.key_sets.items(), key=lambda item: (-item[1], item[0])):
        total, *keys = shown.split("\n")
        key_sets.append({"keys": keys, "keys_total": int(total), "bodies": count})
    return {
        "version": REPORT_VERSION,
        "sources": [_without_credentials(source) for source in sources],
        "event": profile.event,
        "vendor": profile.vendor,
        "strict": profile.strict,
        "bodies": profile.bodies,
        "unreadable": profile.unreadable,
        "unknown": {
            "bodies": profile.unknown,
            "not_object": profile.not_object,
            "key_sets": key_sets,
            "key_sets_dropped": profile.key_sets_dropped,
        },
        "names": names,
        "limits": {
            "max_paths": MAX_PATHS,
            "enum_values": ENUM_VALUES,
            "enum_value_chars": ENUM_VALUE_CHARS,
            "enum_evidence": ENUM_EVIDENCE,
            "max_key_sets": MAX_KEY_SETS,
            "max_keys": MAX_KEYS,
        },
    }
