"""Walk paths and turn each file (or each record of a record file) into a raw Document.

Nothing here raises for a bad input: a missing, unreadable, empty, binary, undecodable,
too large or unsupported file, and a record without text, each come back as an
IngestError with the path and the reason, and the walk goes on.

Formats, by extension: ``.txt .text .md`` (plain text), ``.html .htm .xhtml`` (trafilatura),
``.json .jsonl .ndjson`` and ``.csv .tsv`` (one article per record), ``.pdf`` (pypdf). A
file without an extension is read as plain text; other extensions are reported as
unsupported. Hidden files and directories (``.name``) are skipped.
"""
from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..model import Document, IngestError
from .decode import DecodeError, decode
from .html import read_html
from .meta import outlet_from_url, parse_date, text_meta
from .pdf import PdfError, read_pdf
from .records import RecordError, iter_csv, iter_json, iter_jsonl, pick_fields

FORMATS = {".txt": "txt", ".text": "txt", ".md": "txt", "": "txt", ".html": "html", ".htm": "html",
           ".xhtml": "html", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
           ".tsv": "tsv", ".pdf": "pdf"}


@dataclass
class IngestOptions:
    """How to read inputs.

    max_bytes (int): larger files are reported, not read.
    text_field, title_field, url_field, date_field, outlet_field (str | None): the record
        field (JSON key or CSV column) to use instead of the detected one.
    extensions (tuple[str, ...]): extensions read from directories (and files given directly).
    """

    max_bytes: int = 50_000_000
    text_field: str | None = None
    title_field: str | None = None
    url_field: str | None = None
    date_field: str | None = None
    outlet_field: str | None = None
    extensions: tuple[str, ...] = field(default=tuple(k for k in FORMATS if k))

    def overrides(self) -> dict[str, str | None]:
        return {"text": self.text_field, "title": self.title_field, "url": self.url_field,
                "date": self.date_field, "outlet": self.outlet_field}


def iter_files(paths: Iterable[str | Path], options: IngestOptions | None = None) -> Iterator[Path | IngestError]:
    """Every file under ``paths`` (recursive, sorted), each real file once.

    Symbolic links to directories are followed, but a directory already visited (by its
    device and inode) is not entered again, so link loops end.
    """
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()

    def file_once(p: Path) -> bool:
        try:
            st = p.stat()
        except OSError:
            return True                      # reported when read
        key = (st.st_dev, st.st_ino)
        if key in seen_files:
            return False
        seen_files.add(key)
        return True

    def walk(d: Path) -> Iterator[Path | IngestError]:
        try:
            st = d.stat()
        except OSError as e:
            yield IngestError(path=str(d), reason=f"unreadable directory: {e.strerror or e}")
            return
        if (st.st_dev, st.st_ino) in seen_dirs:
            return
        seen_dirs.add((st.st_dev, st.st_ino))
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError as e:
            yield IngestError(path=str(d), reason=f"unreadable directory: {e.strerror or e}")
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            p = Path(entry.path)
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if is_dir:
                yield from walk(p)
            elif file_once(p):
                yield p

    for p in paths:
        p = Path(p)
        try:
            if p.is_dir():
                yield from walk(p)
                continue
        except OSError:
            pass
        if p.exists() or p.is_symlink():
            if file_once(p):
                yield p
        else:
            yield IngestError(path=str(p), reason="no such file or directory")


def _document(path: str, fmt: str, text: str, meta: dict[str, Any]) -> Document:
    url = meta.get("url") or None
    title = " ".join(str(meta.get("title") or "").split()) or None
    return Document(id="", path=path, text=text, raw_text=text, title=title,
                    outlet=meta.get("outlet") or outlet_from_url(url), url=url,
                    published=parse_date(meta.get("date") or meta.get("published")), format=fmt)


def _with_title(text: str, title: str | None) -> str:
    """Put the title on the first line when the text does not start with it already."""
    if title and not text.lstrip().startswith(title.strip()):
        return f"{title.strip()}\n\n{text}"
    return text


def read_text_file(path: str, text: str) -> Document:
    meta = text_meta(text)
    return _document(path, "txt", text, {"title": meta.title, "outlet": meta.outlet, "published": meta.published})


def read_records(path: str, fmt: str, text: str, options: IngestOptions) -> Iterator[Document | IngestError]:
    if fmt == "json":
        records = iter_json(text)
    elif fmt == "jsonl":
        records = iter_jsonl(text)
    else:
        records = iter_csv(text, delimiter="\t" if fmt == "tsv" else None)
    n = 0
    for n, record in enumerate(records, start=1):
        rpath = f"{path}#{n}"
        if isinstance(record, RecordError):
            yield IngestError(path=rpath, reason=str(record))
            continue
        fields = pick_fields(record, options.overrides())
        body = fields["text"]
        if not body or not str(body).strip():
            wanted = options.text_field or "text/body/content"
            yield IngestError(path=rpath, reason=f"record has no text (no non-empty {wanted} field; "
                                                 f"fields: {', '.join(map(str, record)) or 'none'})")
            continue
        meta = text_meta(body)
        title = fields["title"] or None
        fields["published"] = parse_date(fields.pop("date")) or meta.published
        fields["outlet"] = fields["outlet"] or outlet_from_url(fields["url"]) or meta.outlet
        if title is None:
            title = meta.title
        else:
            body = _with_title(body, title)
        fields["title"] = title
        yield _document(rpath, fmt, body, fields)
    if n == 0:
        yield IngestError(path=path, reason="no records")


def _file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "named pipe"), (stat.S_ISCHR, "character device"),
                       (stat.S_ISBLK, "block device"), (stat.S_ISSOCK, "socket"), (stat.S_ISDIR, "directory")):
        if test(mode):
            return name
    return "special file"


def read_file(path: Path, options: IngestOptions) -> Iterator[Document | IngestError]:
    """Read one file into Documents (several for record files) or IngestErrors."""
    spath = str(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None or (path.suffix and path.suffix.lower() not in options.extensions):
        yield IngestError(path=spath, reason=f"unsupported format {path.suffix or '(none)'}")
        return
    try:
        st = path.stat()
    except OSError as e:
        yield IngestError(path=spath, reason=f"unreadable: {e.strerror or e}")
        return
    if not stat.S_ISREG(st.st_mode):
        # opening a named pipe blocks for ever and a device never ends: never read them
        yield IngestError(path=spath, reason=f"not a regular file ({_file_kind(st.st_mode)})")
        return
    size = st.st_size
    if size > options.max_bytes:
        yield IngestError(path=spath, reason=f"too large: {size:,} bytes (limit {options.max_bytes:,})")
        return
    try:
        with open(path, "rb") as fh:
            raw = fh.read(options.max_bytes + 1)
    except OSError as e:
        yield IngestError(path=spath, reason=f"unreadable: {e.strerror or e}")
        return
    if len(raw) > options.max_bytes:
        yield IngestError(path=spath, reason=f"too large: more than {options.max_bytes:,} bytes")
        return
    if not raw.strip():
        yield IngestError(path=spath, reason="empty file")
        return
    if fmt == "pdf":
        try:
            meta = read_pdf(raw)
        except PdfError as e:
            yield IngestError(path=spath, reason=str(e))
            return
        # a PDF's info names no outlet and often no date: what the text prints (masthead, dateline, ©)
        found = text_meta(meta["text"])
        meta = {**meta, "title": meta.get("title") or found.title, "outlet": found.outlet,
                "published": meta.get("published") or found.published}
        yield _document(spath, "pdf", meta["text"], meta)
        return
    try:
        text, _encoding = decode(raw)
    except DecodeError as e:
        yield IngestError(path=spath, reason=str(e))
        return
    if not text.strip():
        yield IngestError(path=spath, reason="empty file")
        return
    if fmt == "html":
        meta = read_html(text)
        if not meta["text"].strip():
            yield IngestError(path=spath, reason="no article text found in the HTML page")
            return
        yield _document(spath, "html", meta["text"], meta)
    elif fmt in ("json", "jsonl", "csv", "tsv"):
        yield from read_records(spath, fmt, text, options)
    else:
        yield read_text_file(spath, text)


def iter_inputs(paths: Iterable[str | Path], options: IngestOptions | None = None) -> Iterator[Document | IngestError]:
    """Raw Documents (``raw_text`` set, ``id`` empty) and IngestErrors for files under ``paths``.

    paths (iterable): files or directories (recursive).
    options (IngestOptions | None): limits and field overrides.
    RETURNS (iterator): a Document or an IngestError per file or record; never raises for a bad input.
    """
    options = options or IngestOptions()
    for item in iter_files(paths, options):
        if isinstance(item, IngestError):
            yield _valid_utf8(item)
            continue
        try:
            for out in read_file(item, options):
                yield _valid_utf8(out)
        except Exception as e:  # a reader bug must not stop the walk; the file is reported instead
            yield _valid_utf8(IngestError(path=str(item), reason=f"could not read: {type(e).__name__}: {e}"))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _valid_utf8(item: Document | IngestError) -> Document | IngestError:
    """Replace lone surrogates, which no UTF-8 writer (DuckDB, Arrow, JSON) accepts.

    They come from file names that are not UTF-8 (Linux allows any bytes; Python keeps them as
    surrogates) and from JSON escapes such as ``"\\ud800"``. A path keeps its bytes visible as
    ``\\xNN`` escapes; text gets U+FFFD.
    """
    for f in fields(item):
        value = getattr(item, f.name)
        if isinstance(value, str) and _SURROGATE.search(value):
            if f.name == "path":
                try:
                    value = os.fsencode(value).decode("utf-8", "backslashreplace")
                except UnicodeEncodeError:
                    pass
            setattr(item, f.name, _SURROGATE.sub("\ufffd", value))
    return item
