"""The Ray engine on a local Ray instance (2 CPUs): same export as a local build, shards on disk."""
from __future__ import annotations

import pytest

from tests.conftest import LIBYA
from tests.engine.test_local import _canonical

ray = pytest.importorskip("ray")

pytestmark = [pytest.mark.ray, pytest.mark.model]


@pytest.fixture(scope="module")
def local_ray():
    """A local Ray instance started by the test, as a small cluster would be."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_build_gives_the_export_of_a_local_build(local_ray, tmp_path, libya_export):
    import claimgraph

    store = tmp_path / "ray.duckdb"
    shards = tmp_path / "shards"
    report = claimgraph.build([LIBYA], store=store, engine="ray", batch_size=2, shards=shards)
    assert report.engine == "ray" and report.workers == 2
    assert report.analysed == len(list(LIBYA.iterdir())) and not report.errors
    with claimgraph.open(store) as corpus:
        export = corpus.to_dict()
    assert libya_export["claims"] and libya_export["actors"]
    assert _canonical(export) == _canonical(libya_export)
    # the map stage's results stay on disk as Parquet, one shard per batch, in input order
    assert sorted(p.name for p in shards.iterdir()) == [f"run0001-{i:06d}.parquet" for i in range(3)]


def test_ray_workers_write_shared_shards(local_ray, tmp_path):
    import duckdb

    import claimgraph

    store = tmp_path / "ray.duckdb"
    shards = tmp_path / "shared"
    claimgraph.build([LIBYA], store=store, engine="ray", batch_size=3, shards=shards, shared_shards=True,
                     resolve=False)
    sql = f"SELECT count(*), sum(len(claims)) FROM read_parquet('{shards}/*.parquet')"
    rows = duckdb.connect().execute(sql).fetchone()
    with claimgraph.open(store) as corpus:
        counts = corpus.info()["counts"]
    assert rows == (counts["documents"], counts["claims"])
    assert counts["actors"] == 0  # resolve=False: the reduce stage did not run


def test_ray_shared_shards_need_a_directory():
    from claimgraph.engine import make_engine
    from claimgraph.errors import PipelineError

    with pytest.raises(PipelineError, match="E071"):
        make_engine("ray", shared_shards=True)
