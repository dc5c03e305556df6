"""Crash safety: a build killed with SIGKILL at any point leaves a store that opens, holds only
complete documents, and that a rerun completes with no duplicates.

Two levels:
- ``claimgraph build`` itself (a child process) killed at random times, several times over the
  same store, then run to the end and compared, document by document, with a clean build;
- the store alone: a child writing batches as fast as it can is killed at random times, so kills
  land inside transactions, commits and checkpoints far more often than in a full build.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimgraph.store import Store

from .conftest import CLAIMGRAPH, N_ARTICLES, child_env, doc_shape, run_cli


def kill_tree(proc: subprocess.Popen) -> None:
    """SIGKILL the build, then anything it started (worker processes share its session)."""
    try:
        os.kill(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=30)
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def assert_complete(store: Path, reference: dict[str, tuple]) -> dict[str, tuple]:
    """Every stored document has exactly the mentions, claims and signals of the clean build."""
    shape = doc_shape(store)
    for doc_id, got in shape.items():
        assert doc_id in reference, f"unknown document {doc_id} {got}"
        assert got == reference[doc_id], f"half-written document {doc_id}: {got} != {reference[doc_id]}"
    with Store(store, read_only=True) as st:
        dup = st.query("SELECT path, count(*) AS n FROM documents GROUP BY path HAVING count(*) > 1")
        orphans = st.query("SELECT (SELECT count(*) FROM mentions WHERE doc NOT IN (SELECT id FROM documents)) AS m, "
                           "(SELECT count(*) FROM claims WHERE doc NOT IN (SELECT id FROM documents)) AS c, "
                           "(SELECT count(*) FROM signals WHERE doc NOT IN (SELECT id FROM documents)) AS s")[0]
        dangling = st.query("SELECT count(*) AS n FROM mentions WHERE actor IS NOT NULL "
                            "AND actor NOT IN (SELECT id FROM actors)")[0]["n"]
    assert not dup, f"a path stored twice: {dup[:3]}"
    assert orphans == {"m": 0, "c": 0, "s": 0}, f"rows without their document: {orphans}"
    assert dangling == 0, "mentions point at actors that are not in the store (corpus stage half-written)"
    return shape


@pytest.mark.model
@pytest.mark.timeout(900)
def test_crash_safety_build_killed_then_rerun_completes(article_corpus, reference_build, tmp_path, long_run):
    reference = reference_build.shape
    store = tmp_path / "crash.duckdb"
    rng = random.Random(20240917)
    kills = 8 if long_run else 3
    seen_partial = 0
    for i in range(kills):
        # anywhere from start-up to a little past the end of a clean build
        at = rng.uniform(0.2, 1.1) * reference_build.seconds
        proc = subprocess.Popen([*CLAIMGRAPH, "build", str(article_corpus), "--store", str(store), "-q", "-w", "1"],
                                env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                start_new_session=True)
        time.sleep(at)
        finished = proc.poll() is not None
        kill_tree(proc)
        if not store.exists():
            continue            # killed before the store was created
        shape = assert_complete(store, reference)
        seen_partial += 0 < len(shape) < N_ARTICLES
        # the kernel dropped the build lock with the process: a writer can open the store at once
        with Store(store, wait=0) as st:
            assert st.counts()["documents"] == len(shape)
        if finished:
            break
    proc = run_cli(["build", str(article_corpus), "--store", str(store), "-q", "-w", "1"], timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    final = assert_complete(store, reference)
    assert final == reference, "the rerun did not complete the corpus exactly"
    with Store(store, read_only=True) as st, Store(reference_build.store, read_only=True) as ref:
        c, rc = st.counts(), ref.counts()
    assert c["actors"] > 0
    for table in ("documents", "mentions", "claims", "signals"):
        assert c[table] == rc[table], table
    # tell a reader of the log what the random kills hit (the long variant hits partial stores for sure)
    print(f"kills={kills} partial_stores_seen={seen_partial}")


WRITER = r"""
import sys
from claimgraph.model import Claim, DocResult, Document, Mention, Signal
from claimgraph.store import Store

path, start = sys.argv[1], int(sys.argv[2])
with Store(path) as st:
    for b in range(start, start + 10_000):
        results = []
        for k in range(8):
            d = f"b{b:06d}-{k}"
            doc = Document(id=d, path=f"{d}.txt", text="x " * 400, status="analysed")
            ms = [Mention(id=f"{d}:m{j}", doc=d, start=j, end=j + 1, text="x", name="X", kind="person")
                  for j in range(12)]
            cs = [Claim(id=f"{d}:c{j}", doc=d, start=j, end=j + 1, text="x") for j in range(5)]
            ss = [Signal(doc=d, kind="hedge", text="x", start=j, end=j + 1) for j in range(3)]
            results.append(DocResult(document=doc, mentions=ms, claims=cs, signals=ss))
        st.write_results(results, run=1)
        print(b, flush=True)
"""


@pytest.mark.timeout(300)
def test_crash_safety_store_writes_all_or_nothing(tmp_path, long_run):
    """Kill a process that writes 8-document batches back to back: batches are whole or absent."""
    store = tmp_path / "w.duckdb"
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    rng = random.Random(99)
    start = 0
    rounds = 25 if long_run else 6
    for _ in range(rounds):
        proc = subprocess.Popen([sys.executable, str(script), str(store), str(start)], env=child_env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        # wait until it writes, then kill it somewhere in its stream of commits and checkpoints
        first = proc.stdout.readline()
        assert first.strip(), proc.stderr.read()[-2000:]
        time.sleep(rng.uniform(0.0, 1.0))
        kill_tree(proc)
        with Store(store, read_only=True) as st:
            rows = st.query(
                "SELECT d.id, (SELECT count(*) FROM mentions m WHERE m.doc = d.id) AS m, "
                "(SELECT count(*) FROM claims c WHERE c.doc = d.id) AS c, "
                "(SELECT count(*) FROM signals s WHERE s.doc = d.id) AS s FROM documents d")
            batches: dict[str, int] = {}
            for r in rows:
                assert (r["m"], r["c"], r["s"]) == (12, 5, 3), f"half-written document {r}"
                b = r["id"].split("-")[0]
                batches[b] = batches.get(b, 0) + 1
            assert all(n == 8 for n in batches.values()), {b: n for b, n in batches.items() if n != 8}
            assert st.query("SELECT count(*) AS n FROM signals")[0]["n"] == 3 * len(rows)
        start = max((int(b[1:]) for b in batches), default=-1) + 1
    assert start > rounds, "the writer never committed a batch before being killed"
