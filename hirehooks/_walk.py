"""The one schema walker: how JSON Schema (draft 2020-12) subschemas nest, and which of them govern each
value of a body.

Which keywords hold subschemas, and in what shape (one schema, a list or a map of them), is what
``referencing``'s draft 2020-12 specification finds under each keyword of the 2020-12 meta-schemas
(``subschema_keywords``). Where each applies to a value — the value itself, an object's members, an
array's items, or no value of the body — is the split of JSON Schema Core §10, which neither library
exposes: ``APPLIES_TO`` (decision D43; a test checks it places exactly referencing's keywords).
References are ``$ref`` only (what a bundle holds), resolved by ``referencing``.

Two walks of a value use it. ``Coverage`` gives every subschema that may apply at a position, whichever
branch the value takes, so ``redact`` masks by name and position even in an invalid body. ``positions``
follows the one branch a valid value matches (``oneOf``/``anyOf`` of objects, or of ``required`` lists),
which the test strategies need to break a body exactly once.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

Path = tuple[str | int, ...]
Schema = dict[str, Any]

_DELETE = object()
_UNDECLARED = object()
_PAST_PREFIX = object()

SAME_VALUE = "same value"
MEMBERS = "members"
ITEMS = "items"
NO_VALUE = "no value"

APPLIES_TO = {
    "allOf": SAME_VALUE,
    "anyOf": SAME_VALUE,
    "oneOf": SAME_VALUE,
    "if": SAME_VALUE,
    "then": SAME_VALUE,
    "else": SAME_VALUE,
    "dependentSchemas": SAME_VALUE,
    "properties": MEMBERS,
    "patternProperties": MEMBERS,
    "additionalProperties": MEMBERS,
    "unevaluatedProperties": MEMBERS,
    "prefixItems": ITEMS,
    "items": ITEMS,
    "contains": ITEMS,
    "unevaluatedItems": ITEMS,
    "not": NO_VALUE,  # describes values that are refused, not the value there
    "propertyNames": NO_VALUE,  # applies to the keys, which are never masked
    "contentSchema": NO_VALUE,  # applies to a string's decoded content: an annotation in 2020-12
    "$defs": NO_VALUE,
    "definitions": NO_VALUE,
}
"""Where each subschema keyword applies (JSON Schema Core §10: in-place and child applicators)."""


@functools.cache
def subschema_keywords() -> dict[str, str]:
    """Every draft 2020-12 keyword whose value holds subschemas: ``"schema"``, ``"list"`` or ``"map"``.

    Asks ``referencing``'s specification what it finds under each keyword of the 2020-12 meta-schemas
    in a probe ``{keyword: {"p": PROBE}}``: the object itself (one schema), ``PROBE`` (a map of
    schemas) or ``"p"`` (it iterated a list).
    """
    # The meta-schemas jsonschema validates against; referencing and jsonschema load on first use (60 ms).
    from jsonschema_specifications import REGISTRY  # type: ignore[import-untyped]
    from referencing.jsonschema import DRAFT202012

    probe: Schema = {"$comment": "probe"}
    keywords = {
        keyword
        for uri in REGISTRY
        if uri.startswith("https://json-schema.org/draft/2020-12/")
        for keyword in REGISTRY.contents(uri).get("properties", {})
    }
    shapes = {}
    for keyword in sorted(keywords):
        found = list(DRAFT202012.subresources_of({keyword: {"p": probe}}))
        if found == [{"p": probe}]:
            shapes[keyword] = "schema"
        elif found == [probe]:
            shapes[keyword] = "map"
        elif found == ["p"]:
            shapes[keyword] = "list"
    return shapes


def subschemas(schema: Schema, keyword: str) -> list[Any]:
    """The subschemas ``schema`` holds under ``keyword`` (booleans included), none if it holds none."""
    value, shape = schema.get(keyword), subschema_keywords().get(keyword)
    if shape == "schema" and keyword in schema:
        return [value]
    if shape == "list" and isinstance(value, list):
        return list(value)
    if shape == "map" and isinstance(value, dict):
        return list(value.values())
    return []


def rebuild(schema: Any, change: Callable[[Schema], Schema]) -> Any:
    """A copy of ``schema`` with ``change`` applied to every subschema, innermost first, then to itself.

    Only values of subschema keywords are subschemas: a property named ``items``, or an ``enum``,
    ``const`` or ``default`` value shaped like a schema, is never taken for one.
    """
    if not isinstance(schema, dict):
        return schema
    shapes = subschema_keywords()
    out = dict(schema)
    for key, value in schema.items():
        shape = shapes.get(key)
        if shape == "schema":
            out[key] = rebuild(value, change)
        elif shape == "list" and isinstance(value, list):
            out[key] = [rebuild(sub, change) for sub in value]
        elif shape == "map" and isinstance(value, dict):
            out[key] = {name: rebuild(sub, change) for name, sub in value.items()}
    return change(out)


_lookups: dict[int, tuple[Schema, Callable[[str], Any]]] = {}


def _lookup(root: Schema) -> Callable[[str], Any]:
    """``referencing``'s lookup of a reference inside ``root`` alone (a bundle refers only inside itself),
    kept per root."""
    cached = _lookups.get(id(root))
    if cached is not None and cached[0] is root:
        return cached[1]
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    uri = root.get("$id", "")
    resource = Resource.from_contents(root, default_specification=DRAFT202012)
    lookup: Callable[[str], Any] = Registry().with_resource(uri, resource).resolver(base_uri=uri).lookup
    if len(_lookups) >= 64:  # roots are the catalog's cached bundles; a test's own stay few
        _lookups.clear()
    _lookups[id(root)] = (root, lookup)  # the root is kept, so its id cannot be reused
    return lookup


def resolve(schema: Schema, root: Schema) -> Schema:
    """``schema`` with its ``$ref`` chain followed inside ``root``."""
    while "$ref" in schema:
        target: Schema = _lookup(root)(schema["$ref"]).contents
        schema = target
    return schema


class Coverage:
    """Every subschema of ``root`` that may apply at a position of a value, whichever branch it takes:
    the union over ``oneOf``/``anyOf``/``allOf`` branches, ``if``/``then``/``else`` and
    ``dependentSchemas``, ``$ref`` followed; members by name (``properties``, matching
    ``patternProperties``, else ``additionalProperties``; ``unevaluatedProperties`` always), items by
    index (``prefixItems``, else ``items``; ``contains`` and ``unevaluatedItems`` always).

    A position is a tuple of object subschemas, each once. ``marked`` tells the subschemas
    ``marked_inside`` looks for.
    """

    def __init__(self, root: Schema, marked: Callable[[Schema], bool]) -> None:
        self.root = root
        self.marked = marked
        self._below: dict[int, dict[str, bool]] | None = None
        # Positions are interned, so what is learnt of one is remembered by its id. Every cache is bounded
        # by the schema, not by the bodies walked: an undeclared name or an index past the prefix is one key.
        self._interned: dict[tuple[int, ...], tuple[Schema, ...]] = {}
        self._steps: dict[tuple[int, object], tuple[Schema, ...]] = {}
        self._prefixes: dict[int, int] = {}
        self._facts: dict[int, tuple[bool, bool, bool]] = {}

    def top(self) -> tuple[Schema, ...]:
        """The position of a whole body."""
        return self.expand([self.root])

    def expand(self, schemas: Iterable[Any]) -> tuple[Schema, ...]:
        """``schemas`` and every subschema that applies to the same value, each once, in order."""
        found: dict[int, Schema] = {}
        pending = list(schemas)
        while pending:
            schema = pending.pop(0)
            if not isinstance(schema, dict) or id(schema) in found:
                continue
            found[id(schema)] = schema
            if "$ref" in schema:
                pending.append(resolve({"$ref": schema["$ref"]}, self.root))
            for keyword, applies in APPLIES_TO.items():
                if applies == SAME_VALUE:
                    pending.extend(subschemas(schema, keyword))
        return self._interned.setdefault(tuple(found), tuple(found.values()))

    def member(self, schemas: tuple[Schema, ...], name: object) -> tuple[Schema, ...]:
        """What may apply to the member ``name`` of an object at ``schemas``."""
        declared = any(name in schema.get("properties", ()) for schema in schemas)
        if not declared and any("patternProperties" in schema for schema in schemas):
            return self._member(schemas, name)  # which patterns match depends on the name itself
        key = (id(schemas), name if declared else _UNDECLARED)
        if key not in self._steps:
            self._steps[key] = self._member(schemas, name)
        return self._steps[key]

    def _member(self, schemas: tuple[Schema, ...], name: object) -> tuple[Schema, ...]:
        found: list[Any] = []
        for schema in schemas:
            properties = schema.get("properties")
            patterns = schema.get("patternProperties")
            declared = isinstance(properties, dict) and name in properties
            if declared:
                found.append(properties[name])  # type: ignore[index]
            if isinstance(patterns, dict):
                matching = [sub for pattern, sub in patterns.items() if _matches(pattern, name)]
                declared = declared or bool(matching)
                found.extend(matching)
            if not declared:
                found.extend(subschemas(schema, "additionalProperties"))
            found.extend(subschemas(schema, "unevaluatedProperties"))
        return self.expand(found)

    def item(self, schemas: tuple[Schema, ...], index: int) -> tuple[Schema, ...]:
        """What may apply to the item at ``index`` of an array at ``schemas``."""
        prefix = self._prefixes.get(id(schemas))
        if prefix is None:
            prefix = max((len(subschemas(schema, "prefixItems")) for schema in schemas), default=0)
            self._prefixes[id(schemas)] = prefix
        key = (id(schemas), index if index < prefix else _PAST_PREFIX)
        if key not in self._steps:
            found: list[Any] = []
            for schema in schemas:
                listed = subschemas(schema, "prefixItems")
                found.extend(listed[index : index + 1] or subschemas(schema, "items"))
                found.extend(subschemas(schema, "contains") + subschemas(schema, "unevaluatedItems"))
            self._steps[key] = self.expand(found)
        return self._steps[key]

    def marked_inside(self, schemas: tuple[Schema, ...], kind: str) -> bool:
        """Whether a marked subschema may apply anywhere inside a value of ``kind`` at ``schemas``
        (``MEMBERS``: an object, at any depth below its members; ``ITEMS``: an array)."""
        below = self._marks_below()
        return any(below[id(schema)][kind] for schema in schemas)

    def facts(self, schemas: tuple[Schema, ...]) -> tuple[bool, bool, bool]:
        """Whether ``schemas`` holds a marked subschema, and ``marked_inside`` for ``MEMBERS`` and
        ``ITEMS``: what redact asks of every value, remembered per position."""
        found = self._facts.get(id(schemas))
        if found is None:
            marked = any(self.marked(schema) for schema in schemas)
            found = (marked, self.marked_inside(schemas, MEMBERS), self.marked_inside(schemas, ITEMS))
            self._facts[id(schemas)] = found
        return found

    def _marks_below(self) -> dict[int, dict[str, bool]]:
        """For every subschema of the root, whether a mark lies below its members and below its items:
        a fixpoint over the schema graph, so ``$ref`` cycles count every path."""
        if self._below is not None:
            return self._below
        nodes: dict[int, Schema] = {}
        pending: list[Any] = [self.root]
        while pending:
            schema = pending.pop()
            if isinstance(schema, dict) and id(schema) not in nodes:
                nodes[id(schema)] = schema
                pending.extend(sub for keyword in schema for sub in subschemas(schema, keyword))
                if "$ref" in schema:
                    pending.append(resolve({"$ref": schema["$ref"]}, self.root))
        children = {
            (key, kind): [self.expand([sub]) for sub in self._applied(schema, kind)]
            for key, schema in nodes.items()
            for kind in (MEMBERS, ITEMS)
        }
        below = {key: {MEMBERS: False, ITEMS: False} for key in nodes}
        changed = True
        while changed:
            changed = False
            for (key, kind), positions_below in children.items():
                if not below[key][kind] and any(
                    self.marked(child) or below[id(child)][MEMBERS] or below[id(child)][ITEMS]
                    for position in positions_below
                    for child in position
                ):
                    below[key][kind] = changed = True
        self._below = below
        return below

    @staticmethod
    def _applied(schema: Schema, kind: str) -> Iterator[Any]:
        for keyword, applies in APPLIES_TO.items():
            if applies == kind:
                yield from subschemas(schema, keyword)


def _matches(pattern: str, name: object) -> bool:
    if not isinstance(name, str):  # a decoded mapping's odd key: any pattern may be meant for it
        return True
    try:
        return re.search(pattern, name) is not None
    except re.error:  # an ECMA-262 pattern Python cannot read: it may apply, so count it
        return True


def branches(schema: Schema, root: Schema) -> list[Schema]:
    """The ``oneOf``/``anyOf`` branches, each merged with the rest of ``schema`` into one object schema."""
    key = "oneOf" if "oneOf" in schema else "anyOf"
    rest = {name: value for name, value in schema.items() if name != key}
    merged = []
    for branch in (resolve(branch, root) for branch in schema.get(key, ())):
        properties = {**rest.get("properties", {}), **branch.get("properties", {})}
        required = [
            *rest.get("required", ()),
            *(n for n in branch.get("required", ()) if n not in rest.get("required", ())),
        ]
        merged.append({**rest, **branch, "properties": properties, "required": required})
    return merged


def governing(schema: Schema, body: Any, root: Schema) -> Schema:
    """The schema that governs ``body``: for a union, the branch that ``body`` is valid against."""
    schema = resolve(schema, root)
    union: list[Schema] = schema.get("oneOf") or schema.get("anyOf") or []
    alternatives = [resolve(branch, root) for branch in union]
    if not any("properties" in branch for branch in alternatives):
        return schema  # an anyOf of required lists: the object's own schema governs
    from jsonschema import Draft202012Validator  # on first use: keeps `import hirehooks` light

    for branch in branches(schema, root):
        if Draft202012Validator({**branch, "$defs": root.get("$defs", {})}).is_valid(body):
            return branch
    return schema


def allowed_types(schema: Schema) -> set[str] | None:
    """JSON types the schema admits (an integer is a number); None when it admits any value.

    Reads ``type``, or an ``anyOf``/``oneOf`` of plain typed branches (``[{"type": "string"},
    {"type": "null"}]``, as the vendor's OpenAPI writes nullability).
    """
    alternatives = schema.get("anyOf", schema.get("oneOf", []))
    if "type" in schema:
        declared = [schema["type"]]
    elif alternatives and all("type" in branch and "$ref" not in branch for branch in alternatives):
        declared = [branch["type"] for branch in alternatives]
    else:
        return None
    types = {kind for value in declared for kind in ([value] if isinstance(value, str) else value)}
    return types | {"integer"} if "number" in types else types


def positions(root: Schema, body: Any) -> Iterator[tuple[Path, Schema, Any]]:
    """``(path, schema, value)`` for the body and every value inside it that the governing schema declares
    (``properties``, an ``additionalProperties`` schema for the other members, and ``items``), along the
    branch each valid value matches."""
    stack: list[tuple[Path, Schema, Any]] = [((), root, body)]
    while stack:
        path, schema, value = stack.pop()
        schema = governing(schema, value, root)
        yield path, schema, value
        if isinstance(value, dict):
            declared = schema.get("properties", {})
            others = schema.get("additionalProperties")
            for name, member in value.items():
                sub = declared.get(name, others if isinstance(others, dict) else None)
                if sub is not None:
                    stack.append(((*path, name), sub, member))
        elif isinstance(value, list) and "items" in schema:
            stack.extend(((*path, index), schema["items"], item) for index, item in enumerate(value))


def replaced(body: Any, path: Path, value: Any = _DELETE) -> Any:
    """A copy of ``body`` with the value at ``path`` set (or deleted); only the path is copied."""
    head, rest = path[0], path[1:]
    copy: Any = dict(body) if isinstance(body, dict) else list(body)
    if rest:
        copy[head] = replaced(body[head], rest, value)
    elif value is _DELETE:
        del copy[head]
    else:
        copy[head] = value
    return copy
