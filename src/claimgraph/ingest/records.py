"""Record files (JSON, JSONL, CSV, TSV) → one article per record.

Field names are detected from ``data/ingest_fields.yaml`` (``text``/``body``/``content``,
``title``/``headline``, ``url``/``link``, ``date``/``published``, ``outlet``/``source``/``site``
…) and can be overridden with ``IngestOptions``. When no text field is known, the longest
string field of the record is taken if it reads as prose. A record is numbered from 1 in
its file; its Document path is ``file#N`` and a record without text becomes an
IngestError with that path.
"""
from __future__ import annotations

import csv
import io
import json
import re
from functools import lru_cache
from typing import Any, Iterator

from ..data import load

FIELDS = ("text", "title", "url", "date", "outlet")
PROSE_MIN_WORDS = 25
csv.field_size_limit(2**31 - 1)


class RecordError(ValueError):
    """One record or the whole file could not be read; the message is the reason."""


@lru_cache(maxsize=1)
def field_names() -> dict[str, list[str]]:
    return load("ingest_fields.yaml")


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", str(name).lower()).strip("_")


def _scalar(value: Any) -> Any:
    """A readable value: nested objects give their name, lists their first item."""
    if isinstance(value, dict):
        for k in field_names()["nested"]:
            for key, v in value.items():
                if _key(key) == k and v not in (None, "", [], {}):
                    return _scalar(v)
        return None
    if isinstance(value, list):
        return _scalar(value[0]) if value else None
    if isinstance(value, str):
        return value.strip() or None
    return value


def pick_fields(record: dict, overrides: dict[str, str | None]) -> dict[str, Any]:
    """Map a record's fields onto text/title/url/date/outlet.

    record (dict): one record.
    overrides (dict): field → the record key to use (from IngestOptions), or None to detect.
    RETURNS (dict): the five values (None when absent) and ``_text_key``, the key the text came from.
    """
    keys = {_key(k): k for k in record}
    out: dict[str, Any] = {}
    for field in FIELDS:
        forced = overrides.get(field)
        if forced:
            out[field] = _scalar(record.get(forced, record.get(keys.get(_key(forced), ""), None)))
            if field == "text":
                out["_text_key"] = forced
            continue
        out[field] = None
        for candidate in field_names()[field]:
            if candidate in keys:
                value = _scalar(record[keys[candidate]])
                if value not in (None, ""):
                    out[field] = value
                    if field == "text":
                        out["_text_key"] = keys[candidate]
                    break
    if out["text"] is None and not overrides.get("text"):
        # no known name: the longest string that reads as prose
        strings = [(k, v) for k, v in record.items() if isinstance(v, str) and len(v.split()) >= PROSE_MIN_WORDS]
        if strings:
            k, v = max(strings, key=lambda kv: len(kv[1]))
            out["text"], out["_text_key"] = v.strip(), k
    if out["text"] is not None and not isinstance(out["text"], str):
        out["text"] = str(out["text"])
    for field in ("title", "url", "outlet"):
        if out[field] is not None:
            out[field] = str(out[field]).strip() or None
    return out


def iter_json(text: str) -> Iterator[dict | RecordError]:
    """Records of a JSON document (array, object holding an array, or one object) or of JSON lines."""
    stripped = text.lstrip()
    try:
        data = json.loads(stripped)
    except json.JSONDecodeError:
        if stripped.startswith("["):
            yield RecordError("invalid JSON array")
            return
        yield from iter_jsonl(text)
        return
    if isinstance(data, dict):
        keys = {_key(k): k for k in data}
        container = next((keys[c] for c in field_names()["containers"]
                          if c in keys and isinstance(data[keys[c]], list)), None)
        data = data[container] if container else [data]
    if not isinstance(data, list):
        yield RecordError("JSON holds neither an object nor an array of objects")
        return
    for item in data:
        yield item if isinstance(item, dict) else RecordError(f"record is a {type(item).__name__}, not an object")


def iter_jsonl(text: str) -> Iterator[dict | RecordError]:
    """One record per non-blank line."""
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            yield RecordError(f"invalid JSON: {e.msg} (column {e.colno})")
            continue
        yield item if isinstance(item, dict) else RecordError(f"record is a {type(item).__name__}, not an object")


def iter_csv(text: str, *, delimiter: str | None = None) -> Iterator[dict | RecordError]:
    """Rows of a CSV/TSV file with a header row, as dicts."""
    if delimiter is None:
        sample = text[:20_000]
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as e:
        yield RecordError(f"unreadable CSV header: {e}")
        return
    header = [h.strip() or f"column{i + 1}" for i, h in enumerate(header)]
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            yield RecordError(f"malformed CSV row: {e}")
            return
        if not any(cell.strip() for cell in row):
            continue
        yield {h: (row[i] if i < len(row) else "") for i, h in enumerate(header)}
