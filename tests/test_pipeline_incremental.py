"""The corpus stage keeps its results when its inputs and code have not changed (resolve/run.py)."""
from __future__ import annotations

import shutil

import pytest

from claimgraph.resolve import run
from claimgraph.store import Store


def _boom(*args, **kwargs):
    raise AssertionError("the corpus stage ran")


@pytest.fixture
def resolved_copy(libya_store, tmp_path):
    path = tmp_path / "copy.duckdb"
    shutil.copy(libya_store, path)
    return path


def _results(st: Store) -> list:
    return [st.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in ("actors", "links", "events")]


@pytest.mark.model
def test_resolve_store_unchanged_inputs_kept(resolved_copy, monkeypatch):
    with Store(resolved_copy) as st:
        before = _results(st)
        expected = {t: len(rows) for t, rows in zip(("actors", "links", "events"), before)}
        monkeypatch.setattr(run, "resolve_nodes", _boom)
        counts = run.resolve_store(st)
        assert {k: counts[k] for k in expected} == expected
        assert _results(st) == before


@pytest.mark.model
@pytest.mark.parametrize("change", [
    "UPDATE mentions SET name = name || 'x' WHERE id = (SELECT min(id) FROM mentions)",
    "UPDATE claims SET content_text = 'nothing' WHERE id = (SELECT min(id) FROM claims)",
    "UPDATE documents SET published = '1999-01-01' WHERE id = (SELECT min(id) FROM documents)",
    "DELETE FROM claims WHERE id = (SELECT max(id) FROM claims)",
])
def test_resolve_store_changed_inputs_rerun(resolved_copy, monkeypatch, change):
    with Store(resolved_copy) as st:
        st.con.execute(change)
        monkeypatch.setattr(run, "resolve_nodes", _boom)
        with pytest.raises(AssertionError, match="ran"):
            run.resolve_store(st)


@pytest.mark.model
def test_resolve_store_force_reruns_and_gives_the_same_results(resolved_copy, monkeypatch):
    with Store(resolved_copy) as st:
        before = _results(st)
        run.resolve_store(st, force=True)
        assert _results(st) == before
        monkeypatch.setattr(run, "code_fingerprint", lambda: "other code")
        monkeypatch.setattr(run, "resolve_nodes", _boom)
        with pytest.raises(AssertionError, match="ran"):
            run.resolve_store(st)
