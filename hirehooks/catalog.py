"""The registered events: their bundled schemas and, imported only on first use, their models."""

from __future__ import annotations

import copy
import functools
import importlib
import json
from importlib.resources import files
from typing import TYPE_CHECKING, Any, TypedDict

from hirehooks.errors import UnknownEventError

if TYPE_CHECKING:  # pydantic is imported with the first model, not with hirehooks
    from pydantic import BaseModel

GENERATED = "hirehooks_generated"


class Entry(TypedDict):
    schema: str
    module: str
    strict_module: str
    model: str


@functools.cache
def _catalog() -> dict[str, Entry]:
    catalog: dict[str, Entry] = json.loads(files(GENERATED).joinpath("catalog.json").read_text("utf-8"))
    return catalog


def events() -> list[str]:
    """Every event name hirehooks knows, e.g. ``"heymilo.report_available"``, sorted."""
    return sorted(_catalog())


def entry(event: str) -> Entry:
    try:
        return _catalog()[event]
    except (KeyError, TypeError):
        raise UnknownEventError(event, events()) from None


@functools.cache
def bundled_schema(event: str) -> dict[str, Any]:
    """The shared, cached copy of the event's bundled schema: callers must not mutate it."""
    document: dict[str, Any] = json.loads(
        files(GENERATED).joinpath(entry(event)["schema"]).read_text("utf-8")
    )
    return document


def schema(event: str) -> dict[str, Any]:
    """The event's JSON Schema as one self-contained document (no external ``$ref``), yours to change."""
    return copy.deepcopy(bundled_schema(event))


def model_class(event: str, *, strict: bool = False) -> type[BaseModel]:
    """The generated model for ``event``: open objects, or closed ones with ``strict``."""
    found = entry(event)
    module = importlib.import_module(found["strict_module" if strict else "module"])
    model: type[BaseModel] = getattr(module, found["model"])
    return model
