"""Ray engine: the map stage as Ray tasks, its results as Parquet shards.

Each batch of documents becomes one Ray task (``num_cpus=1``) running the same pure map
function as the local engine (``engine.base.map_batch``). A Ray worker process is reused
across tasks, so spaCy loads once per worker (``load_nlp`` is cached per process).

Where the shards are written:

- default: the task returns its Arrow table through Ray's object store and the driver writes
  ``{shards}/{prefix}-{index:06d}.parquet`` — works on any cluster, no shared disk needed;
- ``shared_shards=True``: the task writes the shard itself into ``shards``, which must be a
  path every node sees (NFS, a mounted bucket), and returns only the file name.

The driver keeps at most ``max_in_flight`` tasks submitted (2 per cluster CPU by default) and
collects them in input order, so memory on the driver stays bounded. The reduce stage
(``Store.load_shards`` then ``resolve``) runs on the driver after the map is done.

Cluster: ``address`` (``--ray-address``) or ``$RAY_ADDRESS`` names it (``ray://head:10001`` for
Ray Client, ``auto`` on a node of the cluster); without either, a local Ray instance is started
with this machine's CPUs. The nodes need claimgraph and the spaCy model installed
(``pip install 'claimgraph[ray]'``), or a ``runtime_env`` that installs them.
"""
from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections import deque
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import Errors, PipelineError
from ..model import Document
from .base import BatchResult, map_batch, shard_path

logger = logging.getLogger(__name__)


def _ray():
    try:
        import ray
    except ImportError as e:
        raise PipelineError(Errors.E070) from e
    return ray


class RayEngine:
    """Run the map stage as Ray tasks and hand back Parquet shards in input order.

    address (str | None): cluster address; default ``$RAY_ADDRESS``, else a local instance.
    shards (Path | None): shard directory; default a temporary one, removed when the engine closes.
    model (str | None): spaCy model the tasks load.
    workers (int | None): cap on concurrent tasks (default: the cluster's CPUs).
    shared_shards (bool): tasks write shards themselves (``shards`` must be on a shared filesystem).
    runtime_env (dict | None): passed to ``ray.init`` (e.g. ``{"pip": ["claimgraph[ray]"]}``).
    """

    name = "ray"

    def __init__(self, address: str | None = None, shards: Path | None = None, model: str | None = None,
                 workers: int | None = None, shared_shards: bool = False, runtime_env: dict | None = None,
                 max_in_flight: int | None = None):
        if shared_shards and shards is None:
            raise PipelineError(Errors.E071)
        self.address = address or os.environ.get("RAY_ADDRESS") or None
        self.shards = Path(shards) if shards else None
        self.model = model
        self.workers = workers or 0
        self.shared_shards = shared_shards
        self.runtime_env = runtime_env
        self.max_in_flight = max_in_flight
        self._started = False
        self._tmp: str | None = None
        self._remote: Any = None

    def __enter__(self) -> "RayEngine":
        ray = _ray()
        if not ray.is_initialized():
            kwargs: dict[str, Any] = {"include_dashboard": False, "logging_level": logging.WARNING,
                                      "log_to_driver": False}
            if self.runtime_env:
                kwargs["runtime_env"] = self.runtime_env
            ray.init(address=self.address, **kwargs)
            self._started = True
        cpus = int(ray.cluster_resources().get("CPU", 1))
        self.workers = min(self.workers, cpus) if self.workers else cpus
        if self.max_in_flight is None:
            self.max_in_flight = 2 * self.workers
        if self.shards is None:
            self._tmp = tempfile.mkdtemp(prefix="claimgraph-shards-")
            self.shards = Path(self._tmp)
        self.shards.mkdir(parents=True, exist_ok=True)
        self._remote = ray.remote(num_cpus=1, max_retries=2)(map_batch)
        return self

    def __exit__(self, *exc) -> None:
        if self._started:
            _ray().shutdown()
            self._started = False
        if self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def map(self, batches: Iterable[list[Document]], prefix: str = "shard") -> Iterator[BatchResult]:
        """Yield one BatchResult (with ``shard`` set) per batch, in input order.

        batches (iterable): lists of documents, consumed at most ``max_in_flight`` ahead.
        prefix (str): shard file name prefix (the build uses the run number).
        RETURNS (iterator): BatchResults whose ``shard`` is the Parquet file of the batch.
        """
        if self._remote is None:
            raise PipelineError(Errors.E072)
        remote_dir = str(self.shards) if self.shared_shards else None
        pending: deque[tuple[int, list[Document], Any]] = deque()
        for index, batch in enumerate(batches):
            pending.append((index, batch, self._remote.remote(batch, self.model, index, remote_dir, prefix)))
            while len(pending) >= self.max_in_flight:
                yield self._collect(pending, prefix)
        while pending:
            yield self._collect(pending, prefix)

    def _collect(self, pending: deque, prefix: str) -> BatchResult:
        ray = _ray()
        index, batch, ref = pending.popleft()
        try:
            result: BatchResult = ray.get(ref)
        except (ray.exceptions.RayTaskError, ray.exceptions.WorkerCrashedError,
                ray.exceptions.NodeDiedError, ray.exceptions.ObjectLostError) as e:
            logger.warning("Ray task for batch %d failed: %s", index, e)
            return BatchResult.failed(index, batch, f"Ray task failed: {type(e).__name__}")
        if result.shard is None:
            from ..store.arrow import write_shard

            result.shard = str(write_shard(result.table, shard_path(self.shards, prefix, index)))
            result.table = None
        return result
