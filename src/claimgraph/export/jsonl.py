"""JSON lines: the contract, one record per line, streamed from the store.

Each line is one record of the JSON export with the table it belongs to::

    {"table": "schema", "schema": "claimgraph/1"}
    {"table": "documents", "id": "d…", "path": "…", …}
    {"table": "actors", "id": "russia", "name": "Russia", …}
    {"table": "claims", "id": "d…:c3", "doc": "d…", "text": "…", …}
    {"table": "links", …}  {"table": "events", …}  {"table": "merges", …}  {"table": "errors", …}

Records are exactly those of ``--format json`` (same fields, same order of tables), so
``jq -c 'select(.table == "claims")'`` gives the claims. Tables are read from DuckDB in
batches and written as they come: memory stays flat however big the store.
"""
from __future__ import annotations

import json
from typing import IO, Any, Iterator

from .common import Exporter
from .json import SCHEMA, actor_record, claim_record, document_record, link_record

TABLES = ("documents", "actors", "claims", "links", "events", "merges", "errors")


def iter_records(scope) -> Iterator[dict[str, Any]]:
    """Every record of the export, tagged with its table, one at a time.

    scope (Scope): what to export.
    RETURNS (Iterator[dict]): ``{"table": name, **record}``; first a ``schema`` line.
    """
    yield {"table": "schema", "schema": SCHEMA}
    to_record = {"documents": document_record, "actors": actor_record, "claims": claim_record,
                 "links": link_record}
    sources = {"documents": scope.documents, "actors": scope.actors, "claims": scope.claims,
               "links": scope.links, "events": scope.events, "merges": scope.merges, "errors": scope.errors}
    for table in TABLES:
        convert = to_record.get(table, lambda r: r.to_dict())
        for item in sources[table]():
            yield {"table": table, **convert(item)}


class JsonlExporter(Exporter):
    """One JSON record per line per table; streams."""

    name = "jsonl"

    def write(self, out: IO[str]) -> None:
        dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        for record in iter_records(self.scope):
            out.write(dumps(record))
            out.write("\n")
