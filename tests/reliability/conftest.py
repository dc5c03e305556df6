"""Fixtures of the reliability tests (bad input, crashes, concurrent use, web safety).

``--long`` (declared in tests/conftest.py) switches to the full variants: 1,500 hostile files
instead of 300, more kill points in the crash test.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from .synth import write_articles

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CLAIMGRAPH = [sys.executable, "-m", "claimgraph.cli.main"]


@pytest.fixture(scope="session")
def long_run(request) -> bool:
    return bool(request.config.getoption("--long", default=False))


def child_env() -> dict[str, str]:
    """Environment for child processes: this checkout's sources first, no colour codes."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["NO_COLOR"] = "1"
    env["TERM"] = "dumb"
    env["COLUMNS"] = "200"
    return env


def die_with_parent() -> None:
    """In a child: get SIGKILL when the test process dies, even if it is killed (no orphan servers)."""
    import ctypes
    import signal

    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG
    except OSError:  # pragma: no cover - not glibc
        pass


def _limit_memory(gb: float):
    def apply() -> None:
        import resource

        limit = int(gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        die_with_parent()
    return apply


def run_cli(args: list[str], *, timeout: float = 300, mem_gb: float = 8.0) -> subprocess.CompletedProcess:
    """Run ``claimgraph ARGS`` in a child process under a memory limit; never hangs the suite."""
    return subprocess.run([*CLAIMGRAPH, *args], env=child_env(), capture_output=True, text=True, timeout=timeout,
                          preexec_fn=_limit_memory(mem_gb))


def run_build_child(out: Path, store: Path, paths: list[Path], *, workers: int = 1, mem_gb: float = 8.0,
                    max_mb: float = 50.0, timeout: float = 600) -> dict:
    """Run a build in a child process (memory-limited) and return what ``run_build.py`` recorded."""
    cmd = [sys.executable, str(HERE / "run_build.py"), str(out), str(store), *map(str, paths),
           "--workers", str(workers), "--mem-gb", str(mem_gb), "--max-mb", str(max_mb)]
    proc = subprocess.run(cmd, env=child_env(), capture_output=True, text=True, timeout=timeout,
                          preexec_fn=die_with_parent)
    assert proc.returncode == 0, f"build child died ({proc.returncode}):\n{proc.stderr[-4000:]}"
    return json.loads(out.read_text(encoding="utf-8"))


N_ARTICLES = 70


@pytest.fixture(scope="session")
def article_corpus(tmp_path_factory) -> Path:
    """70 short synthetic English articles (crash and concurrency tests): three build batches."""
    folder = tmp_path_factory.mktemp("articles") / "corpus"
    write_articles(folder, N_ARTICLES, seed=11, sentences=5)
    return folder


def doc_shape(store_path: Path) -> dict[str, tuple]:
    """Per stored document: (path, status, mentions, claims, signals), read through a read-only Store."""
    from claimgraph.store import Store

    with Store(store_path, read_only=True) as st:
        rows = st.query(
            "SELECT d.id, d.path, d.status, "
            "(SELECT count(*) FROM mentions m WHERE m.doc = d.id) AS mentions, "
            "(SELECT count(*) FROM claims c WHERE c.doc = d.id) AS claims, "
            "(SELECT count(*) FROM signals s WHERE s.doc = d.id) AS signals FROM documents d")
    return {r["id"]: (r["path"], r["status"], r["mentions"], r["claims"], r["signals"]) for r in rows}


@dataclass
class Reference:
    shape: dict[str, tuple]     # doc id -> (path, status, mentions, claims, signals)
    seconds: float              # wall time of the whole CLI build
    store: Path


@pytest.fixture(scope="session")
def reference_build(article_corpus, tmp_path_factory) -> Reference:
    """The article corpus built once, uninterrupted, by the CLI: the shape every other build must reach."""
    store = tmp_path_factory.mktemp("reference") / "ref.duckdb"
    t0 = time.perf_counter()
    proc = run_cli(["build", str(article_corpus), "--store", str(store), "-q", "-w", "1"], timeout=600)
    seconds = time.perf_counter() - t0
    assert proc.returncode == 0, proc.stderr[-3000:]
    shape = doc_shape(store)
    assert len(shape) == N_ARTICLES
    assert sum(v[2] for v in shape.values()) > 0, "the reference build found no mentions at all"
    return Reference(shape=shape, seconds=seconds, store=store)
