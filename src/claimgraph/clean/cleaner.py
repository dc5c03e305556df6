"""Text cleaning with an offset map (placeholder: whitespace only; see issue 2)."""
from __future__ import annotations

import hashlib
import re

from ..model import Document


def content_id(text: str) -> str:
    norm = re.sub(r"\s+", " ", text).strip().lower()
    return "d" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


def clean_text(raw: str) -> tuple[str, list[list[int]]]:
    text = raw.replace("\r\n", "\n").strip()
    return text, [[0, raw.find(text[:1]) if text else 0]]


def clean_document(doc: Document) -> Document:
    raw = doc.raw_text if doc.raw_text is not None else doc.text
    doc.text, doc.offset_map = clean_text(raw)
    doc.words = len(doc.text.split())
    doc.id = content_id(doc.text)
    return doc
