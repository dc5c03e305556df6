"""Clean: repair the raw text of a Document and keep an offset map back to it.

``clean_document(doc)`` returns the Document with ``text`` cleaned, ``offset_map`` set,
``words`` counted and ``id`` set to the content hash of the cleaned text.
"""
from __future__ import annotations

from .cleaner import clean_document, clean_text, content_id

__all__ = ["clean_document", "clean_text", "content_id"]
