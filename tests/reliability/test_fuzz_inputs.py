"""Hostile and malformed input: every file ends analysed, stored as not analysed/duplicate, or listed
in ``errors`` with a reason; the run never crashes; nothing is counted twice or lost.

CI builds a generated folder of 300 hostile files (plus the special entries: symlink loops, a FIFO,
a device, an EIO file, chmod 000, odd names, enormous lines, a 60 MB file); ``--long`` builds 1,500.
The properties below (hypothesis) feed arbitrary bytes and text to ingest, cleaning and the store.
"""
from __future__ import annotations

import os
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.clean import clean_document
from claimgraph.clean.dedupe import Deduper
from claimgraph.ingest import IngestOptions, iter_inputs
from claimgraph.model import Document, DocResult, IngestError
from claimgraph.pipeline import BuildReport, prepare
from claimgraph.store import Store

from .conftest import run_build_child, run_cli
from .synth import is_root, make_hostile, unreadable_really

STATUSES = {"analysed", "duplicate", "not_analysed", "failed", "skipped"}
EXTENSIONS = [".txt", ".html", ".htm", ".json", ".jsonl", ".csv", ".tsv", ".pdf", ".md", ".bin", ""]


def shown(path) -> str:
    """A path as claimgraph stores it: bytes that are not UTF-8 become \\xNN escapes."""
    return os.fsencode(str(path)).decode("utf-8", "backslashreplace")


def owner(path: str, files: set[str]) -> str | None:
    """The input file an event path belongs to: itself, or the file whose records it holds (``f.jsonl#3``)."""
    if path in files:
        return path
    best = None
    for f in files:
        if path.startswith(f) and len(path) > len(f) and not path[len(f)].isalnum():
            if best is None or len(f) > len(best):
                best = f
    return best


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory, long_run):
    root = tmp_path_factory.mktemp("hostile")
    n = 1500 if long_run else 300
    hostile = make_hostile(root / "in", n, seed=5, huge_lines=2 if long_run else 1,
                           huge_line_chars=3_000_000 if long_run else 1_050_000)
    store = root / "hostile.duckdb"
    t0 = time.perf_counter()
    result = run_build_child(root / "result.json", store, [hostile.root], timeout=900 if long_run else 300)
    result["seconds"] = time.perf_counter() - t0
    return hostile, store, result


@pytest.mark.model
@pytest.mark.timeout(900)
def test_fuzz_inputs_build_never_crashes(hostile_run):
    _, _, result = hostile_run
    assert "crash" not in result, result.get("crash")
    assert result["exit_code"] in (0, 1)


@pytest.mark.model
@pytest.mark.timeout(900)
def test_fuzz_inputs_every_file_accounted_once(hostile_run):
    hostile, _, result = hostile_run
    assert "crash" not in result, result.get("crash")
    files = {shown(p) for p in hostile.files}
    assert len(files) >= (1500 if len(files) > 1000 else 300)
    seen: Counter = Counter()
    for status, path in result["events"]:
        assert status in STATUSES, (status, path)
        f = owner(path, files)
        assert f is not None, f"event for a path that is not an input: {path!r}"
        seen[f] += 1
    missing = sorted(files - set(seen))
    assert not missing, f"{len(missing)} inputs never reported, e.g. {missing[:5]}"
    # one event per single-article file; record files (jsonl, csv, json arrays) may hold several
    multi = {f for f, k in seen.items() if k > 1}
    assert all(Path(f).suffix in {".jsonl", ".ndjson", ".csv", ".tsv", ".json"} for f in multi), sorted(multi)[:5]


@pytest.mark.model
@pytest.mark.timeout(900)
def test_fuzz_inputs_counts_add_up(hostile_run):
    """count in == analysed + duplicates + not_analysed + errors (+ exact copies already stored)."""
    _, store, result = hostile_run
    counts, events = result["counts"], result["events"]
    by_status = Counter(s for s, _ in events)
    assert len(events) == (counts["analysed"] + counts["duplicates"] + counts["not_analysed"]
                           + counts["failed"] + counts["skipped"])
    assert by_status["analysed"] == counts["analysed"]
    assert by_status["failed"] == counts["failed"] == len(result["errors"])
    assert by_status["duplicate"] == counts["duplicates"]
    assert by_status["not_analysed"] == counts["not_analysed"]
    with Store(store, read_only=True) as st:
        stored = Counter(r["status"] for r in st.query("SELECT status FROM documents"))
        errors = st.query("SELECT path, reason FROM errors")
        ids = {r["id"] for r in st.query("SELECT id FROM documents")}
    assert stored["analysed"] == counts["analysed"]
    assert stored["duplicate"] == counts["duplicates"]
    assert stored["not_analysed"] == counts["not_analysed"]
    assert len(errors) == counts["failed"]
    assert all(e["reason"] and e["reason"].strip() for e in errors)
    assert len(ids) == sum(stored.values())


@pytest.mark.model
@pytest.mark.timeout(900)
def test_fuzz_inputs_bad_files_listed_with_reason(hostile_run):
    hostile, store, result = hostile_run
    files = {shown(p) for p in hostile.files}
    status_of: dict[str, set[str]] = {}
    for status, path in result["events"]:
        status_of.setdefault(owner(path, files), set()).add(status)
    reason_of = {owner(p, files): r for p, r, _ in result["errors"]}
    for path, kind in hostile.kinds.items():
        path = shown(path)
        statuses = status_of.get(path, set())
        if kind in {"symlink_loop", "dangling_symlink", "fifo", "device", "io_error", "too_large"}:
            assert statuses == {"failed"}, (kind, path, statuses)
            assert reason_of[path].strip(), (kind, path)
        if kind == "too_large":
            assert any(w in reason_of[path].lower() for w in ("large", "size", "bytes", "mb")), reason_of[path]
        if kind == "unreadable":
            if unreadable_really(Path(path)):
                assert statuses == {"failed"} and "permission" in reason_of[path].lower(), reason_of.get(path)
            else:  # as root chmod 000 does not stop reading: the file is an ordinary article then
                assert is_root() and statuses <= {"analysed", "duplicate", "skipped"}, statuses
        if kind in {"random_bytes", "cp1251", "latin1"}:
            assert "analysed" not in statuses, (kind, path, "analysed as English")
        if kind == "good_article":
            assert statuses <= {"analysed", "duplicate", "skipped"} and statuses, (path, statuses)


@pytest.mark.model
@pytest.mark.timeout(900)
def test_fuzz_inputs_rerun_adds_nothing(hostile_run, tmp_path):
    """A second build over the same folder stores no document twice and still does not crash."""
    hostile, store, first = hostile_run
    with Store(store, read_only=True) as st:
        before = st.counts()
    again = run_build_child(tmp_path / "again.json", store, [hostile.root], timeout=600)
    assert "crash" not in again, again.get("crash")
    assert again["counts"]["analysed"] == 0 and again["counts"]["duplicates"] == 0
    with Store(store, read_only=True) as st:
        after = st.counts()
    for table in ("documents", "mentions", "claims", "signals"):
        assert after[table] == before[table], table


def test_fuzz_inputs_cli_lists_failures_without_traceback(tmp_path):
    """The CLI over special entries only: exit code 1 (nothing analysable), one line per failure, no traceback."""
    hostile = make_hostile(tmp_path / "in", 0, seed=9, big=True, huge_line_chars=2000)
    special = hostile.root / "special"
    for p in list(special.iterdir()):   # keep only what cannot be analysed
        if hostile.kinds.get(str(p)) in {"odd_name", "undecodable_name", "unreadable"}:
            p.unlink()
    store = tmp_path / "cli.duckdb"
    proc = run_cli(["build", str(special), "--store", str(store), "-q", "-w", "1"], timeout=300)
    assert "Traceback" not in proc.stderr + proc.stdout
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "failed" in proc.stderr
    for name in ("loop-a.txt", "dangling.txt", "pipe.txt", "zero.txt", "sixty-mb.txt"):
        assert name in proc.stderr, name


# -- properties ------------------------------------------------------------------------------------

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(data=st.binary(max_size=4096), ext=st.sampled_from(EXTENSIONS))
def test_fuzz_inputs_ingest_any_bytes(tmp_path_factory, data, ext):
    """Any bytes under any extension: ingest yields Documents or IngestErrors with a reason, never raises."""
    path = tmp_path_factory.mktemp("bytes") / f"f{ext}"
    path.write_bytes(data)
    items = list(iter_inputs([path], IngestOptions()))
    assert items, "a file produced nothing at all"
    for item in items:
        assert isinstance(item, (Document, IngestError))
        if isinstance(item, IngestError):
            assert item.reason.strip()
        else:
            assert isinstance(item.raw_text if item.raw_text is not None else item.text, str)


@FAST
@given(text=st.text(max_size=3000))
def test_fuzz_inputs_clean_and_prepare_any_text(text):
    """Any Unicode text through cleaning, dedupe and language detection: no exception escapes."""
    doc = Document(id="", path="p.txt", text=text, raw_text=text, format="txt")
    report = BuildReport(store="-")
    out = list(prepare([doc], known=set(), deduper=Deduper(), report=report, progress=None))
    assert len(out) == 1
    item = out[0]
    assert isinstance(item, (Document, IngestError))
    if isinstance(item, Document):
        assert item.id and isinstance(item.text, str) and item.text.strip()


@FAST
@given(text=st.text(max_size=2000))
def test_fuzz_inputs_clean_offsets_stay_inside(text):
    doc = clean_document(Document(id="", path="p.txt", text=text, raw_text=text, format="txt"))
    for pair in doc.offset_map or []:
        assert all(0 <= int(v) <= max(len(text), len(doc.text)) for v in pair[:2]), pair


@pytest.fixture(scope="module")
def round_trip_store(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("rt") / "rt.duckdb")
    yield store
    store.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=500), title=st.text(max_size=80), path=st.text(min_size=1, max_size=80),
       n=st.integers(0, 10**9))
def test_fuzz_inputs_store_round_trips_any_text(round_trip_store, text, title, path, n):
    """Whatever characters (NUL, RTL, emoji, markup) a document holds come back from the store unchanged."""
    doc_id = f"d{n}-{len(text)}-{hash((text, title, path)) & 0xffffff}"
    doc = Document(id=doc_id, path=path, text=text, raw_text=text, title=title, format="txt", status="not_analysed")
    round_trip_store.write_results([DocResult(document=doc)])
    back = round_trip_store.document(doc_id)
    assert (back.text, back.title, back.path) == (text, title, path)


def test_fuzz_inputs_undecodable_file_name_survives_store(tmp_path):
    """A file name that is not valid UTF-8 (Linux allows it) is stored and read back, not a crash."""
    raw = os.path.join(os.fsencode(tmp_path), b"bad-\xff-name.txt")
    with open(raw, "wb") as f:
        f.write(b"Arvania said on Monday that talks would resume.")
    items = list(iter_inputs([tmp_path], IngestOptions()))
    assert len(items) == 1
    item = items[0]
    if isinstance(item, IngestError):
        assert item.reason.strip()
        return
    doc = clean_document(item)
    with Store(tmp_path / "s.duckdb") as s:
        s.write_results([DocResult(document=doc)])
    with Store(tmp_path / "s.duckdb", read_only=True) as s:
        assert s.document(doc.id) is not None
