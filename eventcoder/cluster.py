"""The Dask engine: chunks of articles coded on a dask.distributed cluster.

Each Dask worker process builds the coder once (cached per process) and returns rows, never
spaCy Docs; the client commits each chunk's parts as they arrive, in input order, so the
tables are the same as the local engine's and resuming works the same way.
"""

from __future__ import annotations

import collections
import logging
from collections.abc import Iterator

from .errors import EventCoderError

log = logging.getLogger(__name__)

# Chunks in flight per worker: enough to keep workers busy, few enough to bound client memory.
IN_FLIGHT_PER_WORKER = 2


def iter_dask(chunks: Iterator[tuple[int, list]], settings, scheduler: str | None = None, workers: int = 2) -> Iterator[tuple[int, list]]:
    """Code ``(index, chunk)`` pairs on a cluster (a local one when ``scheduler`` is None), in order."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise EventCoderError("the dask engine needs dask.distributed: pip install 'eventcoder[dask]'") from exc
    from .pipeline import code_chunk_with

    cluster = None
    if scheduler is None:
        # One thread per worker process: the parser is CPU-bound and holds the GIL.
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        window = max(1, IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})) or workers))
        futures: collections.deque = collections.deque()
        for index, chunk in chunks:
            futures.append(client.submit(code_chunk_with, settings, index, chunk, pure=False))
            if len(futures) >= window:
                yield futures.popleft().result()
        while futures:
            yield futures.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
