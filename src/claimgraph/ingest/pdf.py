"""PDF files → the text layer with pypdf (scans without one are reported, not OCR'd)."""
from __future__ import annotations

import io
import re

from .meta import parse_date


class PdfError(ValueError):
    """The PDF could not be read; the message is the reason shown to the user."""


def _pdf_date(value) -> str | None:
    """PDF dates look like ``D:20250309101500+01'00'``."""
    if not value:
        return None
    m = re.match(r"D?:?(\d{4})(\d{2})(\d{2})", str(value))
    return parse_date(f"{m.group(1)}-{m.group(2)}-{m.group(3)}") if m else parse_date(value)


def read_pdf(raw: bytes) -> dict:
    """Read the text layer of a PDF.

    raw (bytes): the file.
    RETURNS (dict): ``text``, ``title``, ``published``.
    RAISES PdfError: unreadable, encrypted, or no text layer.
    """
    # imported here: pypdf (with numpy, ~0.4 s) is needed only when a PDF is read, not by every process
    # that imports the pipeline (the map stage's workers)
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfError("encrypted PDF")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        info = reader.metadata or {}
        title = str(info.get("/Title") or "").strip() or None
        published = _pdf_date(info.get("/CreationDate"))
    except PdfError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as e:
        raise PdfError(f"not a readable PDF: {type(e).__name__}: {e}") from e
    text = "\n\n".join(p for p in pages if p)
    if not text.strip():
        raise PdfError("PDF has no text layer (a scan? run OCR first)")
    return {"text": text, "title": title, "published": published}
