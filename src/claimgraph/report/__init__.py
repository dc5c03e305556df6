"""Reports: a terminal summary (Rich) and a self-contained HTML file."""
from __future__ import annotations

from .html import html_report
from .terminal import terminal_report

__all__ = ["html_report", "terminal_report"]
