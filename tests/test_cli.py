"""The CLI: every command has help, usage errors exit 2, a run with nothing analysed exits 1."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from claimgraph.cli.main import app

runner = CliRunner()
COMMANDS = sorted(c.name for c in app.registered_commands)


def test_cli_lists_every_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.output


@pytest.mark.parametrize("name", COMMANDS)
def test_cli_command_has_help(name):
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_cli_build_missing_path_is_usage_error(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "missing"), "--store", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 2


def test_cli_unknown_option_is_usage_error():
    assert runner.invoke(app, ["build", "--no-such-option"]).exit_code == 2


def test_cli_build_nothing_analysable_exits_1(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("")
    result = runner.invoke(app, ["build", str(tmp_path / "in"), "--store", str(tmp_path / "s.duckdb"), "-q"])
    assert result.exit_code == 1
    assert "empty" in result.output


def test_cli_export_unknown_format_fails_with_code(tmp_path):
    from claimgraph.store import Store

    Store(tmp_path / "s.duckdb").close()
    result = runner.invoke(app, ["export", "--store", str(tmp_path / "s.duckdb"), "--format", "docx"])
    assert result.exit_code != 0
    assert "E005" in result.output


def test_cli_info_on_missing_store_explains(tmp_path):
    result = runner.invoke(app, ["info", "--store", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "E006" in result.output
