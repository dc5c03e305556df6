"""Clean: repair the raw text of a Document and keep an offset map back to it.

``clean_document(doc)`` returns the Document with ``text`` cleaned, ``offset_map`` set,
``words`` counted and ``id`` set to the content hash of the cleaned text. ``to_raw(doc, pos)``
maps a position in the cleaned text back into ``doc.raw_text``.
"""
from __future__ import annotations

from .cleaner import clean_document, clean_text, clean_tracked, content_id
from .offsets import to_raw, to_raw_span

__all__ = ["clean_document", "clean_text", "clean_tracked", "content_id", "to_raw", "to_raw_span"]
