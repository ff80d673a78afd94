"""The schema walker (``hirehooks._walk``, private): it has no public API of its own, and what it must get
right — every draft 2020-12 applicator, never a property named like a keyword — is clearest tested on
small hand-written schemas rather than through the catalog's bundles (decision D43)."""

from __future__ import annotations

from typing import Any

import pytest

from hirehooks._walk import APPLIES_TO, Coverage, Path, Schema, rebuild, subschema_keywords

LEAF: Schema = {"title": "leaf"}

SUBSCHEMA_KEYWORDS: dict[str, tuple[Any, Path]] = {
    # Draft 2020-12 keywords whose value holds subschemas (Core §8.2.4, §10; Validation §8; Unevaluated
    # §11), each with a value holding LEAF and where LEAF sits in it. Written out from the specification,
    # so referencing's knowledge is checked against it, not copied.
    "$defs": ({"a": LEAF}, ("a",)),
    "definitions": ({"a": LEAF}, ("a",)),
    "allOf": ([LEAF], (0,)),
    "anyOf": ([{}, LEAF], (1,)),
    "oneOf": ([LEAF], (0,)),
    "not": (LEAF, ()),
    "if": (LEAF, ()),
    "then": (LEAF, ()),
    "else": (LEAF, ()),
    "dependentSchemas": ({"a": LEAF}, ("a",)),
    "prefixItems": ([{}, LEAF], (1,)),
    "items": (LEAF, ()),
    "contains": (LEAF, ()),
    "properties": ({"a": LEAF}, ("a",)),
    "patternProperties": ({"^a": LEAF}, ("^a",)),
    "additionalProperties": (LEAF, ()),
    "propertyNames": (LEAF, ()),
    "unevaluatedItems": (LEAF, ()),
    "unevaluatedProperties": (LEAF, ()),
    "contentSchema": (LEAF, ()),
}


def _seen(schema: Schema) -> Schema:
    return {**schema, "seen": True}


def _at(value: Any, path: Path) -> Any:
    for part in path:
        value = value[part]
    return value


def test_referencing_knows_exactly_the_subschema_keywords_of_the_specification() -> None:
    assert set(subschema_keywords()) == set(SUBSCHEMA_KEYWORDS)


def test_every_subschema_keyword_has_a_place_in_a_value() -> None:
    assert set(APPLIES_TO) == set(subschema_keywords())


@pytest.mark.parametrize("keyword", sorted(SUBSCHEMA_KEYWORDS))
def test_rebuild_reaches_the_subschemas_under_every_keyword(keyword: str) -> None:
    value, where = SUBSCHEMA_KEYWORDS[keyword]
    rebuilt = rebuild({"type": "object", keyword: value}, _seen)
    assert _at(rebuilt[keyword], where) == {"title": "leaf", "seen": True}
    assert rebuilt["seen"] is True
    assert LEAF == {"title": "leaf"}  # a copy was changed, not the input


def test_rebuild_changes_innermost_first() -> None:
    order: list[str] = []

    def record(schema: Schema) -> Schema:
        order.append(schema.get("title", "?"))
        return schema

    rebuild({"title": "outer", "if": {"title": "middle", "items": {"title": "inner"}}}, record)
    assert order == ["inner", "middle", "outer"]


def test_rebuild_never_takes_a_property_named_like_a_keyword_or_a_value_for_a_schema() -> None:
    lookalike = {"items": {"title": "not a schema"}, "properties": {"a": {}}}
    schema = {
        "properties": {
            "items": {"type": "string"},
            "not": {"type": "integer"},
            "properties": {"type": "object"},
            "$ref": {"type": "boolean"},
        },
        "enum": [lookalike],
        "const": lookalike,
        "default": lookalike,
        "examples": [lookalike],
        "x-vendor": lookalike,
    }
    changed: list[Schema] = []
    rebuilt = rebuild(schema, lambda sub: changed.append(sub) or sub)
    assert [sub.get("type") for sub in changed] == ["string", "integer", "object", "boolean", None]
    for keyword in ("const", "default", "x-vendor"):
        assert rebuilt[keyword] is lookalike
    assert rebuilt["enum"] == [lookalike] and rebuilt["examples"] == [lookalike]


def test_rebuild_leaves_boolean_subschemas_as_they_are() -> None:
    assert rebuild({"additionalProperties": False, "items": True}, _seen) == {
        "additionalProperties": False,
        "items": True,
        "seen": True,
    }


MARK: Schema = {"x-pii": True}

COVERED: list[tuple[str, Schema, Path]] = [
    # (what, schema, where in a value the marked subschema applies)
    ("properties", {"properties": {"a": MARK}}, ("a",)),
    ("a property named items", {"properties": {"items": MARK}}, ("items",)),
    ("a property named oneOf", {"properties": {"oneOf": MARK}}, ("oneOf",)),
    ("patternProperties", {"patternProperties": {"^a": MARK}}, ("ab",)),
    ("additionalProperties", {"properties": {"a": {}}, "additionalProperties": MARK}, ("b",)),
    ("unevaluatedProperties", {"unevaluatedProperties": MARK}, ("b",)),
    ("items", {"items": MARK}, (3,)),
    ("prefixItems", {"prefixItems": [{}, MARK]}, (1,)),
    ("items after prefixItems", {"prefixItems": [{}], "items": MARK}, (1,)),
    ("contains", {"contains": MARK}, (0,)),
    ("unevaluatedItems", {"unevaluatedItems": MARK}, (0,)),
    ("allOf", {"allOf": [{"properties": {"a": MARK}}]}, ("a",)),
    ("anyOf", {"anyOf": [{}, {"properties": {"a": MARK}}]}, ("a",)),
    ("oneOf", {"oneOf": [{"properties": {"a": {}}}, {"properties": {"a": MARK}}]}, ("a",)),
    ("if", {"if": {"properties": {"a": MARK}}}, ("a",)),
    ("then", {"if": {}, "then": {"properties": {"a": MARK}}}, ("a",)),
    ("else", {"if": {}, "else": {"properties": {"a": MARK}}}, ("a",)),
    ("dependentSchemas", {"dependentSchemas": {"b": {"properties": {"a": MARK}}}}, ("a",)),
    (
        "$ref",
        {"$defs": {"A": {"properties": {"a": MARK}}}, "properties": {"x": {"$ref": "#/$defs/A"}}},
        ("x", "a"),
    ),
    ("nested", {"properties": {"a": {"items": {"anyOf": [{"properties": {"b": MARK}}]}}}}, ("a", 0, "b")),
]


def _position(coverage: Coverage, path: Path) -> tuple[Schema, ...]:
    position = coverage.top()
    for part in path:
        position = coverage.member(position, part) if isinstance(part, str) else coverage.item(position, part)
    return position


@pytest.mark.parametrize(("what", "schema", "path"), COVERED, ids=[case[0] for case in COVERED])
def test_coverage_finds_a_mark_under_every_applicator(what: str, schema: Schema, path: Path) -> None:
    coverage = Coverage(schema, lambda sub: bool(sub.get("x-pii")))
    assert any(sub.get("x-pii") for sub in _position(coverage, path))
    kind = "members" if isinstance(path[0], str) else "items"
    assert coverage.marked_inside(coverage.top(), kind)


@pytest.mark.parametrize(
    ("schema", "path"),
    [
        ({"properties": {"items": MARK}}, (0,)),  # a property named items is no items keyword
        ({"properties": {"a": MARK}, "additionalProperties": {}}, ("b",)),  # declared elsewhere
        ({"prefixItems": [MARK], "items": {}}, (1,)),  # past the prefix
        ({"not": {"properties": {"a": MARK}}}, ("a",)),  # describes refused values (D44)
        ({"propertyNames": MARK}, ("a",)),  # applies to keys
        ({"$defs": {"A": {"properties": {"a": MARK}}}}, ("a",)),  # a definition nobody refers to
    ],
)
def test_coverage_finds_no_mark_where_none_applies(schema: Schema, path: Path) -> None:
    coverage = Coverage(schema, lambda sub: bool(sub.get("x-pii")))
    assert not any(sub.get("x-pii") for sub in _position(coverage, path))


def test_marks_inside_count_every_path_of_a_reference_cycle() -> None:
    # B refers back to A, and A's mark lies inside B only through A: the cycle must not hide it.
    schema = {
        "$defs": {
            "A": {"properties": {"b": {"$ref": "#/$defs/B"}, "m": MARK}},
            "B": {"properties": {"a": {"$ref": "#/$defs/A"}}},
        },
        "properties": {"b": {"$ref": "#/$defs/B"}},
    }
    coverage = Coverage(schema, lambda sub: bool(sub.get("x-pii")))
    below_b = coverage.member(coverage.top(), "b")
    assert coverage.marked_inside(below_b, "members")
    assert not coverage.marked_inside(below_b, "items")
