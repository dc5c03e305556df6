"""A folder mixing good articles with broken files: the good ones are built, each bad one is listed.

Expected behaviour, per file:
- binary garbage → failed, "binary file";
- an empty file → failed, "empty file";
- a Windows-1251 (cp1251) Russian article → decoded (charset detection) and stored as
  "not analysed: language ru": it is readable text, just not English, so it is kept and
  reported rather than dropped or failed;
- a 60 MB file → failed, "too large: … bytes (limit …)", without being read;
- exit code 0 when at least one document was analysed, 1 when none was.
"""
from __future__ import annotations

import pytest

import claimgraph
from claimgraph.store import Store

GOOD_1 = """Miners end strike after pay deal

KORVA, May 3, 2024 (Northline Press) — Miners at the Korva copper mine ended a two-week strike on
Friday after the company agreed to raise wages by eight per cent, union leader Pia Lund said.

The company said production would resume on Monday.
"""
GOOD_2 = """Floods close mountain pass

The only road across the Tarn pass was closed on Saturday after floods washed away a bridge, the
regional roads agency said. Engineers expect to reopen it within a month.
"""
RUSSIAN = ("Шахтёры вернулись к работе\n\nШахтёры медного рудника вернулись к работе в понедельник после "
           "двухнедельной забастовки, сообщил профсоюз. Компания согласилась повысить зарплату на восемь "
           "процентов, а также пообещала улучшить условия труда на глубоких горизонтах.\n")


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("mixed")
    (d / "good_1.txt").write_text(GOOD_1, encoding="utf-8")
    (d / "good_2.txt").write_text(GOOD_2, encoding="utf-8")
    (d / "garbage.txt").write_bytes(bytes(range(256)) * 20)
    (d / "empty.txt").write_bytes(b"")
    (d / "russian_cp1251.txt").write_bytes(RUSSIAN.encode("cp1251"))
    with open(d / "huge.txt", "wb") as fh:              # sparse: 60 MB on paper, nothing on disk
        fh.truncate(60 * 1024 * 1024)
    return d


@pytest.mark.model
def test_bad_inputs_build_good_ones_and_list_bad_ones(mixed_folder, tmp_path):
    store = tmp_path / "s.duckdb"
    report = claimgraph.build([mixed_folder], store=store, workers=1)
    assert report.analysed == 2
    assert report.exit_code == 0
    reasons = {e.path.rsplit("/", 1)[-1]: e.reason for e in report.errors}
    assert set(reasons) == {"garbage.txt", "empty.txt", "huge.txt"}
    assert "binary file" in reasons["garbage.txt"]
    assert reasons["empty.txt"] == "empty file"
    assert "too large" in reasons["huge.txt"] and "62,914,560 bytes" in reasons["huge.txt"]
    assert [(p.rsplit("/", 1)[-1], r) for p, r in report.not_analysed_docs] == [
        ("russian_cp1251.txt", "not analysed: language ru")]
    with Store(store, read_only=True) as st:
        docs = {d.path.rsplit("/", 1)[-1]: d for d in st.documents()}
        assert docs["good_1.txt"].status == "analysed" and docs["good_1.txt"].outlet == "Northline Press"
        ru = docs["russian_cp1251.txt"]
        assert ru.status == "not_analysed" and ru.language == "ru" and "Шахтёры" in ru.text
        assert st.counts()["errors"] == 3


def test_bad_inputs_only_bad_files_exit_1(tmp_path):
    d = tmp_path / "bad"
    d.mkdir()
    (d / "garbage.bin.txt").write_bytes(b"\x00\xff" * 100)
    (d / "empty.txt").write_bytes(b"")
    report = claimgraph.build([d], store=tmp_path / "s.duckdb", workers=1)
    assert report.analysed == 0 and report.failed == 2
    assert report.exit_code == 1


def test_bad_inputs_cli_exit_codes(tmp_path):
    from typer.testing import CliRunner

    from claimgraph.cli.main import app

    d = tmp_path / "bad"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    runner = CliRunner()
    result = runner.invoke(app, ["build", str(d), "--store", str(tmp_path / "s.duckdb"), "-q"])
    assert result.exit_code == 1
    assert "empty file" in result.output
    result = runner.invoke(app, ["build", str(tmp_path / "missing"), "--store", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 2
