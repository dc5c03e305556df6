"""Knowledge kept as data files, and the one loader for them.

Each file is YAML (tables and lexicons) or JSONL (spaCy patterns). ``load(name)`` reads
``claimgraph/data/NAME`` once and caches it; malformed files raise DataFileError.
See SOURCES.md for where every file comes from.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataFileError, Errors

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def path(name: str) -> Path:
    """The path of a data file shipped in the package."""
    return Path(str(resources.files(__package__).joinpath(name)))


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Load a data file by name (``hedges.yaml``, ``patterns/actors.jsonl``)."""
    p = path(name)
    try:
        text = p.read_text(encoding="utf-8")
        if p.suffix == ".jsonl":
            return [json.loads(line) for line in text.splitlines() if line.strip()]
        if p.suffix == ".json":
            return json.loads(text)
        # The C loader reads the knowledge base several times faster (same safe subset of YAML).
        return yaml.load(text, Loader=_SafeLoader)
    except (OSError, ValueError, yaml.YAMLError) as e:
        raise DataFileError(Errors.E008.format(path=p, detail=e)) from e


def names() -> list[str]:
    """Every data file shipped (relative names)."""
    root = path("")
    return sorted(str(p.relative_to(root)) for p in root.rglob("*")
                  if p.is_file() and p.suffix in {".yaml", ".yml", ".json", ".jsonl"})
