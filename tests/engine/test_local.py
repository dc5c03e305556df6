"""The local engine: order, bounded memory, in-process workers=1, dead workers; same store for any worker count."""
from __future__ import annotations

import json
import os
import time

import pytest

from claimgraph.engine import BatchResult
from claimgraph.engine.local import LocalEngine
from claimgraph.model import Document
from tests.conftest import LIBYA


def _docs(n: int, prefix: str = "doc") -> list[Document]:
    return [Document(id=f"d{i}", path=f"{prefix}{i}.txt", text=f"text {i}") for i in range(n)]


def _batches(docs: list[Document], size: int):
    return [docs[i:i + size] for i in range(0, len(docs), size)]


def slow_first(documents, model, index):
    """Early batches finish last, so a pool that yields as completed would reorder them."""
    time.sleep(0.2 if index % 3 == 0 else 0.01)
    return BatchResult(index=index, statuses=[("analysed", d.path) for d in documents], analysed=len(documents),
                       tokens=os.getpid())


def crash_on_marker(documents, model, index):
    """Kill the worker process (as an out-of-memory kill would) when a document asks for it."""
    if any(d.path == "crash.txt" for d in documents):
        os._exit(1)
    return BatchResult(index=index, statuses=[("analysed", d.path) for d in documents], analysed=len(documents))


def slow_oldest(documents, model, index):
    """The first batch takes long; the others are quick and say when they finished."""
    time.sleep(3.0 if index == 0 else 0.01)
    return BatchResult(index=index, analysed=len(documents), tokens=int(time.monotonic() * 1000))


@pytest.mark.parametrize("max_in_flight,least", [(None, 5), (4, 0)])
def test_local_engine_other_workers_go_on_while_the_oldest_batch_runs(max_in_flight, least):
    with LocalEngine(workers=2, fn=slow_oldest, init=False, max_in_flight=max_in_flight) as engine:
        results = list(engine.map(_batches(_docs(24), 2)))
    first_done = results[0].tokens
    behind = sum(1 for r in results[1:] if r.tokens < first_done)
    # default (4 per worker): the other worker works through 7 queued batches; a bound of 4 allows 3
    assert behind >= least
    if max_in_flight is not None:
        assert behind <= max_in_flight - 1


@pytest.mark.parametrize("workers,max_in_flight", [(1, 1), (2, 3)])
def test_local_engine_yields_in_input_order_with_bounded_in_flight(workers, max_in_flight):
    batches = _batches(_docs(24), 2)
    pulled = {"n": 0}

    def source():
        for b in batches:
            pulled["n"] += 1
            yield b

    seen = []
    with LocalEngine(workers=workers, fn=slow_first, init=False, max_in_flight=max_in_flight) as engine:
        results = []
        for result in engine.map(source()):
            results.append(result)
            seen.append(result.index)
            # batches pulled from the input but not yet handed back never exceed the bound
            assert pulled["n"] - len(seen) < max_in_flight
    assert seen == list(range(len(batches)))
    if workers > 1:
        assert os.getpid() not in {r.tokens for r in results}


def test_local_engine_workers_1_runs_in_process():
    with LocalEngine(workers=1, fn=slow_first, init=False) as engine:
        results = list(engine.map(_batches(_docs(4), 2)))
    assert {r.tokens for r in results} == {os.getpid()}


def test_local_engine_reports_batch_of_dead_worker_as_failed():
    docs = _docs(6)
    docs[2] = Document(id="dx", path="crash.txt", text="boom")
    with LocalEngine(workers=2, fn=crash_on_marker, init=False, max_in_flight=2) as engine:
        results = list(engine.map(_batches(docs, 2)))
    assert [r.index for r in results] == [0, 1, 2]
    failed = results[1]
    assert [e.path for e in failed.errors] == ["crash.txt", "doc3.txt"]
    assert all(e.stage == "extract" and "worker process died" in e.reason for e in failed.errors)
    # the batch after the dead one was resubmitted to a fresh pool and came back whole
    assert results[2].analysed == 2 and not results[2].errors


def _canonical(export: dict) -> dict:
    """The export with every list sorted, so two stores are compared modulo row order."""
    def norm(value):
        if isinstance(value, dict):
            return {k: norm(v) for k, v in value.items()}
        if isinstance(value, list):
            return sorted((norm(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
        return value
    return norm(export)


def _write_own_articles(folder) -> None:
    """Articles written for this test (with a copy and a non-English one, which take other paths)."""
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Talks in Valmora stall\n\nThe Republic of Castora sent 40 observers to Valmora on Monday, its foreign "
        "ministry said. Minister Ilse Varga told reporters that the mission would stay for a month.\n", "utf-8")
    (folder / "b.txt").write_text(
        "Observers arrive\n\nAccording to the Valmora Herald, at least 35 observers from Castora arrived on "
        "Tuesday. Varga denied that soldiers were among them.\n", "utf-8")
    (folder / "d-copy.txt").write_text((folder / "b.txt").read_text("utf-8"), "utf-8")
    (folder / "c.txt").write_text(
        "Les observateurs sont arrivés mardi à Valmora, selon le ministère des affaires étrangères, qui a "
        "précisé que la mission resterait un mois dans la capitale.\n", "utf-8")


@pytest.mark.model
def test_local_engine_submit_to_a_pool_with_a_closed_pipe_is_a_broken_pool():
    # a worker dying while the pool starts its replacement can make submit raise OSError ("handle is
    # closed"); the engine must treat it as the broken pool it is (restart, re-run), not crash the build
    from concurrent.futures.process import BrokenProcessPool

    class ClosedPool:
        def submit(self, *args):
            raise OSError("handle is closed")

    engine = LocalEngine(workers=2, fn=crash_on_marker, init=False)
    engine._pool = ClosedPool()
    future = engine._submit([], 0)
    with pytest.raises(BrokenProcessPool):
        future.result()


def test_build_same_export_whatever_the_worker_count(tmp_path, libya_export):
    """Two worker processes, small batches, results through Parquet shards: the store of a workers=1 build."""
    import claimgraph

    store = tmp_path / "w2.duckdb"
    report = claimgraph.build([LIBYA], store=store, workers=2, batch_size=2, shards=tmp_path / "shards")
    assert report.analysed == len(list(LIBYA.iterdir())) and report.tokens > 1000
    with claimgraph.open(store) as corpus:
        export = corpus.to_dict()
    assert libya_export["claims"] and libya_export["actors"]
    assert _canonical(export) == _canonical(libya_export)
    shards = sorted(p.name for p in (tmp_path / "shards").iterdir())
    assert shards == [f"run0001-{i:06d}.parquet" for i in range(3)]


@pytest.mark.model
def test_build_second_run_adds_only_new_documents(tmp_path):
    import claimgraph

    own = tmp_path / "own"
    _write_own_articles(own)
    store = tmp_path / "s.duckdb"
    first = claimgraph.build([own / "a.txt"], store=store, workers=1)
    second = claimgraph.build([own], store=store, workers=2, batch_size=1)
    # a.txt is in the store already and d-copy.txt is b.txt again: only b.txt is analysed
    assert (first.analysed, second.analysed, second.skipped + second.duplicates) == (1, 1, 2)
    with claimgraph.open(store) as corpus:
        paths = {d.path for d in corpus.documents()}
    assert {p.rsplit("/", 1)[-1] for p in paths} >= {"a.txt", "b.txt", "c.txt"}


@pytest.mark.parametrize("engine,code", [("spark", "E010")])
def test_build_unknown_engine_is_a_coded_error(tmp_path, engine, code):
    from typer.testing import CliRunner

    from claimgraph.cli.main import app

    (tmp_path / "a.txt").write_text("Title\n\nSome text about nothing in particular.\n", "utf-8")
    result = CliRunner().invoke(app, ["build", str(tmp_path / "a.txt"), "--store", str(tmp_path / "s.duckdb"),
                                      "--engine", engine, "-q"])
    assert result.exit_code == 1
    assert code in result.output


def test_build_help_lists_the_scale_options():
    from typer.testing import CliRunner

    from claimgraph.cli.main import app

    result = CliRunner().invoke(app, ["build", "--help"], terminal_width=200)
    for option in ("--workers", "--engine", "--ray-address", "--shards", "--shards-shared", "--batch-size"):
        assert option in result.output


def frozen_count(documents, model, index):
    """How many objects the worker has frozen out of the garbage collector's reach when it runs a batch."""
    import gc
    return BatchResult(index=index, analysed=gc.get_freeze_count(), tokens=os.getpid())


def test_local_engine_worker_freezes_what_its_first_batch_loaded():
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from claimgraph.engine.local import _in_worker

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        first = pool.submit(_in_worker, frozen_count, _docs(2), None, 0).result()
        second = pool.submit(_in_worker, frozen_count, _docs(2), None, 1).result()
    assert first.tokens == second.tokens                # one worker
    assert first.analysed == 0 < second.analysed        # frozen after its first batch, not before


def test_local_engine_without_model_init_freezes_nothing():
    with LocalEngine(workers=2, fn=frozen_count, init=False) as engine:
        results = list(engine.map(_batches(_docs(8), 2)))
    assert len(results) == 4 and all(r.analysed == 0 for r in results)
