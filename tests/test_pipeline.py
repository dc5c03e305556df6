"""Pipeline: declared stage order, build report and exit codes."""
from __future__ import annotations

import pytest

from claimgraph.errors import PipelineError
from claimgraph.pipeline import STAGES, BuildReport, Stage, check_stages


def test_pipeline_declared_order_is_valid():
    check_stages(STAGES)


def test_pipeline_wrong_order_fails_at_start_up():
    swapped = [STAGES[0], STAGES[4], *STAGES[1:4], *STAGES[5:]]   # nlp before clean
    with pytest.raises(PipelineError, match="E009"):
        check_stages(swapped)


def test_pipeline_stage_reading_unknown_field_fails():
    with pytest.raises(PipelineError):
        check_stages([*STAGES, Stage("mystery", frozenset({"crystal_ball"}), frozenset())])


@pytest.mark.parametrize("counts,code", [
    ({"analysed": 1}, 0), ({"analysed": 0, "failed": 3}, 1), ({"skipped": 2}, 0), ({}, 1),
])
def test_pipeline_exit_code(counts, code):
    assert BuildReport(store="s", **counts).exit_code == code


@pytest.mark.model
@pytest.mark.parametrize("engine,workers,expected", [("local", 2, 2), ("local", None, None), ("ray", 2, 1)])
def test_pipeline_corpus_stage_processes_follow_workers_not_under_ray(tmp_path, monkeypatch, engine, workers,
                                                                      expected):
    import claimgraph.engine as engines
    from claimgraph import pipeline
    from claimgraph.engine.local import LocalEngine

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Velmora's army shelled the port of Ostrand on Monday, a spokesman said.\n")
    seen = []
    monkeypatch.setattr(engines, "make_engine", lambda name, **kw: LocalEngine(workers=1))   # no pool, no Ray
    monkeypatch.setattr(pipeline, "resolve_corpus", lambda st, workers=None: seen.append(workers) or {})
    pipeline.build([tmp_path / "in"], store=tmp_path / "s.duckdb", workers=workers, engine=engine)
    assert seen == [expected]
