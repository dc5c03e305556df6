"""Ingest: one test per format, encoding and failure mode, on fixtures we wrote."""
from __future__ import annotations

import io
import os

import pytest

from claimgraph.ingest import IngestOptions, iter_files, iter_inputs
from claimgraph.model import Document, IngestError
from tests.conftest import FIXTURES

ING = FIXTURES / "ingest"


def _one(path, options=None):
    items = list(iter_inputs([path], options))
    assert len(items) == 1, items
    return items[0]


def _by_path(items):
    return {os.path.basename(i.path): i for i in items}


def make_pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF with a text layer (Helvetica), built by hand."""
    content = "BT /F1 11 Tf 14 TL 50 780 Td " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def test_reader_txt_title_dateline_outlet_date():
    doc = _one(ING / "wire_dateline.txt")
    assert isinstance(doc, Document)
    assert doc.format == "txt" and doc.id == ""
    assert doc.title == "Harbour workers strike over unpaid wages in Port Elsin"
    assert doc.outlet == "Northline Press"
    assert doc.published == "2024-06-02"
    assert doc.raw_text == doc.text and doc.raw_text.startswith("Harbour workers")


@pytest.mark.parametrize("first,is_title", [
    ("Talks collapse as both sides trade blame", True),
    ("Who pays for the new dam?", True),
    ("The minister said on Monday that the talks had collapsed after six hours.", False),
    ("Share", False),
    ("lowercase start of a wrapped sentence", False),
])
def test_reader_txt_title_only_when_it_looks_like_one(tmp_path, first, is_title):
    p = tmp_path / "a.txt"
    p.write_text(f"{first}\nThe second line is the body of the article and says what happened.\n", encoding="utf-8")
    doc = _one(p)
    assert (doc.title == first) is is_title


def test_reader_txt_timestamp_and_via_line(tmp_path):
    p = tmp_path / "blog.txt"
    p.write_text("Roads closed after landslide\n\nThe mountain road was closed after a landslide on Friday, "
                 "the police said.\n\nJane Roe\nSat, 05/11/2024 – 09:30\nvia Hill Gazette https://bit.ly/3abcd Jane Roe\n",
                 encoding="utf-8")
    doc = _one(p)
    assert doc.published == "2024-05-11"
    assert doc.outlet == "Hill Gazette"


def test_reader_html_main_text_and_metadata():
    doc = _one(ING / "page.html")
    assert doc.format == "html"
    assert doc.title == "Flood barriers fail in lower Tessin district"
    assert doc.outlet == "Riverside Courier"
    assert doc.published == "2024-04-17"
    assert doc.url == "https://www.riversidecourier.example/news/flood-barriers-fail"
    assert doc.raw_text.startswith("Flood barriers fail")
    assert "about 300 residents" in doc.raw_text
    assert "Home" not in doc.raw_text.split("\n")


def test_reader_jsonl_records_errors_and_paths():
    items = list(iter_inputs([ING / "records.jsonl"]))
    by = _by_path(items)
    assert set(by) == {"records.jsonl#1", "records.jsonl#2", "records.jsonl#3", "records.jsonl#4"}
    first = by["records.jsonl#1"]
    assert isinstance(first, Document) and first.title == "Council approves new tram line"
    assert first.published == "2024-05-06" and first.outlet == "metrogazette.example"
    assert first.raw_text.startswith("Council approves new tram line\n\nThe city council")
    empty = by["records.jsonl#2"]
    assert isinstance(empty, IngestError) and "no text" in empty.reason
    nested = by["records.jsonl#3"]
    assert nested.outlet == "Field Weekly" and nested.published == "2024-07-01"
    broken = by["records.jsonl#4"]
    assert isinstance(broken, IngestError) and "invalid JSON" in broken.reason


@pytest.mark.parametrize("payload,n", [
    ('[{"text": "One article with enough words to count as text here."}, {"text": "A second article."}]', 2),
    ('{"articles": [{"content": "Inside a container key."}]}', 1),
    ('{"title": "Single", "body": "A single object is one article."}', 1),
    ('{"text": "json lines"}\n{"text": "in a .json file"}', 2),
])
def test_reader_json_shapes(tmp_path, payload, n):
    p = tmp_path / "a.json"
    p.write_text(payload, encoding="utf-8")
    docs = list(iter_inputs([p]))
    assert len(docs) == n and all(isinstance(d, Document) for d in docs)
    assert docs[0].path == f"{p}#1"


def test_reader_csv_detects_fields_and_reports_empty_record():
    items = _by_path(iter_inputs([ING / "records.csv"]))
    doc, bad = items["records.csv#1"], items["records.csv#2"]
    assert doc.title == "Ferry service resumes after storm"
    assert doc.outlet == "Coastal Times" and doc.published == "2024-02-11" and doc.format == "csv"
    assert isinstance(bad, IngestError) and bad.path.endswith("records.csv#2") and "no text" in bad.reason


def test_reader_tsv_overrides():
    plain = _one(ING / "records.tsv")
    assert plain.published is None and plain.outlet is None       # "when"/"where" are not known names
    options = IngestOptions(date_field="when", outlet_field="where")
    doc = _one(ING / "records.tsv", options)
    assert doc.published == "2024-03-12" and doc.outlet == "Valley News"
    assert doc.title == "Bridge reopens to traffic" and doc.format == "tsv"


def test_reader_text_field_override_and_prose_fallback(tmp_path):
    p = tmp_path / "x.jsonl"
    long = "The committee met for the third time this month and agreed to publish its report before the summer " \
           "recess, its chair said, adding that no vote would be taken."
    p.write_text('{"msg": "' + long + '", "summary": "short"}\n', encoding="utf-8")
    assert _one(p).raw_text == "short"                                   # a known name wins
    assert _one(p, IngestOptions(text_field="msg")).raw_text == long
    q = tmp_path / "y.jsonl"
    q.write_text('{"zz": "' + long + '", "n": 3}\n', encoding="utf-8")
    assert _one(q).raw_text == long                                      # no known name: longest prose


def test_reader_pdf_text_layer(tmp_path):
    p = tmp_path / "report.pdf"
    p.write_bytes(make_pdf(["Water levels fell for a second week,", "the river authority said on Monday."]))
    doc = _one(p)
    assert isinstance(doc, Document) and doc.format == "pdf"
    assert "Water levels fell" in doc.raw_text and "river authority" in doc.raw_text


def test_reader_pdf_without_text_layer(tmp_path):
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    buf = io.BytesIO()
    w.write(buf)
    p = tmp_path / "scan.pdf"
    p.write_bytes(buf.getvalue())
    err = _one(p)
    assert isinstance(err, IngestError) and "PDF has no text layer" in err.reason


def test_reader_pdf_garbage_is_an_error(tmp_path):
    p = tmp_path / "bad.pdf"
    p.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    assert isinstance(_one(p), IngestError)


RUSSIAN = ("Правительство объявило в понедельник, что переговоры о прекращении огня продолжатся на следующей "
           "неделе в столице соседней страны, сообщили источники в министерстве.\n")
FRENCH = "Le maire a annoncé mercredi que l'école fermée depuis l'été rouvrira ses portes en décembre, après des travaux.\n"


@pytest.mark.parametrize("encoding,text", [
    ("utf-8-sig", "Título — a headline with a BOM\n" + FRENCH),
    ("cp1251", RUSSIAN * 3),
    ("latin-1", FRENCH * 3),
    ("utf-16", "UTF-16 article\n" + FRENCH),
])
def test_reader_decodes_encodings(tmp_path, encoding, text):
    p = tmp_path / "enc.txt"
    p.write_bytes(text.encode(encoding))
    doc = _one(p)
    assert isinstance(doc, Document), doc
    assert doc.raw_text.strip() == text.strip()


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b"   \n\t\n", "empty file"),
    (b"\x00\x01\x02binary\x00\xff" * 50, "binary file"),
    (bytes(range(1, 9)) * 200, "binary file"),
])
def test_reader_bad_bytes_are_reported(tmp_path, data, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    err = _one(p)
    assert isinstance(err, IngestError) and reason in err.reason


def test_reader_too_large_reports_size(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("word " * 300, encoding="utf-8")
    err = _one(p, IngestOptions(max_bytes=1000))
    assert isinstance(err, IngestError) and "too large" in err.reason and "1,500" in err.reason


def test_reader_missing_unsupported_and_hidden(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "README").write_text("No extension, read as text.\nA second line.", encoding="utf-8")
    items = list(iter_inputs([tmp_path, tmp_path / "nope.txt"]))
    by = _by_path(items)
    assert ".hidden.txt" not in by
    assert isinstance(by["photo.jpg"], IngestError) and "unsupported format .jpg" in by["photo.jpg"].reason
    assert isinstance(by["README"], Document)
    assert by["nope.txt"].reason == "no such file or directory"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_reader_unreadable_file(tmp_path):
    p = tmp_path / "locked.txt"
    p.write_text("text", encoding="utf-8")
    p.chmod(0)
    err = _one(p)
    assert isinstance(err, IngestError) and "unreadable" in err.reason


def test_reader_symlink_loops_terminate(tmp_path):
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    (sub / "story.txt").write_text("A title\nA body line that says something.", encoding="utf-8")
    (sub / "loop").symlink_to(tmp_path / "a")                      # directory loop
    (tmp_path / "self").symlink_to(tmp_path / "self")              # file that points at itself
    (tmp_path / "same.txt").symlink_to(sub / "story.txt")          # the same file twice
    files = list(iter_files([tmp_path], IngestOptions()))
    names = sorted(os.path.basename(str(f.path if isinstance(f, IngestError) else f)) for f in files)
    assert names.count("story.txt") + names.count("same.txt") == 1
    items = list(iter_inputs([tmp_path]))
    loop_err = [i for i in items if isinstance(i, IngestError) and i.path.endswith("self")]
    assert loop_err and "unreadable" in loop_err[0].reason
