"""Profile deliveries on a Dask cluster: each partition of raw lines is profiled where it lies, then merged.

Only this module's plain functions travel to the workers (pickled by reference, with the event, vendor
and strict flag); each partition builds its own ``Profile``, and so its own validators, on its worker,
because python-jsonschema validators do not pickle. Profiles are plain data and merge in any grouping,
so Dask's tree reduction gives the report a single pass would. Dask is imported only by
``profile_on_cluster``; ``hirehooks.drift.profile_bag`` merely calls the bag it is handed.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from hirehooks._errors import ConfigError
from hirehooks.drift import Profile, profile

if TYPE_CHECKING:
    from dask.bag import Bag, Item

INSTALL_HINT = 'Dask is not installed: pip install "hirehooks[dask]"'
BLOCK_BYTES = 64 * 1024 * 1024
"""An uncompressed file is cut into partitions of about this many bytes (at line ends), so one large
archive spreads over the workers and a worker holds at most one block of lines per task."""
CONNECT_SECONDS = 10
"""How long ``profile_on_cluster`` waits for the scheduler before it gives up."""


def _raw(line: bytes | str) -> bytes:
    """A line as the bytes it was read from: text lines are read with ``surrogateescape``, so bytes that
    are not UTF-8 reach the profile (and its count of unreadable bodies) unchanged."""
    return line.encode("utf-8", "surrogateescape") if isinstance(line, str) else line


def _partition(lines: Iterable[bytes | str], event: str | None, vendor: str | None, strict: bool) -> Profile:
    return profile(map(_raw, lines), event=event, vendor=vendor, strict=strict)


def _merged(empty: Profile, profiles: Iterable[Profile]) -> Profile:
    return functools.reduce(Profile.merge, profiles, empty)


def reduction(bag: Bag, event: str | None, vendor: str | None, strict: bool) -> Item:
    """The bag's merged profile, still to compute (``hirehooks.drift.profile_bag`` computes it on the
    bag's scheduler). The empty profile is made here, so an unknown name or vendor is refused before
    any task is sent, not as a worker's traceback."""
    empty = profile((), event=event, vendor=vendor, strict=strict)
    merged: Item = bag.reduction(  # type: ignore[no-untyped-call]
        functools.partial(_partition, event=event, vendor=vendor, strict=strict),
        functools.partial(_merged, empty),
    )
    return merged


def _lines(pattern: str) -> Bag:
    """The lines of every ``.jsonl`` file ``pattern`` matches (globbed here, read on the workers): an
    uncompressed file cut into blocks of ``BLOCK_BYTES``, a compressed one (``.jsonl.gz``, ``.bz2``...)
    read whole, as it cannot be cut. Bytes that are not UTF-8 come through as surrogates (``_raw``
    restores them). Other files are refused: a ``.json`` body or a delivery log is no list of lines."""
    try:
        import dask.bag
        from fsspec.core import get_fs_token_paths  # type: ignore[import-untyped]
        from fsspec.utils import infer_compression  # type: ignore[import-untyped]
    except ImportError:
        raise ConfigError(INSTALL_HINT) from None
    try:
        fs, _, paths = get_fs_token_paths(pattern, mode="rb")
        paths = [path for path in paths if fs.isfile(path)]
    except (OSError, ValueError):
        raise ConfigError("cannot list the files of the pattern given for Dask") from None
    if not paths:
        raise ConfigError("no file matches the pattern given for Dask")
    plain, compressed, others = [], [], 0
    for path in paths:
        if path.endswith(".jsonl"):
            plain.append(fs.unstrip_protocol(path))
        elif infer_compression(path) and path.rpartition(".")[0].endswith(".jsonl"):
            compressed.append(fs.unstrip_protocol(path))
        else:
            others += 1
    if others:
        raise ConfigError(
            f"Dask reads .jsonl files (compressed or not); {others} of the files matched are not"
        )
    bags = [
        dask.bag.read_text(  # type: ignore[no-untyped-call]
            urls,
            blocksize=blocksize,
            encoding="utf-8",
            errors="surrogateescape",
            linedelimiter="\n",
            storage_options=fs.storage_options,
        )
        for urls, blocksize in ((plain, BLOCK_BYTES), (compressed, None))
        if urls
    ]
    lines: Bag = bags[0] if len(bags) == 1 else dask.bag.concat(bags)  # type: ignore[no-untyped-call]
    return lines


def profile_on_cluster(
    scheduler: str, pattern: str, *, event: str | None = None, vendor: str | None = None, strict: bool = False
) -> Profile:
    """The profile of every line of the files ``pattern`` matches (a path, glob or URL fsspec reads, e.g.
    ``s3://bucket/archive/*.jsonl``, which the workers must reach too), computed on the cluster whose
    scheduler is at ``scheduler``. ``ConfigError`` when Dask is missing, nothing matches, the scheduler
    cannot be reached or a worker cannot read a file; its message never repeats the pattern or the
    address, which may hold credentials (``s3://key:secret@bucket/...``)."""
    merged = reduction(_lines(pattern), event, vendor, strict)
    try:
        from distributed import Client
        from distributed.comm.addressing import get_address_host_port
    except ImportError:
        raise ConfigError(INSTALL_HINT) from None
    try:
        get_address_host_port(scheduler)  # a malformed address, refused before a Client is half made
    except ValueError:
        raise ConfigError("a Dask scheduler address looks like tcp://host:8786") from None
    try:
        client = Client(scheduler, timeout=CONNECT_SECONDS, set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError):
        raise ConfigError(f"cannot reach the Dask scheduler (waited {CONNECT_SECONDS} s)") from None
    with client:
        try:
            profile: Profile = client.compute(merged).result()  # type: ignore[no-untyped-call]
        except OSError as error:
            reason = error.strerror or type(error).__name__
            raise ConfigError(f"a Dask worker cannot read the files: {reason}") from None
    return profile
