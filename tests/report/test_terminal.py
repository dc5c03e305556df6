"""The terminal report (Rich), rendered to text."""
from __future__ import annotations

import pytest
from rich.console import Console

from claimgraph.report import terminal_report
from claimgraph.store import Store
from tests.web.fixture_store import XSS_NAME


def render(path, **kwargs) -> str:
    console = Console(record=True, width=220, color_system=None)
    with Store(path, read_only=True) as store:
        terminal_report(store, console, **kwargs)
    return console.export_text()


@pytest.fixture(scope="module")
def text(web_store):
    return render(web_store)


@pytest.mark.parametrize("section", ["Corpus", "Top actors", "Strongest relations", "Contested events",
                                     "Outlets and framing signals"])
def test_terminal_report_sections(text, section):
    assert section in text


def test_terminal_report_contested_figures_and_origins(text):
    block = text[text.index("Contested events"):text.index("Outlets and framing")]
    for figure in ("8 fighter jets — United Nations (Coastline Herald)", "14 jets — Veyra (Veyra Daily News)"):
        assert figure in block
    assert "possibly true" in block and "Karsland jets to Port Amsel" in block


def test_terminal_report_actors_with_alias_counts(text):
    row = next(line for line in text.splitlines() if "Anton Keller" in line and "person" in line)
    assert "Antón Keller" in row and " 3 " in row  # three spellings


def test_terminal_report_relations_leave_out_denials(text):
    block = text[text.index("Strongest relations"):text.index("Contested events")]
    assert "MOBILIZE" in block and "CONSULT" in block and "REJECT" not in block


def test_terminal_report_outlet_signals(text):
    row = next(line for line in text.splitlines() if line.startswith("│ Coastline Herald"))
    assert "hedging 11.63" in row and "25%" in row


def test_terminal_report_prints_markup_literally(text):
    assert "<b>Bold</b> Outlet" in text
    assert XSS_NAME.split()[0] in text


def test_terminal_report_limit(web_store):
    short = render(web_store, limit=2)
    block = short[short.index("Top actors"):short.index("Strongest relations")]
    assert "Karsland" in block and "Mira Santos" not in block


def test_terminal_report_empty_store(tmp_path):
    path = tmp_path / "empty.duckdb"
    Store(path).close()
    out = render(path)
    assert "No actors yet" in out and "No relations yet" in out and "No contested events" in out


def test_terminal_report_contradictions_without_events(tmp_path, web_store):
    """Contradicting links whose claims are in no event group still show."""
    import shutil

    path = tmp_path / "noevents.duckdb"
    shutil.copy(web_store, path)
    with Store(path) as st:
        st.con.execute("DELETE FROM events")
    out = render(path)
    assert "Contradicting claims" in out and "different figures: 8 vs 14 jets" in out


def test_cli_report_writes_html(web_store, tmp_path):
    from typer.testing import CliRunner

    from claimgraph.cli.main import app

    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", "--store", str(web_store), "--html", str(out), "--limit", "3"])
    assert result.exit_code == 0, result.output
    assert "Top actors" in result.output and out.read_text(encoding="utf-8").startswith("<!doctype html>")


@pytest.mark.parametrize("command", ["report", "serve"])
def test_cli_refuses_missing_store(tmp_path, command):
    from typer.testing import CliRunner

    from claimgraph.cli.main import app

    result = CliRunner().invoke(app, [command, "--store", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "E006" in result.output
