"""Concurrent use of one store: one build at a time (the second fails fast, or queues with --wait),
and readers (a Store, ``claimgraph serve``) that read while a build writes never see a
half-written document.
"""
from __future__ import annotations

import fcntl
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from claimgraph.errors import StoreLockedError
from claimgraph.store import Store
from claimgraph.store.locking import lock_path

from .conftest import CLAIMGRAPH, N_ARTICLES, child_env, die_with_parent, doc_shape, run_cli


def start_build(corpus: Path, store: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([*CLAIMGRAPH, "build", str(corpus), "--store", str(store), "-q", "-w", "1", *extra],
                            env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, preexec_fn=die_with_parent)


def lock_held(store: Path) -> bool:
    """Whether some process holds the build lock of ``store`` (probed without taking it for long)."""
    path = lock_path(store)
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def wait_for(cond, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)


# -- in-process: the Store's lock ------------------------------------------------------------------

def test_concurrency_second_writer_store_fails_fast(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path):
        t0 = time.monotonic()
        with pytest.raises(StoreLockedError, match="E004"):
            Store(path)
        assert time.monotonic() - t0 < 2.0


def test_concurrency_writer_waits_for_the_lock(tmp_path):
    path = tmp_path / "s.duckdb"
    first = Store(path)
    threading.Timer(0.5, first.close).start()
    t0 = time.monotonic()
    with Store(path, wait=30) as second:
        assert second.counts()["documents"] == 0
    assert 0.3 < time.monotonic() - t0 < 20


def test_concurrency_lock_dies_with_its_process(tmp_path):
    """A build killed by SIGKILL leaves no stale lock: the kernel drops a flock with its process."""
    path = tmp_path / "s.duckdb"
    code = ("import sys, time; from claimgraph.store import Store; s = Store(sys.argv[1]); "
            "print('ready', flush=True); time.sleep(600)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(path)], env=child_env(), stdout=subprocess.PIPE,
                            text=True, start_new_session=True, preexec_fn=die_with_parent)
    try:
        assert proc.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLockedError):
            Store(path)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        with Store(path) as st:
            assert st.schema_version >= 1
    finally:
        stop(proc)


def test_concurrency_reader_gets_in_while_writer_is_idle(tmp_path):
    """A writing Store lets go of the DuckDB file when idle, so another process can read."""
    path = tmp_path / "s.duckdb"
    code = ("import sys; from claimgraph.store import Store; "
            "print(Store(sys.argv[1], read_only=True).counts()['documents'])")
    with Store(path) as st:
        st.counts()
        time.sleep(0.6)     # idle: the connection is closed, the build lock is still held
        proc = subprocess.run([sys.executable, "-c", code, str(path)], env=child_env(), capture_output=True,
                              text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert proc.stdout.strip() == "0"
        assert lock_held(path)


# -- the CLI: two builds on one store ---------------------------------------------------------------

@pytest.mark.model
@pytest.mark.timeout(600)
def test_concurrency_second_build_reports_lock_and_wait_queues(article_corpus, reference_build, tmp_path):
    store = tmp_path / "two.duckdb"
    first = start_build(article_corpus, store)
    queued = None
    try:
        wait_for(lambda: lock_held(store) or first.poll() is not None, 120, "the first build to take the lock")
        assert first.poll() is None, first.stderr.read()[-2000:]
        second = run_cli(["build", str(article_corpus), "--store", str(store), "-q", "-w", "1"], timeout=120)
        assert second.returncode == 3, second.stderr[-2000:]
        assert "E004" in second.stderr and "locked" in second.stderr
        assert "Traceback" not in second.stderr
        assert first.poll() is None, "the first build should still be running (the second must fail fast)"
        queued = start_build(article_corpus, store, "--wait", "600")
        assert first.wait(timeout=600) == 0, first.stderr.read()[-2000:]
        assert queued.wait(timeout=600) == 0, queued.stderr.read()[-2000:]
    finally:
        stop(first)
        if queued is not None:
            stop(queued)
    assert doc_shape(store) == reference_build.shape


# -- readers while a build writes -------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.model
@pytest.mark.timeout(600)
def test_concurrency_readers_during_build_never_see_half_documents(article_corpus, reference_build, tmp_path):
    """While a build writes, a read-only Store and ``claimgraph serve`` read: whole documents only.

    serve answers 200 (or 503 while busy), never 500; reads get in between batches, so the store
    is seen part-built; documents never disappear between two reads.
    """
    reference = reference_build.shape
    store = tmp_path / "live.duckdb"
    Store(store).close()            # serve needs an existing store
    port = free_port()
    server = subprocess.Popen([*CLAIMGRAPH, "serve", "--store", str(store), "--port", str(port)], env=child_env(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True, preexec_fn=die_with_parent)
    build = None
    direct: list[int] = []          # documents seen by each direct read
    served: list[int] = []          # totals seen through serve
    statuses: list[int] = []
    slowest = 0.0
    try:
        base = f"http://127.0.0.1:{port}"

        def up() -> bool:
            try:
                return httpx.get(f"{base}/api/documents?limit=1", timeout=2).status_code < 500
            except httpx.HTTPError:
                assert server.poll() is None, server.stderr.read()[-2000:]
                return False

        wait_for(up, 120, "serve to answer")
        build = start_build(article_corpus, store)
        with httpx.Client(base_url=base, timeout=30) as client:
            while build.poll() is None:
                t0 = time.monotonic()
                try:
                    shape = doc_shape(store)
                except StoreLockedError:
                    shape = None
                slowest = max(slowest, time.monotonic() - t0)
                if shape is not None:
                    for doc_id, got in shape.items():
                        assert got == reference[doc_id], f"half-written document {doc_id}: {got}"
                    direct.append(len(shape))
                r = client.get("/api/documents", params={"limit": 200})
                statuses.append(r.status_code)
                assert r.status_code in (200, 503), (r.status_code, r.text[:500])
                if r.status_code == 200:
                    body = r.json()
                    served.append(body["total"])
                    for item in body["items"]:
                        ref = reference[item["id"]]
                        assert (item["mentions"], item["claims"]) == (ref[2], ref[3]), f"half-written {item['id']}"
                time.sleep(0.03)
            assert build.returncode == 0, build.stderr.read()[-2000:]
            final = client.get("/api/documents", params={"limit": 200}).json()
        assert final["total"] == N_ARTICLES
    finally:
        if build is not None:
            stop(build)
        stop(server)
    assert doc_shape(store) == reference
    assert len(direct) >= 10, f"only {len(direct)} direct reads succeeded during the build"
    assert any(0 < n < N_ARTICLES for n in direct), f"never read between batches: {sorted(set(direct))}"
    assert direct == sorted(direct), "documents disappeared between two reads"
    assert slowest < 10, f"a read waited {slowest:.1f}s for the build"
    assert statuses.count(200) >= 10, statuses
    assert statuses.count(503) <= len(statuses) // 4, f"serve was busy too often: {statuses.count(503)}/{len(statuses)}"
    assert any(0 < t < N_ARTICLES for t in served), f"serve never showed the store between batches: {sorted(set(served))}"
