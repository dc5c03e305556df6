"""JSON lines export (export/jsonl.py): the contract line by line, streamed in flat memory."""
from __future__ import annotations

import io
import json
import os
import tracemalloc

import pytest

from claimgraph.export import Filters
from claimgraph.export.json import build_export
from claimgraph.export.jsonl import JsonlExporter
from claimgraph.store import Store
from tests.export.store_builder import build_big_store, run_export


def _reassemble(lines: list[str]) -> dict:
    """The JSON export rebuilt from jsonl lines."""
    out: dict = {}
    for line in lines:
        record = json.loads(line)
        table = record.pop("table")
        if table == "schema":
            out["schema"] = record["schema"]
        else:
            out.setdefault(table, []).append(record)
    return out


@pytest.mark.parametrize("filters", [{}, {"actor": "nlf"}, {"type": "ACCUSE"}, {"since": "2023-04"}])
def test_jsonl_holds_the_same_records_as_json(export_store, tmp_path, filters):
    run_export(export_store, "jsonl", tmp_path / "out.jsonl", **filters)
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    with Store(export_store, read_only=True) as store:
        expected = build_export(store, Filters(**filters))
    got = _reassemble(lines)
    assert got["schema"] == expected["schema"] == "claimgraph/1"
    for table in ("documents", "actors", "claims", "links", "events", "merges", "errors"):
        assert got.get(table, []) == expected[table], table


def test_jsonl_every_line_names_its_table(export_store, tmp_path):
    run_export(export_store, "jsonl", tmp_path / "out.jsonl")
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records[0] == {"table": "schema", "schema": "claimgraph/1"}
    tables = [r["table"] for r in records[1:]]
    # tables come one after another, in the order of the JSON export
    order = ["documents", "actors", "claims", "links", "events", "merges", "errors"]
    assert tables == sorted(tables, key=order.index)
    assert tables.count("claims") == 7 and tables.count("documents") == 4


def _rss() -> int:
    """Resident memory of this process, in bytes (Linux)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class _MeasuringSink(io.TextIOBase):
    """A stream that counts what it is given and samples memory as lines go by.

    Resident memory is sampled every ``every`` lines. Python allocations are traced
    (tracemalloc, which slows Python down a lot) over two windows only: from the start to
    ``first`` lines (catches an exporter that reads everything before writing) and over the
    last ``window`` lines (catches one that accumulates as it goes).
    """

    def __init__(self, total: int, first: int, every: int = 10_000, window: int = 10_000):
        self.bytes = self.lines = 0
        self.total, self.first, self.every, self.window = total, first, every, window
        self.rss: list[tuple[int, int]] = []
        self.peaks: list[int] = []

    def write(self, s: str) -> int:
        self.bytes += len(s)
        if s == "\n":
            self.lines += 1
            if self.lines % self.every == 0:
                self.rss.append((self.lines, _rss()))
            if self.lines in (self.first, self.total):
                self.peaks.append(tracemalloc.get_traced_memory()[1])
                tracemalloc.stop()
            elif self.lines == self.total - self.window:
                tracemalloc.start()
        return len(s)


@pytest.mark.slow
def test_jsonl_streams_a_100k_claim_store_in_flat_memory(tmp_path):
    path = build_big_store(tmp_path / "big.duckdb", n_claims=100_000)
    total = 1 + 1_000 + 20 + 100_000              # schema, documents, actors, claims
    sink = _MeasuringSink(total, first=1 + 1_000 + 20 + 10_000)
    with Store(path, read_only=True) as store:
        tracemalloc.start()
        try:
            JsonlExporter(store, Filters()).write(sink)
        finally:
            if tracemalloc.is_tracing():
                tracemalloc.stop()
    assert sink.lines == total
    # ~75 MB written; a claim held in memory costs a few kB as Python objects
    assert sink.bytes > 50_000_000
    # Python allocations up to the first 10k claims, and over the last 10k, stay at a few batches
    assert len(sink.peaks) == 2 and max(sink.peaks) < 8_000_000, sink.peaks
    # resident memory is flat from the first 20k claims to the last (holding the claims
    # would add hundreds of MB here)
    later = [mem for n, mem in sink.rss if n >= 20_000]
    assert max(later) - min(later) < 40_000_000, [(n, mem // 2**20) for n, mem in sink.rss]
