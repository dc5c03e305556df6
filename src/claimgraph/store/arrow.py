"""DocResults as Arrow tables: one row per document, its mentions, claims and signals nested.

The same table is what the map stage hands to the store (``Store.write_table``), what a Ray
worker returns through the object store, and what a Parquet shard holds on disk
(``Store.load_shards``). Building it in the worker keeps the parent's work to one bulk
``INSERT ... SELECT`` per table and batch, instead of one Python-level insert per row.

Column names follow the store tables (``DOC_COLS``, ``MENTION_COLS``, ``CLAIM_COLS``) and the
types follow the model's annotations, so a column added to a table and its dataclass flows
through without an edit here.
"""
from __future__ import annotations

import dataclasses
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from ..model import Claim, Document, DocResult, Mention, Signal

SIGNAL_COLS = ["doc", "kind", "text", "start", "end"]
JSON_DOC_COLS = {"offset_map"}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _arrow_type(annotation: str | None) -> pa.DataType:
    """Arrow type of a dataclass field annotation (strings under ``from __future__ import annotations``)."""
    base = (annotation or "str").split("|")[0].strip()
    return {"int": pa.int64(), "bool": pa.bool_(), "float": pa.float64()}.get(base, pa.string())


def _fields(cls, cols: list[str]) -> list[pa.Field]:
    annotations = {f.name: f.type if isinstance(f.type, str) else getattr(f.type, "__name__", "str")
                   for f in dataclasses.fields(cls)}
    return [pa.field(c, _arrow_type(annotations.get(c))) for c in cols]


def doc_cols() -> list[str]:
    """Document columns carried in a table (the store adds ``run`` when it loads one)."""
    from .store import DOC_COLS

    return [c for c in DOC_COLS if c != "run"]


@lru_cache(maxsize=1)
def schema() -> pa.Schema:
    """The Arrow schema of a DocResult table."""
    from .store import CLAIM_COLS, MENTION_COLS

    doc_fields = [pa.field(c, pa.string()) if c in JSON_DOC_COLS else f
                  for c, f in zip(doc_cols(), _fields(Document, doc_cols()))]
    return pa.schema(doc_fields + [
        pa.field("mentions", pa.list_(pa.struct(_fields(Mention, MENTION_COLS)))),
        pa.field("claims", pa.list_(pa.struct(_fields(Claim, CLAIM_COLS)))),
        pa.field("signals", pa.list_(pa.struct(_fields(Signal, SIGNAL_COLS)))),
    ])


def results_table(results: Iterable[DocResult]) -> pa.Table:
    """Turn DocResults into one Arrow table (one row per document).

    results (iterable): DocResults, in the order they should be written.
    RETURNS (pa.Table): rows with the document columns and nested mentions/claims/signals.
    """
    from .store import CLAIM_COLS, MENTION_COLS, Store

    dcols = doc_cols()
    data: dict[str, list] = {c: [] for c in dcols + ["mentions", "claims", "signals"]}
    for res in results:
        d = res.document
        for c in dcols:
            value = getattr(d, c)
            data[c].append(_json(value) if c in JSON_DOC_COLS else value)
        data["mentions"].append([{c: getattr(m, c) for c in MENTION_COLS} for m in res.mentions])
        data["claims"].append([dict(zip(CLAIM_COLS, Store._claim_row(c))) for c in res.claims])
        data["signals"].append([{c: getattr(s, c) for c in SIGNAL_COLS} for s in res.signals])
    return pa.Table.from_pydict(data, schema=schema())


def write_shard(table: pa.Table, path: str | Path) -> Path:
    """Write a table as a Parquet shard, atomically (a reader never sees half a shard).

    RETURNS (Path): the shard written.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return path
