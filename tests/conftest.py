"""Shared fixtures (only here, as spaCy's tests keep them)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
LIBYA = SHARED / "corpus" / "libya"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    from claimgraph.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def libya_store(tmp_path_factory):
    """The sample corpus built once per test session."""
    if not LIBYA.exists():
        pytest.skip("../shared/corpus/libya is not beside the checkout")
    import claimgraph

    path = tmp_path_factory.mktemp("libya") / "libya.duckdb"
    claimgraph.build([LIBYA], store=path, workers=1)
    return path


@pytest.fixture(scope="session")
def libya_export(libya_store):
    import claimgraph

    with claimgraph.open(libya_store) as corpus:
        return corpus.to_dict()


@pytest.fixture(scope="session")
def export_store(tmp_path_factory):
    """A small hand-made store (tests/export/store_builder.py): every record kind, no spaCy."""
    from tests.export.store_builder import build_small_store

    return build_small_store(tmp_path_factory.mktemp("export") / "small.duckdb")


@pytest.fixture(scope="session")
def web_store(tmp_path_factory):
    """The hand-built store of the report and web tests (tests/web/fixture_store.py): full model, no spaCy."""
    from tests.web.fixture_store import build_fixture_store

    return build_fixture_store(tmp_path_factory.mktemp("web") / "web.duckdb")


def pytest_addoption(parser):
    # here, not in tests/reliability/conftest.py: pytest only reads options from the rootdir's conftests
    parser.addoption("--long", action="store_true", default=False,
                     help="run the full reliability variants (1,500 hostile files, more kill points)")


@pytest.fixture(scope="session")
def scorer():
    """The shared dev-set scorer (../shared/eval/score.py) as a module; skips when ../shared is absent."""
    import importlib.util

    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("../shared/eval/score.py is not beside the checkout")
    spec = importlib.util.spec_from_file_location("claimgraph_shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
