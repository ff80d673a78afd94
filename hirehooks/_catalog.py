"""The registered names: their bundled schemas, published OpenAPI documents and, on first use, models."""

from __future__ import annotations

import copy
import functools
import importlib
import json
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from hirehooks._errors import UnknownNameError

if TYPE_CHECKING:  # annotations only; hirehooks._parsing imports pydantic
    from pydantic import BaseModel

GENERATED = "hirehooks_generated"


class Entry(TypedDict):
    kind: str  # "event" (webhook payload) or "api" (registration API request or response)
    schema: str
    module: str
    model: str
    examples: list[str]


class Catalog(TypedDict):
    names: dict[str, Entry]
    openapi: dict[str, str]


@functools.cache
def _generated_folder() -> Path:
    # The package's own folder rather than importlib.resources, whose import costs 8 ms of
    # `import hirehooks`: the wheel installs hirehooks_generated as plain files.
    return Path(importlib.import_module(GENERATED).__file__ or "").parent


def _read_json(resource: str) -> Any:
    return json.loads((_generated_folder() / resource).read_text("utf-8"))


@functools.cache
def _catalog() -> Catalog:
    catalog: Catalog = _read_json("catalog.json")
    return catalog


def names() -> list[str]:
    """Every name hirehooks can parse: webhook payloads and registration API bodies, sorted."""
    return sorted(_catalog()["names"])


def events(vendor: str | None = None) -> list[str]:
    """The webhook payload names, e.g. ``"heymilo.report_available"``, sorted; only ``vendor``'s when
    given (``UnknownNameError`` for a vendor hirehooks does not know)."""
    if vendor is not None and vendor not in vendors():
        raise UnknownNameError(vendor, vendors(), "vendor")
    prefix = f"{vendor}." if vendor is not None else ""
    return [
        name for name in names() if _catalog()["names"][name]["kind"] == "event" and name.startswith(prefix)
    ]


def entry(name: str) -> Entry:
    try:
        return _catalog()["names"][name]
    except (KeyError, TypeError):
        raise UnknownNameError(name, names()) from None


@functools.cache
def bundled_schema(name: str) -> dict[str, Any]:
    """The shared, cached copy of the bundled schema: callers must not mutate it."""
    document: dict[str, Any] = _read_json(entry(name)["schema"])
    return document


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema of ``name`` as one self-contained document (no external ``$ref``), yours to change."""
    return copy.deepcopy(bundled_schema(name))


def examples(name: str) -> dict[str, Any]:
    """The stored examples of ``name`` by file name, the vendor's documented one first where it has one.

    Each is a fresh decoded copy; variants are named ``<body>.<variant>.json``.
    """
    files_by_name = {path.rsplit("/", 1)[1]: path for path in entry(name)["examples"]}
    documented_first = sorted(files_by_name, key=lambda file: (file.count(".") > 1, file))
    return {file: _read_json(files_by_name[file]) for file in documented_first}


def vendors() -> list[str]:
    """Vendors with a published OpenAPI document."""
    return sorted(_catalog()["openapi"])


def openapi(vendor: str) -> dict[str, Any]:
    """The vendor's OpenAPI 3.1 document: its registration API and, where documented, its webhooks."""
    try:
        resource = _catalog()["openapi"][vendor]
    except (KeyError, TypeError):
        raise UnknownNameError(vendor, vendors(), "vendor") from None
    document: dict[str, Any] = _read_json(resource)
    return document


# Models load under this lock, and os.fork waits for it: a child forked while another thread imported a
# model would inherit that import's module lock held by a thread it does not have, and hang on its
# first use of that model (decision D29).
_loading = threading.Lock()


def _renew_loading_lock() -> None:
    global _loading
    _loading = threading.Lock()


os.register_at_fork(
    before=lambda: _loading.acquire(),
    after_in_parent=lambda: _loading.release(),
    after_in_child=_renew_loading_lock,
)


@functools.cache
def model_class(name: str) -> type[BaseModel]:
    """The generated model for ``name`` (open objects: ``parse(strict=True)`` closes them when it
    validates, decision D30), imported on first use."""
    found = entry(name)
    with _loading:
        module = importlib.import_module(found["module"])
    model: type[BaseModel] = getattr(module, found["model"])
    return model
