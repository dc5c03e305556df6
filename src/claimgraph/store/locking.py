"""How several processes share one store file safely.

DuckDB lets one process open a file read-write, and while it is open no other process may open
it at all; read-only connections from several processes may coexist. claimgraph layers three
rules on top of that:

1. **One build at a time.** A writing ``Store`` holds an exclusive ``fcntl.flock`` on
   ``<store>.lock`` for its whole life. A second build fails at once with ``StoreLockedError``
   (exit code 3) or, with ``--wait``, queues behind the first. The kernel drops the lock when
   the process dies, even by SIGKILL, so a crashed build never leaves a stale lock.
2. **The writer holds the file only while a Store method runs.** The write connection is opened
   on demand and closed (which checkpoints the WAL into the file) when the outermost Store call
   returns, so a build parsing its next batch does not hold the file. Closing has to happen in
   the call itself: a background thread cannot be relied on, because C extensions (a language
   detector loading its models, spaCy) may hold the GIL for seconds. The exception is the
   per-document writes a build makes for every input it does not analyse (``COALESCED``): a
   stretch of them shares one connection, closed by the idle thread after ``IDLE`` seconds or,
   during a long stretch, after ``MAX_HOLD`` seconds with a short ``GAP`` before reopening that
   lets a waiting reader in. Readers therefore see the store as of the last committed write.
3. **Readers retry briefly.** A read-only open that meets the writer's DuckDB lock is retried
   every ~10 ms for up to ``READ_WAIT`` seconds before ``StoreLockedError``.
"""
from __future__ import annotations

import fcntl
import functools
import inspect
import os
import random
import threading
import time
import weakref
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import duckdb

from ..errors import Errors, StoreError, StoreLockedError

IDLE = 0.2          # seconds without a call after which a connection is closed
COALESCED = frozenset({"add_error", "write_results"})   # small writes that may share a connection
MAX_HOLD = 1.0      # seconds a writer keeps the file across back-to-back writes
WRITER_MEMORY = "1GB"  # DuckDB's memory limit on a writing connection (see ``connect``)
GAP = 0.05          # seconds a writer waits after letting go, so a waiting reader gets in
READ_WAIT = 10.0    # seconds a reader retries while a build holds the file
RECONNECT_WAIT = 300.0  # seconds a writer, mid-build, retries while readers hold the file


def lock_path(path: Path) -> Path:
    """The advisory lock file of a store: ``<store>.lock`` beside it."""
    return path.with_name(path.name + ".lock")


class BuildLock:
    """An exclusive ``fcntl.flock`` on ``<store>.lock``: one writing Store per store file.

    path (Path): the store file.
    wait (float): seconds to wait for another holder before StoreLockedError.
    """

    def __init__(self, path: Path, wait: float = 0.0):
        self.path = lock_path(path)
        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise StoreError(f"{path}: cannot create the lock file {self.path}: {e.strerror or e}") from e
        deadline = time.monotonic() + max(wait, 0.0)
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = self._holder()
                    os.close(self.fd)
                    raise StoreLockedError(Errors.E004.format(path=path) + holder) from None
                time.sleep(min(0.1, max(deadline - time.monotonic(), 0.0)) + 0.001)
        # who holds it, for the message a second build prints
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, f"{os.getpid()}\n".encode(), 0)

    def _holder(self) -> str:
        try:
            pid = os.pread(self.fd, 32, 0).decode().strip()
        except OSError:
            return ""
        return f" (held by process {pid})" if pid.isdigit() else ""

    def release(self) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


def is_lock_conflict(e: Exception) -> bool:
    """Whether a DuckDB error means 'another connection holds the file' (worth retrying)."""
    msg = str(e).lower()
    return ("could not set lock" in msg or "conflicting lock" in msg
            or "different configuration" in msg)


def open_error(path: Path, e: Exception) -> StoreError:
    """A coded StoreError for a file DuckDB refuses to open (not a lock conflict)."""
    detail = str(e).strip().rstrip(".!")
    if "wal" in detail.lower():
        wal = path.with_name(path.name + ".wal")
        return StoreError(Errors.E091.format(path=path, wal=wal, detail=detail))
    return StoreError(Errors.E090.format(path=path, detail=detail))


def writer_memory_limit() -> str:
    """DuckDB's memory limit on a writing connection: ``CLAIMGRAPH_DUCKDB_MEMORY`` or ``WRITER_MEMORY``.

    RETURNS (str): a DuckDB size ("1GB").
    """
    return os.environ.get("CLAIMGRAPH_DUCKDB_MEMORY") or WRITER_MEMORY


def connect(path: Path, *, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """Open a DuckDB connection, retrying on another process's lock for up to ``wait`` seconds.

    RETURNS (DuckDBPyConnection): the open connection.
    """
    deadline = time.monotonic() + max(wait, 0.0)
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            # a library must not draw DuckDB's progress bar over its caller's output
            con.execute("SET enable_progress_bar = false")
            if not read_only:
                # DuckDB's default is 80% of the machine: a writer holding a corpus stage's results
                # in one transaction kept gigabytes of buffers beside the stage's own memory. Past
                # the limit DuckDB spills to ``<store>.tmp`` (docs/scale.md, "Corpus stage").
                con.execute(f"SET memory_limit = '{writer_memory_limit()}'")
            return con
        except duckdb.Error as e:
            if not is_lock_conflict(e):
                raise open_error(path, e) from e
            if time.monotonic() >= deadline:
                raise StoreLockedError(Errors.E004.format(path=path) + f" DuckDB said: {e}") from e
            # short, jittered sleeps: readers hold the file for milliseconds
            time.sleep(0.005 + random.random() * 0.01)


def guard_methods(cls):
    """Class decorator: run every method of a Store under its lock and record its use.

    The idle thread closes the connection only between calls, never inside a method, a
    transaction, or while a row iterator (a generator method) is still open.
    """
    for name, fn in list(vars(cls).items()):
        if name.startswith("__") or not inspect.isfunction(fn) or getattr(fn, "_unguarded", False):
            continue
        setattr(cls, name, _guard_generator(fn) if inspect.isgeneratorfunction(fn) else _guard(fn))
    return cls


def unguarded(fn: Callable) -> Callable:
    fn._unguarded = True
    return fn


def _guard(fn: Callable) -> Callable:
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        with self._lock:
            self._busy += 1
            try:
                return fn(self, *args, **kwargs)
            finally:
                self._busy -= 1
                self._used = time.monotonic()
                if self._busy == 0:
                    self._after_call(fn.__name__)
    return wrapper


def _guard_generator(fn: Callable) -> Callable:
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        gen = fn(self, *args, **kwargs)
        with self._lock:
            self._busy += 1
        try:
            while True:
                with self._lock:
                    try:
                        item = next(gen)
                    except StopIteration:
                        return
                yield item
        finally:
            with self._lock:
                gen.close()
                self._busy -= 1
                self._used = time.monotonic()
                if self._busy == 0:
                    self._after_call(fn.__name__)
    return wrapper


def start_idle_thread(store) -> threading.Thread:
    """Close the store's connection whenever it has been idle for IDLE seconds."""
    ref = weakref.ref(store)
    stop = store._stop

    def run() -> None:
        while not stop.wait(IDLE / 2):
            st = ref()
            if st is None:
                return
            st._release_if_idle()
            del st

    t = threading.Thread(target=run, name=f"claimgraph-store-idle:{store.path.name}", daemon=True)
    t.start()
    return t


class ConnectionHolder:
    """Mixin for Store: the connection is opened on demand and let go when idle.

    Subclasses set ``path``, ``read_only`` and call ``_init_holder`` before first use.
    """

    def _init_holder(self, reconnect_wait: float) -> None:
        self._lock = threading.RLock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._busy = 0
        self._used = self._opened = time.monotonic()
        self._gap_until = 0.0
        self._closed = False
        self._reconnect_wait = reconnect_wait
        self._stop = threading.Event()
        self._memory: str | None = None      # DuckDB memory limit inside ``memory_limit`` (None: the writer's)

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, reopened if it was let go. Use it at once; do not keep it."""
        with self._lock:
            if self._con is None:
                if self._closed:
                    raise StoreError(f"{self.path}: the store is closed")
                self._open(self._reconnect_wait)
            self._used = time.monotonic()
            return self._con

    def _open(self, wait: float) -> None:
        pause = self._gap_until - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        self._con = connect(self.path, read_only=self.read_only, wait=wait)
        if self._memory and not self.read_only:
            self._con.execute(f"SET memory_limit = '{self._memory}'")
        self._opened = self._used = time.monotonic()

    @contextmanager
    def memory_limit(self, limit: str | None) -> Iterator[None]:
        """DuckDB's memory limit on this (writing) store's connection inside the block, reconnections included.

        The corpus stage holds its own gigabytes in Python while DuckDB sorts the claims and writes the
        results: a lower limit there makes DuckDB spill to ``<store>.tmp`` rather than add its buffers on
        top (docs/scale.md, "Corpus stage").
        limit (str | None): a DuckDB size ("256MB"); None keeps the writer's limit.
        """
        if self.read_only or not limit:
            yield
            return
        with self._lock:
            before, self._memory = self._memory, limit
            if self._con is not None:
                self._con.execute(f"SET memory_limit = '{limit}'")
        try:
            yield
        finally:
            with self._lock:
                self._memory = before
                if self._con is not None:
                    self._con.execute(f"SET memory_limit = '{before or writer_memory_limit()}'")

    @contextmanager
    def hold(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Keep the connection open for a stretch of reads made outside Store methods.

        A streamed export reads through its own ``con.cursor()`` cursors for many seconds; the
        idle thread must not close the connection under them. Yields the connection.
        """
        with self._lock:
            con = self.con
            self._busy += 1
        try:
            yield con
        finally:
            with self._lock:
                self._busy -= 1
                self._used = time.monotonic()
                if self._busy == 0:
                    self._after_call("hold")

    def release(self, gap: float = 0.0) -> None:
        """Close the connection now (committed data is checkpointed); the next use reopens it.

        gap (float): seconds to wait before reopening, so a reader waiting for the file gets in.
        """
        with self._lock:
            if self._con is not None and self._busy == 0:
                try:
                    self._con.close()
                except duckdb.ResourceInUseException:
                    # a statement is running on ``con`` used directly (outside Store methods and ``hold``, as the
                    # corpus stage's long reads do): keep the connection, it is not idle
                    self._used = time.monotonic()
                    return
                self._con = None
                self._gap_until = time.monotonic() + gap

    def _after_call(self, name: str) -> None:
        """After the outermost call: a writer lets go of the file (see the module docstring)."""
        if self.read_only or self._con is None:
            return
        if name not in COALESCED:
            self.release()
        elif time.monotonic() - self._opened >= MAX_HOLD:
            # a long stretch of small writes would otherwise never let a reader in
            self.release(GAP)

    def _release_if_idle(self) -> None:
        if not self._lock.acquire(blocking=False):
            return
        try:
            if self._con is not None and self._busy == 0 and time.monotonic() - self._used >= IDLE:
                self.release()
        finally:
            self._lock.release()

    def _close_holder(self) -> None:
        self._stop.set()
        with self._lock:
            self._closed = True
            if self._con is not None:
                self._con.close()
                self._con = None
