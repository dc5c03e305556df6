"""Local engine: the map stage on this machine's cores.

``workers=1`` runs in the calling process (tests, debugging, tiny corpora). More workers use a
``ProcessPoolExecutor`` whose processes each load spaCy once (the pool initializer) and parse
whole batches with ``nlp.pipe``. At most ``max_in_flight`` batches are submitted and not yet
yielded, and results are yielded in input order: memory stays bounded however long the
input is, and the parent writes the store in the same order whatever the worker count.

Worker processes are started with ``spawn`` (not ``fork``): the parent holds an open DuckDB
connection and threads, which a forked child must not inherit. They are replaced after
``max_tasks_per_child`` batches because spaCy's string store only grows.
"""
from __future__ import annotations

import atexit
import gc
import logging
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from typing import Callable, Iterable, Iterator

from ..model import Document
from .base import BatchResult, map_batch

logger = logging.getLogger(__name__)

MapFn = Callable[..., BatchResult]


def _init_worker(model: str | None) -> None:
    """Load spaCy once per worker process, before its first batch."""
    from ..nlp import MODEL, load_nlp

    load_nlp(model or MODEL)
    _settle()
    atexit.register(gc.unfreeze)    # the interpreter's last collection at exit finalises them as before


_SETTLED: list[bool] = [False]      # per worker process: what the first batch loaded is frozen too


def _settle() -> None:
    """Take the objects that live as long as the worker (the model; after the first batch, the extractors'
    lexicons, knowledge base and gazetteer) out of the cyclic garbage collector's reach (``gc.freeze``).

    Every full collection walked those ~300,000 objects again: about 2 ms of CPU per article in the map. Garbage is
    collected first, so only live objects are frozen; the collector still frees what the articles allocate, and
    reference counting frees a frozen object as before.
    """
    gc.collect()
    gc.freeze()


def _in_worker(fn: MapFn, batch: list[Document], model: str | None, index: int) -> BatchResult:
    """``fn`` over one batch in a worker process; after its first batch, what that batch loaded is settled too."""
    out = fn(batch, model, index)
    if not _SETTLED[0]:
        _SETTLED[0] = True
        _settle()
    return out


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


class LocalEngine:
    """Run ``fn`` over batches in this process or in a pool of worker processes.

    workers (int | None): processes; default all cores; 1 runs in-process.
    model (str | None): spaCy model each worker loads.
    max_in_flight (int | None): batches submitted and not yet yielded (default 4 per worker: results are
        yielded in input order, so while the oldest batch is still being parsed the other workers
        work through what is queued behind it; with 2 per worker a worker that finished its queue
        waited for the oldest batch to be collected before the next was submitted).
    fn (callable): the map function, ``fn(documents, model, index) -> BatchResult`` (picklable).
    init (bool): load the model in each worker when it starts.
    max_tasks_per_child (int | None): batches before a worker is replaced.
    """

    name = "local"

    def __init__(self, workers: int | None = None, model: str | None = None, *, max_in_flight: int | None = None,
                 fn: MapFn = map_batch, init: bool = True, max_tasks_per_child: int | None = 400):
        self.workers = max(1, workers or default_workers())
        self.model = model
        self.max_in_flight = max(1, max_in_flight or 4 * self.workers)
        self.fn = fn
        self.init = init
        self.max_tasks_per_child = max_tasks_per_child
        self._pool: ProcessPoolExecutor | None = None

    # -- lifecycle -----------------------------------------------------------------------
    def __enter__(self) -> "LocalEngine":
        if self.workers > 1:
            self._pool = self._new_pool()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker if self.init else None, initargs=(self.model,) if self.init else (),
            max_tasks_per_child=self.max_tasks_per_child)

    # -- the map -------------------------------------------------------------------------
    def map(self, batches: Iterable[list[Document]], prefix: str = "shard") -> Iterator[BatchResult]:
        """Yield one BatchResult per batch, in input order, pulling batches lazily.

        batches (iterable): lists of documents; consumed at most ``max_in_flight`` ahead.
        prefix (str): unused here (the local engine returns tables, not shards).
        RETURNS (iterator): BatchResults in input order.
        """
        batches = iter(batches)
        head = list(islice(batches, 2)) if self.workers > 1 else []
        if self.workers == 1 or len(head) < 2:
            # one worker, or a single batch in all: starting processes (each loading spaCy) would
            # cost more than it saves
            for index, batch in enumerate(chain(head, batches)):
                yield self.fn(batch, self.model, index)
            return
        batches = chain(head, batches)
        if self._pool is None:
            self._pool = self._new_pool()
        pending: deque[list] = deque()       # [index, batch, future]
        for index, batch in enumerate(batches):
            pending.append([index, batch, self._submit(batch, index)])
            while len(pending) >= self.max_in_flight:
                yield self._collect(pending)
        while pending:
            yield self._collect(pending)

    def _submit(self, batch: list[Document], index: int) -> Future:
        try:
            if self.init:       # a worker that loaded the model: its long-lived objects are frozen (_settle)
                return self._pool.submit(_in_worker, self.fn, batch, self.model, index)
            return self._pool.submit(self.fn, batch, self.model, index)
        except (BrokenProcessPool, OSError) as e:
            # the pool broke since the last collect: handled there. A worker that dies while the pool is
            # starting a replacement can leave its pipe closed, and submit then fails with OSError
            # ("handle is closed") instead of BrokenProcessPool: the same broken pool
            future: Future = Future()
            future.set_exception(e if isinstance(e, BrokenProcessPool) else BrokenProcessPool(str(e)))
            return future

    def _collect(self, pending: deque) -> BatchResult:
        """Wait for the oldest batch. When a worker died, find out whether this batch killed it.

        A dead worker (killed for memory, a crash in native code) breaks the whole pool and every
        batch in flight with it, not only the one that killed it. The oldest batch is run again,
        alone, in a fresh pool: if that pool dies too, the batch is reported as failed. The other
        batches in flight go to a fresh pool afterwards (and are checked the same way in turn).
        """
        index, batch, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        self._restart()
        try:
            result = self._pool.submit(self.fn, batch, self.model, index).result()
        except BrokenProcessPool:
            logger.warning("a worker died twice on batch %d; its %d documents are reported as failed",
                           index, len(batch))
            self._restart()
            result = BatchResult.failed(index, batch, "worker process died while analysing this batch")
        for entry in pending:
            f = entry[2]
            if not (f.done() and not f.cancelled() and f.exception() is None):
                entry[2] = self._submit(entry[1], entry[0])  # it belonged to the dead pool
        return result

    def _restart(self) -> None:
        self.close()
        self._pool = self._new_pool()
