"""Engines run the per-document map stage: batches of Documents in, BatchResults out, in order.

- ``local``: this machine; ``workers=1`` runs in-process, more use a pool of processes that
  each load spaCy once (``engine.local``).
- ``ray``: tasks on a Ray cluster; results come back as Parquet shards (``engine.ray``).

An engine is a context manager with one method, ``map(batches, prefix)``, which consumes the
batch iterator lazily (a bounded number of batches in flight, so a folder of 100,000 articles
never sits in memory) and yields one ``BatchResult`` per batch in input order. The parent
writes what it yields to the store, so the store is the same whatever the engine and the
number of workers: ids are content hashes and rows carry no trace of where they were made.
"""
from __future__ import annotations

from .base import BatchResult, map_batch

ENGINES = ("local", "ray")


def make_engine(name: str = "local", *, workers: int | None = None, model: str | None = None,
                ray_address: str | None = None, shards=None, shared_shards: bool = False):
    """Create the engine called ``name``.

    name (str): "local" or "ray".
    workers (int | None): local: processes (default all cores); ray: batches in flight per CPU is
        derived from the cluster, this caps the number of concurrent tasks when given.
    model (str | None): spaCy model to load in each worker (default ``nlp.MODEL``).
    ray_address (str | None): Ray cluster address (default ``$RAY_ADDRESS``, else a local instance).
    shards (Path | None): directory for the Parquet shards (ray: default a temporary directory).
    shared_shards (bool): ray: workers write shards straight into ``shards`` (a filesystem all nodes
        share) instead of sending them to the driver through the object store.
    RETURNS (Engine): a context manager with ``map(batches, prefix)``.
    """
    from ..errors import Errors, PipelineError

    if name == "local":
        from .local import LocalEngine

        return LocalEngine(workers=workers, model=model)
    if name == "ray":
        from .ray import RayEngine

        return RayEngine(address=ray_address, shards=shards, model=model, workers=workers,
                         shared_shards=shared_shards)
    raise PipelineError(Errors.E010.format(engine=name))


__all__ = ["ENGINES", "BatchResult", "make_engine", "map_batch"]
