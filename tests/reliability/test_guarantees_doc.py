"""docs/guarantees.md backs each promise with a test: every test it names exists, and every
reliability test is named there (so the promises and the tests cannot drift apart)."""
from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC = HERE.parent.parent / "docs" / "guarantees.md"


def defined_tests() -> set[str]:
    names = set()
    for path in HERE.glob("test_*.py"):
        names |= set(re.findall(r"^def (test_\w+)", path.read_text(encoding="utf-8"), re.M))
    return names


def test_guarantees_doc_names_only_existing_tests():
    named = set(re.findall(r"`(test_\w+)`", DOC.read_text(encoding="utf-8")))
    assert named, "docs/guarantees.md names no test"
    assert not named - defined_tests(), sorted(named - defined_tests())


def test_guarantees_doc_names_every_reliability_test():
    named = set(re.findall(r"`(test_\w+)`", DOC.read_text(encoding="utf-8")))
    missing = {t for t in defined_tests() - named if not t.startswith("test_guarantees_doc")}
    assert not missing, sorted(missing)
