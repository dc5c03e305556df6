"""Exports: one module per format, all behind ``Exporter`` (common.py).

=========  ===========================================  ==========================
format     what                                         opens it
=========  ===========================================  ==========================
json       the public contract (``claimgraph/1``)       jq, any JSON reader
jsonl      one record per line per table, streamed      jq, DuckDB, pandas
csv        events (POLECAT/ACLED style), claims, ...    spreadsheets, DuckDB
graphml    actors and relations as a graph              yEd, Gephi, Maltego
gexf       the same graph with time spells              Gephi
ftm        FollowTheMoney entities (JSON lines)         Aleph, ftm tools
parquet    every table, one file each                   DuckDB, pandas, Arrow
=========  ===========================================  ==========================
"""
from __future__ import annotations

from pathlib import Path

from ..errors import Errors, ExportError
from .common import Exporter, Filters, Scope, open_output
from .csv import CsvExporter
from .ftm import FtmExporter
from .gexf import GexfExporter
from .graphml import GraphmlExporter
from .json import JsonExporter
from .jsonl import JsonlExporter
from .parquet import ParquetExporter

EXPORTERS: dict[str, type[Exporter]] = {
    cls.name: cls for cls in (JsonExporter, JsonlExporter, CsvExporter, GraphmlExporter, GexfExporter,
                              FtmExporter, ParquetExporter)
}


def export(store, fmt: str, output: str | Path | None = None, filters: Filters | None = None) -> None:
    """Write the store in format ``fmt`` to ``output``.

    store (Store): an open store.
    fmt (str): a key of ``EXPORTERS``.
    output (str | Path | None): a file or directory; None or '-' for stdout.
    filters (Filters | None): narrow the export (see ``common.Scope``).
    """
    cls = EXPORTERS.get(fmt)
    if cls is None:
        raise ExportError(Errors.E005.format(fmt=fmt, choices=", ".join(sorted(EXPORTERS))))
    to_stdout = output is None or str(output) == "-"
    if to_stdout and not cls.stdout:
        raise ExportError(Errors.E011.format(fmt=fmt))
    exporter = cls(store, filters)
    if cls.writes_files and not to_stdout:
        exporter.write(Path(output))
        exporter.finalize()
        return
    stream, close = open_output(None if to_stdout else output, binary=cls.binary)
    try:
        exporter.write(stream)
        exporter.finalize()
    finally:
        if close:
            stream.close()
        else:
            stream.flush()


__all__ = ["EXPORTERS", "Exporter", "Filters", "Scope", "export"]
