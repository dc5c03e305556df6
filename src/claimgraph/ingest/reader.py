"""Walk paths and dispatch each file to its format reader."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ..model import Document, IngestError


@dataclass
class IngestOptions:
    max_bytes: int = 50_000_000           # larger files are reported, not read
    text_field: str | None = None         # jsonl/csv field overrides
    title_field: str | None = None
    url_field: str | None = None
    date_field: str | None = None
    outlet_field: str | None = None
    extensions: tuple[str, ...] = field(default=(".txt", ".text", ".md", ".html", ".htm", ".json", ".jsonl",
                                                  ".ndjson", ".csv", ".tsv", ".pdf"))


def iter_files(paths: Iterable[str | Path], options: IngestOptions) -> Iterator[Path | IngestError]:
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs.sort()
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    yield Path(root) / name
        elif p.exists():
            yield p
        else:
            yield IngestError(path=str(p), reason="no such file or directory")


def iter_inputs(paths: Iterable[str | Path], options: IngestOptions | None = None) -> Iterator[Document | IngestError]:
    options = options or IngestOptions()
    for item in iter_files(paths, options):
        if isinstance(item, IngestError):
            yield item
            continue
        try:
            size = item.stat().st_size
        except OSError as e:
            yield IngestError(path=str(item), reason=f"unreadable: {e.strerror or e}")
            continue
        if size > options.max_bytes:
            yield IngestError(path=str(item), reason=f"too large: {size} bytes (limit {options.max_bytes})")
            continue
        try:
            raw = item.read_bytes()
        except OSError as e:
            yield IngestError(path=str(item), reason=f"unreadable: {e.strerror or e}")
            continue
        if not raw.strip():
            yield IngestError(path=str(item), reason="empty file")
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield IngestError(path=str(item), reason="not UTF-8 text")
            continue
        lines = text.splitlines()
        title = lines[0].strip() if lines and 0 < len(lines[0].strip()) < 200 else None
        yield Document(id="", path=str(item), text=text, raw_text=text, title=title, format="txt")
