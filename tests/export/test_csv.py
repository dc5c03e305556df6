"""CSV export (export/csv.py): POLECAT/ACLED-style events plus claims, actors, documents, links."""
from __future__ import annotations

import csv
import io

import duckdb
import pytest

from claimgraph.export.csv import EVENT_COLUMNS, TABLES
from tests.export.store_builder import claim_id, run_export


@pytest.fixture(scope="module")
def csv_dir(export_store, tmp_path_factory):
    out = tmp_path_factory.mktemp("csv") / "tables"
    run_export(export_store, "csv", out)
    return out


def _events(path) -> dict[str, dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return {r["event_id"]: r for r in csv.DictReader(f)}


@pytest.mark.parametrize("table,rows", [("events", 9), ("claims", 7), ("actors", 9), ("documents", 4), ("links", 3)])
def test_csv_tables_load_in_duckdb_with_expected_row_counts(csv_dir, table, rows):
    rel = duckdb.sql(f"SELECT * FROM read_csv('{csv_dir / (table + '.csv')}', header = true)")
    assert rel.columns == TABLES[table]
    assert len(rel.fetchall()) == rows


def test_csv_events_typed_columns_in_duckdb(csv_dir):
    rel = duckdb.sql(f"SELECT lat, lon, quantity, hedged, date FROM read_csv('{csv_dir / 'events.csv'}') "
                     "WHERE event_id LIKE '%c1:event'")
    types = [str(t) for t in rel.types]
    assert types[:2] == ["DOUBLE", "DOUBLE"] and types[3:] == ["BOOLEAN", "DATE"]
    assert types[2] in ("BIGINT", "DOUBLE")
    lat, lon, quantity, hedged, date = rel.fetchall()[0]
    assert (lat, lon, quantity, hedged, str(date)) == (16.27, -0.04, 12, False, "2023-03-02")


def test_csv_event_row_reads_like_an_event_record(csv_dir):
    row = _events(csv_dir / "events.csv")[claim_id("c1") + ":event"]
    assert {k: row[k] for k in ("mode", "date", "actor1", "actor1_country", "actor1_country_code", "event_type",
                                "actor2", "actor2_country", "place", "admin1", "quantity", "quantity_unit",
                                "speaker", "hedged", "stance", "outlet", "url", "document_id")} == {
        "mode": "event", "date": "2023-03-02", "actor1": "Northern Liberation Front", "actor1_country": "Mali",
        "actor1_country_code": "ML", "event_type": "ASSAULT", "actor2": "Mali", "actor2_country": "Mali",
        "place": "Gao", "admin1": "Gao", "quantity": "12", "quantity_unit": "soldiers",
        "speaker": "Idrissa Bamba", "hedged": "false", "stance": "asserts", "outlet": "Sahel Wire",
        "url": "https://example.org/a1", "document_id": "dsmall0000000001"}
    assert row["sentence"].startswith("Fighters of the Northern Liberation Front attacked")
    assert (row["event_group"], row["origins"], row["grade"]) == ("e1", "2", "probably true")


@pytest.mark.parametrize("key,actor1,event_type,actor2", [
    ("c2", "Niger", "ACCUSE", "France"),
    ("c3", "Northern Liberation Front", "REJECT", "Mali"),   # denies its own act: about the object
    ("c4", "ECOWAS", "REQUEST", "Mali"),
])
def test_csv_speech_acts_are_rows_of_their_own(csv_dir, key, actor1, event_type, actor2):
    row = _events(csv_dir / "events.csv")[claim_id(key) + ":speech"]
    assert (row["mode"], row["actor1"], row["event_type"], row["actor2"]) == ("speech", actor1, event_type, actor2)


def test_csv_unresolved_speaker_and_hedges_kept(csv_dir):
    row = _events(csv_dir / "events.csv")[claim_id("c6") + ":event"]
    assert (row["speaker"], row["speaker_id"], row["hedged"], row["hedges"]) == ("officials", "", "true", "likely")
    assert row["date"] == "2023-04-20"          # no event date: the article's
    c2 = _events(csv_dir / "events.csv")[claim_id("c2") + ":event"]
    assert c2["via"] == "a report; Sahel Wire"


def test_csv_claims_without_a_type_stay_in_claims_only(csv_dir):
    events = _events(csv_dir / "events.csv")
    assert not any(e["claim_id"] == claim_id("c5") for e in events.values())
    with open(csv_dir / "claims.csv", newline="", encoding="utf-8") as f:
        c5 = next(r for r in csv.DictReader(f) if r["id"] == claim_id("c5"))
    assert (c5["hedged"], c5["hedges"], c5["event_type"]) == ("true", "reportedly", "")


def test_csv_actors_table_denormalises_country(csv_dir):
    with open(csv_dir / "actors.csv", newline="", encoding="utf-8") as f:
        actors = {r["id"]: r for r in csv.DictReader(f)}
    assert (actors["amadou-kone"]["country_name"], actors["amadou-kone"]["country_code"]) == ("Mali", "ML")
    assert actors["nlf"]["aliases"] == "Northern Liberation Front; NLF; the front"
    assert actors["france"]["country_code"] == "FR"


def test_csv_stdout_and_single_file_get_the_events_table(export_store, tmp_path, capsys):
    run_export(export_store, "csv", None)
    stdout = capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(stdout)))
    assert list(rows[0]) == EVENT_COLUMNS and len(rows) == 9
    run_export(export_store, "csv", tmp_path / "sub" / "events.csv")
    assert (tmp_path / "sub" / "events.csv").read_text(encoding="utf-8") == stdout
    assert sorted(p.name for p in (tmp_path / "sub").iterdir()) == ["events.csv"]


def test_csv_filter_narrows_every_table(export_store, tmp_path):
    run_export(export_store, "csv", tmp_path / "f", outlet="Coastal Herald")
    counts = {t: duckdb.sql(f"SELECT count(*) FROM read_csv('{tmp_path / 'f' / (t + '.csv')}')").fetchall()[0][0]
              for t in ("events", "claims", "documents")}
    # c3 (event + speech), c4 (event + speech), c5 (no type)
    assert counts == {"events": 4, "claims": 3, "documents": 1}
