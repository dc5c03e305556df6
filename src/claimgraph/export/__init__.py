"""Exports: one module per format, all behind ``Exporter`` (common.py)."""
from __future__ import annotations

from pathlib import Path

from ..errors import Errors, ExportError
from .common import Exporter, Filters, open_output
from .json import JsonExporter

EXPORTERS: dict[str, type[Exporter]] = {"json": JsonExporter}


def export(store, fmt: str, output: str | Path | None = None, filters: Filters | None = None) -> None:
    """Write the store in format ``fmt`` to ``output`` (a path; None or '-' for stdout)."""
    cls = EXPORTERS.get(fmt)
    if cls is None:
        raise ExportError(Errors.E005.format(fmt=fmt, choices=", ".join(sorted(EXPORTERS))))
    exporter = cls(store, filters)
    if cls.needs_path:
        if output in (None, "-"):
            raise ExportError(f"[E011] The {fmt} format writes files: pass --output PATH.")
        exporter.write(Path(output))
        exporter.finalize()
        return
    stream, close = open_output(output, binary=cls.binary)
    try:
        exporter.write(stream)
        exporter.finalize()
    finally:
        if close:
            stream.close()
        else:
            stream.flush()


__all__ = ["EXPORTERS", "Exporter", "Filters", "export"]
