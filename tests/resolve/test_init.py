"""The resolve package loads its corpus stage only when asked for it."""
from __future__ import annotations

import subprocess
import sys

import pytest


def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_init_helper_import_leaves_corpus_stage_unloaded():
    # an extract worker needs resolve.figures (sums.mixed_kinds), not the store, actors and cross-check
    code = ("import sys, claimgraph.resolve.figures\n"
            "print(sorted(m for m in ('claimgraph.resolve.run', 'claimgraph.resolve.crosscheck',"
            " 'claimgraph.store') if m in sys.modules))")
    assert _run(code) == "[]"


@pytest.mark.parametrize("code", [
    "from claimgraph.resolve import resolve_store; print(resolve_store.__module__)",
    "import claimgraph.resolve as r; print(r.resolve_store.__module__)",
])
def test_init_resolve_store_loads_on_first_use(code):
    assert _run(code) == "claimgraph.resolve.run"


def test_init_unknown_name_is_an_attribute_error():
    import claimgraph.resolve as r

    with pytest.raises(AttributeError):
        r.no_such_name  # noqa: B018
