"""Drift: where recorded deliveries depart from hirehooks' schemas, per name and JSON path, with counts.

``profile`` reads raw bodies into a ``Profile`` (mergeable: ``a.merge(b)`` is the profile of both
corpora, whatever the split), ``report`` turns it into the JSON report that ``REPORT_SCHEMA`` describes,
and ``suggest`` proposes a JSON Patch per schema file from a report, never applied.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from hirehooks._drift import Profile, profile_bodies, report
from hirehooks._drift_suggest import suggest

__all__ = ["REPORT_SCHEMA", "Profile", "profile", "report", "suggest"]

REPORT_SCHEMA = Path(__file__).with_name("drift_report.schema.json")
"""The JSON Schema (draft 2020-12) every report validates against."""


def profile(
    bodies: Iterable[bytes], *, event: str | None = None, vendor: str | None = None, strict: bool = False
) -> Profile:
    """The profile of raw bodies, one per item (a ``.jsonl`` file's lines do: line ends and blank lines
    are dropped); each is taken as ``event``, else detected among ``vendor``'s events (all vendors' by
    default). ``UnknownNameError`` for an unknown event or vendor."""
    lines = (body.rstrip(b"\r\n") for body in bodies)
    return profile_bodies((line for line in lines if line.strip()), event=event, vendor=vendor, strict=strict)


# Dask (pip install "hirehooks[dask]"): the same profile over a dask.bag, partition by partition.

from typing import TYPE_CHECKING  # noqa: E402

if TYPE_CHECKING:
    from dask.bag import Bag

__all__ += ["profile_bag"]


def profile_bag(
    bag: Bag, *, event: str | None = None, vendor: str | None = None, strict: bool = False
) -> Profile:
    """The profile of a ``dask.bag`` of raw delivery lines (bytes or str; line ends and blank lines are
    dropped, as by ``profile``), each partition profiled on a worker of the bag's scheduler (the active
    ``distributed.Client``, if any) and the profiles merged: the same profile as ``profile`` of all the
    lines. ``UnknownNameError`` for an unknown event or vendor, before any task runs."""
    from hirehooks._drift_dask import reduction

    found: Profile = reduction(bag, event, vendor, strict).compute()  # type: ignore[no-untyped-call]
    return found
