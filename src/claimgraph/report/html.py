"""The self-contained HTML report."""
from __future__ import annotations

import html as _html
from pathlib import Path


def html_report(store, path: str | Path) -> Path:
    counts = store.counts()
    rows = "".join(f"<tr><td>{_html.escape(a.name)}</td><td>{_html.escape(a.kind)}</td><td>{a.mentions}</td></tr>"
                   for a in store.actors()[:50])
    page = (f"<!doctype html><meta charset='utf-8'><title>claimgraph report</title>"
            f"<h1>claimgraph report</h1><p>{counts['documents']} documents, {counts['claims']} claims</p>"
            f"<table>{rows}</table>")
    path = Path(path)
    path.write_text(page, encoding="utf-8")
    return path
