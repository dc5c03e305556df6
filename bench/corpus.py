"""Generate a corpus of realistic articles for the benchmarks, composed from the bundled demo articles.

    python bench/corpus.py OUT_DIR [--docs 2000] [--seed 7]

Each generated article takes a headline and 6-13 paragraphs drawn from the English demo articles
(``src/claimgraph/demo/articles``, read with claimgraph's own ingest and cleaning), in a new order,
under a new dateline. Proper names are swapped for names from an invented roster (the same
original name maps to the same roster name within an article, and roster names recur across
articles with a skewed frequency, as real actors do) and figures are redrawn around their
original size, so the texts keep the syntax of news prose — quotes, attributions, hedges,
figures — while no two articles are copies of each other.
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

DEMO = Path(__file__).resolve().parent.parent / "src" / "claimgraph" / "demo" / "articles"

SYL = ["ka", "ro", "vel", "mar", "dan", "tesh", "lo", "zur", "bra", "nik", "sol", "ha", "fet", "gor", "min", "das",
       "rel", "tu", "ven", "och", "bar", "li", "sha", "kem", "por", "el", "dri", "mun", "sat", "ost", "ar", "lin"]
# Capitalised words that are not names: kept as they are (calendar words, sentence openers).
KEEP = set("""January February March April May June July August September October November December Monday Tuesday
Wednesday Thursday Friday Saturday Sunday The A An He She It They We I In On At As But And Or If When While After
Before Since Its His Her Their This That These Those There Some Many Most Several Other Both One Two Three Gen
General Mr Mrs Ms Dr President Minister Prime Foreign Defence Defense Ministry Army Armed Forces Government
North South East West Northern Southern Eastern Western Central Republic Federation Union Council""".split())
OUTLETS = ["Continental Wire", "Harbour Times", "Lunden Evening Post", "Meridian Daily", "The Ostvik Ledger",
           "Valley Observer", "Northern Courier", "Atlas Report", "Southern Gazette", "Frontier Bulletin"]
NAME_RE = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)*\b")
ACRONYM_RE = re.compile(r"\b[A-Z]{3,5}\b")
NUMBER_RE = re.compile(r"\b\d{1,3}(?:,\d{3})*\b")
DATELINE_RE = re.compile(r"^[A-Z][A-Z .'-]+,[^\n]{0,60}?\)\s*[—–-]+\s*")


def load_paragraphs(demo: Path = DEMO) -> tuple[list[str], list[str]]:
    """English paragraphs and headlines of the demo articles, as claimgraph ingests and cleans them.

    RETURNS (tuple): (paragraphs, headlines).
    """
    from claimgraph.clean import clean_document
    from claimgraph.clean.language import detect_language
    from claimgraph.ingest import iter_inputs
    from claimgraph.model import Document

    paragraphs, headlines = [], []
    for item in iter_inputs([demo]):
        if not isinstance(item, Document):
            continue
        doc = clean_document(item)
        if not doc.text.strip() or detect_language(doc.text) != "en":
            continue
        if doc.title:
            headlines.append(doc.title.strip())
        for i, para in enumerate(re.split(r"\n\s*\n", doc.text)):
            para = DATELINE_RE.sub("", " ".join(para.split()))
            if i == 0 and doc.title and para.startswith(doc.title.strip()):
                para = para[len(doc.title.strip()):].strip()
            if len(para.split()) >= 12:
                paragraphs.append(para)
    if len(paragraphs) < 10:
        raise SystemExit(f"too few English paragraphs in {demo} ({len(paragraphs)}) to compose articles from")
    return paragraphs, headlines


class Roster:
    """Invented names that recur across articles with a skewed (Zipf-like) frequency."""

    def __init__(self, rng: random.Random, size: int = 400):
        self.rng = rng
        self.people = [self._word(2) + " " + self._word(2 + rng.randrange(2)) for _ in range(size)]
        self.words = [self._word(2 + rng.randrange(2)) for _ in range(size)]
        self.weights = [1.0 / (i + 1) for i in range(size)]

    def _word(self, n: int) -> str:
        return "".join(self.rng.choice(SYL) for _ in range(n)).capitalize()

    def pick(self, words: int) -> str:
        if words == 2:
            return self.rng.choices(self.people, self.weights)[0]
        return " ".join(self.rng.choices(self.words, self.weights)[0] for _ in range(words))


def _figure(rng: random.Random, text: str) -> str:
    value = int(text.replace(",", ""))
    if 1900 <= value <= 2100:           # a year: keep it
        return text
    new = max(1, round(value * rng.uniform(0.5, 1.6)))
    return f"{new:,}" if value >= 1000 else str(new)


def vary(text: str, rng: random.Random, roster: Roster, names: dict[str, str]) -> str:
    """Swap names, acronyms and figures in one paragraph (``names`` keeps the article consistent)."""
    def name(m: re.Match) -> str:
        words = m.group(0).split()
        if all(w in KEEP for w in words):
            return m.group(0)
        # keep leading common words ("The Northern ..." → "The <name>")
        lead = []
        while words and words[0] in KEEP:
            lead.append(words.pop(0))
        start = m.start() + sum(len(w) + 1 for w in lead)
        if len(words) == 1 and (start == 0 or text[max(0, start - 2):start].strip() in {".", "\"", "“"}):
            return m.group(0)            # a sentence opener, not a name
        key = " ".join(words)
        if key not in names:
            names[key] = roster.pick(min(len(words), 3))
        return " ".join(lead + [names[key]])

    def acronym(m: re.Match) -> str:
        key = m.group(0)
        if key not in names:
            names[key] = "".join(rng.choice("ABCDEFGHKLMNPRSTUVW") for _ in range(len(key)))
        return names[key]

    text = NAME_RE.sub(name, text)
    text = ACRONYM_RE.sub(acronym, text)
    return NUMBER_RE.sub(lambda m: _figure(rng, m.group(0)), text)


def generate(out: Path, docs: int = 2000, seed: int = 7, demo: Path = DEMO) -> list[Path]:
    """Write ``docs`` articles as .txt files (headline on the first line) into ``out``.

    RETURNS (list[Path]): the files written.
    """
    rng = random.Random(seed)
    paragraphs, headlines = load_paragraphs(demo)
    roster = Roster(rng)
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(docs):
        names: dict[str, str] = {}
        chosen = rng.sample(paragraphs, min(len(paragraphs), rng.randint(6, 13)))
        body = [vary(p, rng, roster, names) for p in chosen]
        city = roster.pick(1).upper()
        month = rng.choice(["January", "February", "March", "April", "May", "June", "July", "August"])
        body[0] = f"{city}, {month} {rng.randint(1, 28)}, 2025 ({rng.choice(OUTLETS)}) — {body[0]}"
        title = vary(rng.choice(headlines), rng, roster, names) if headlines else body[0][:80]
        path = out / f"article-{i:06d}.txt"
        path.write_text(title + "\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
        files.append(path)
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    files = generate(args.out, args.docs, args.seed)
    words = sum(len(f.read_text("utf-8").split()) for f in files)
    print(f"{len(files)} articles, {words} words ({words / len(files):.0f} per article) in {args.out}")


if __name__ == "__main__":
    main()
