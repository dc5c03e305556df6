"""Ingest: files and directories → raw Documents (text not yet cleaned) or IngestErrors.

``iter_inputs(paths, options)`` walks the inputs and yields, per file or record, either a
``Document`` (``raw_text`` set, ``text`` equal to it, ``id`` empty until cleaning) or an
``IngestError`` with the path and a reason. It never raises for a bad file.
"""
from __future__ import annotations

from .reader import IngestOptions, iter_files, iter_inputs, read_file

__all__ = ["IngestOptions", "iter_files", "iter_inputs", "read_file"]
