"""Docs are tested: the README documents every command and option, every export format and stage."""
from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_docs_cli_reference_is_current():
    """README's command reference is regenerated from --help; it must not drift."""
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "cli_reference.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_docs_readme_starts_with_the_two_setup_commands():
    head = README[:3000]
    assert "make demo" in head and "make test" in head


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "graphml", "gexf", "ftm", "parquet"])
def test_docs_every_export_format_has_an_example(fmt):
    assert f"--format {fmt}" in README


@pytest.mark.parametrize("folder", ["ingest", "clean", "nlp", "extract", "resolve", "store", "export", "report",
                                    "web", "cli", "data"])
def test_docs_every_stage_folder_is_described(folder):
    assert (ROOT / "src" / "claimgraph" / folder).is_dir()
    assert f"`{folder}/`" in README


def test_docs_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_docs_every_data_file_has_a_sources_line():
    from claimgraph import data

    sources = (ROOT / "src" / "claimgraph" / "data" / "SOURCES.md").read_text(encoding="utf-8")
    missing = [name for name in data.names() if name.split("/")[-1] not in sources]
    assert not missing, f"data files without a SOURCES.md line: {missing}"
