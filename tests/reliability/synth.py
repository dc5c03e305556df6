"""Synthetic inputs for the reliability tests: plain English articles and a folder of hostile files.

Everything here is invented for these tests (an imaginary dispute between made-up states), so
no development-set text leaks into them. Generation is seeded and deterministic.
"""
from __future__ import annotations

import json
import os
import random
import stat
from dataclasses import dataclass, field
from pathlib import Path

COUNTRIES = ["Arvania", "Belor", "Cestra", "Dorvik", "Elmaria", "Fennick", "Galdora", "Hestmark"]
PEOPLE = ["Marta Kolvin", "Pieter Anselm", "Yusuf Darrow", "Lena Orrin", "Tomas Vell", "Ines Garrow",
          "Otto Brandel", "Sofia Marek", "Karim Tessel", "Nadia Holm"]
ROLES = ["foreign minister", "defence minister", "army spokesman", "interior minister", "envoy"]
TOWNS = ["Port Selwyn", "Kastel", "Mirow", "Tarn Valley", "Oskar Bay", "Lindholt"]
ORGS = ["the United Nations", "the Regional Security Council", "the Red Crescent", "the Northern Alliance"]
OUTLETS = ["Ledger Wire", "Harbour Times", "Valley Courier", "Eastern Post"]
UNITS = ["fighter jets", "armoured vehicles", "military advisers", "drones", "artillery units"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

SENTENCES = [
    "{c1} sent {n} {unit} to {c2}, {p1}, the {role} of {c1}, said on {day}.",
    "According to {outlet}, forces loyal to {c2} reportedly shelled positions near {town}, killing {n} people.",
    "\"We will not accept foreign troops on our soil,\" {p2} told reporters in {town}.",
    "{org} condemned the attack on {town} and called for an immediate ceasefire.",
    "Officials in {c3} denied the report, saying no aircraft had crossed the border near {town}.",
    "{p1} accused {c2} of arming militias in the {town} region, a charge {c2} rejected.",
    "Witnesses said at least {n} civilians had fled {town} since {day}.",
    "The {role} of {c3}, {p2}, met {p1} in {town} to discuss a prisoner exchange.",
    "{outlet} previously reported that {c1} had flown {n} {unit} to an airbase outside {town}.",
    "{c2} said its air defences intercepted {n} {unit} over {town} on {day}, a claim that could not be verified.",
]


def english_article(rng: random.Random, index: int, sentences: int = 7) -> str:
    """One short news article with a title line; varied names and figures."""
    c1, c2, c3 = rng.sample(COUNTRIES, 3)
    p1, p2 = rng.sample(PEOPLE, 2)
    vals = dict(c1=c1, c2=c2, c3=c3, p1=p1, p2=p2, role=rng.choice(ROLES), town=rng.choice(TOWNS),
                org=rng.choice(ORGS), outlet=rng.choice(OUTLETS), unit=rng.choice(UNITS),
                day=rng.choice(DAYS), n=rng.randint(2, 400))
    body = [s.format(**vals) for s in rng.sample(SENTENCES, min(sentences, len(SENTENCES)))]
    title = f"{c1} and {c2} trade accusations over {vals['town']} (report {index})"
    # a distinctive closing line keeps every article far from the others for the near-duplicate check
    tail = f"Reference {index}-{rng.randint(10**6, 10**7)}: {rng.choice(OUTLETS)} desk, {rng.choice(DAYS)} edition."
    return title + "\n\n" + " ".join(body[:len(body) // 2]) + "\n\n" + " ".join(body[len(body) // 2:]) + "\n\n" + tail


def write_articles(folder: Path, n: int, seed: int = 7, sentences: int = 7) -> list[Path]:
    """Write ``n`` English articles as .txt files into ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"article-{i:04d}.txt"
        p.write_text(english_article(rng, i, sentences), encoding="utf-8")
        paths.append(p)
    return paths


# -- hostile files ---------------------------------------------------------------------------

RUSSIAN = ("Министерство обороны заявило, что войска отошли от границы. Представитель ведомства "
           "сообщил журналистам, что переговоры продолжатся на следующей неделе в столице.")
FRENCH = ("Le ministère des affaires étrangères a déclaré que les négociations reprendraient à Genève. "
          "Selon le porte-parole, l'accord prévoit un cessez-le-feu immédiat et l'échange de prisonniers.")
GERMAN = ("Das Außenministerium erklärte, die Gespräche würden nächste Woche fortgesetzt. Laut dem Sprecher "
          "sieht die Vereinbarung eine sofortige Waffenruhe und einen Gefangenenaustausch vor.")

MINIMAL_PDF_NO_TEXT = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                       b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                       b"trailer<</Root 1 0 R>>\n%%EOF\n")


@dataclass
class Hostile:
    """What was written: files the build must account for, and links/special files it must survive."""

    root: Path
    files: list[Path] = field(default_factory=list)       # every entry the walk will meet (files and links)
    kinds: dict[str, str] = field(default_factory=dict)   # path -> kind of hostility
    unreadable: list[Path] = field(default_factory=list)  # chmod 000 files

    def add(self, path: Path, kind: str) -> Path:
        self.files.append(path)
        self.kinds[str(path)] = kind
        return path


def _rand_bytes(rng: random.Random, n: int) -> bytes:
    return rng.randbytes(n)


def make_hostile(root: Path, n: int, *, seed: int = 1, big: bool = True, huge_line_chars: int = 1_050_000,
                 huge_lines: int = 1, big_mb: int = 60) -> Hostile:
    """Write a folder of ``n`` (about) malformed, hostile and good input files.

    root (Path): the folder to create.
    n (int): how many generated files (special entries come on top).
    big (bool): also write the 60 MB file and the enormous single lines.
    huge_line_chars (int): length of each enormous line (spaCy refuses over 1,000,000 characters).
    huge_lines (int): 1 (a single unbroken word) or 2 (and a line of gibberish words).
    RETURNS (Hostile): what was written.
    """
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    out = Hostile(root=root)
    arts = random.Random(seed + 1)

    def good(i: int) -> str:
        return english_article(arts, 10_000 + i, sentences=5)

    exts = [".txt", ".html", ".htm", ".json", ".jsonl", ".csv", ".tsv", ".pdf", ".md", ".bin", ""]
    makers = []

    def maker(fn):
        makers.append(fn)
        return fn

    @maker
    def random_bytes(i):
        return rng.choice(exts), _rand_bytes(rng, rng.choice([1, 7, 100, 4096, 65536]))

    @maker
    def nul_bytes(i):
        text = good(i)
        cut = rng.randrange(len(text))
        return ".txt", (text[:cut] + "\x00" * rng.randint(1, 50) + text[cut:]).encode()

    @maker
    def invalid_utf8(i):
        raw = bytearray(good(i).encode())
        for _ in range(rng.randint(1, 20)):
            raw.insert(rng.randrange(len(raw)), rng.choice([0xff, 0xfe, 0xc3, 0x80, 0xed]))
        return rng.choice([".txt", ".html", ".md"]), bytes(raw)

    @maker
    def cp1251(i):
        return ".txt", (RUSSIAN + f" {i}").encode("cp1251")

    @maker
    def latin1(i):
        return ".txt", (rng.choice([FRENCH, GERMAN]) + f" {i}").encode("latin-1")

    @maker
    def utf16(i):
        return ".txt", good(i).encode("utf-16")

    @maker
    def empty(i):
        return rng.choice([".txt", ".html", ".json", ".csv", ".pdf"]), rng.choice([b"", b"   \n\t\n", b"\xef\xbb\xbf"])

    @maker
    def nested_html(i):
        depth = rng.choice([500, 5000, 20000])
        return ".html", ("<html><body>" + "<div>" * depth + good(i) + "</div>" * depth + "</body></html>").encode()

    @maker
    def truncated_html(i):
        html = f"<html><head><title>T{i}</title></head><body><article><p>{good(i)}</p></article></body></html>"
        return rng.choice([".html", ".htm"]), html[:rng.randrange(5, len(html))].encode()

    @maker
    def script_html(i):
        return ".html", (f"<html><body><script>{'x=1;' * 2000}</script><style>p{{}}</style>"
                         f"<p>&lt;script&gt;alert({i})&lt;/script&gt;</p><p>{good(i)}</p></body></html>").encode()

    @maker
    def bad_json(i):
        variants = [
            b"{", b"[1, 2", b"null", b"42", b'"just a string"', b"[]", b"{}",
            json.dumps({"title": "No text here", "url": 5}).encode(),
            json.dumps({"text": 12345, "title": ["a", "b"], "date": {"y": 1}}).encode(),
            json.dumps({"text": None, "body": None}).encode(),
            json.dumps([{"text": good(i)}, 7, "x", None, {"text": ["list"]}]).encode(),
            ("[" * 100_000 + "]" * 100_000).encode(),
            json.dumps({"text": good(i), "published": "not a date", "url": "javascript:alert(1)"}).encode(),
            b'{"text": "' + b"\\ud800" * 10 + b'"}',
            json.dumps({"text": good(i), "title": "x" * 100_000}).encode(),
            b"1e99999",
        ]
        return ".json", rng.choice(variants)

    @maker
    def bad_jsonl(i):
        lines = [json.dumps({"text": good(i), "title": f"ok {i}"}), "{broken", "", "null", "[1,2]",
                 json.dumps({"text": 3.5}), json.dumps({"headline": "no body"}), "\x00\x00",
                 json.dumps({"text": good(i + 50_000), "date": 20240101})]
        rng.shuffle(lines)
        return rng.choice([".jsonl", ".ndjson"]), "\n".join(lines[:rng.randint(1, len(lines))]).encode()

    @maker
    def bad_csv(i):
        variants = [
            "title,text\n\"unterminated,quote\n",
            "a,b,c\n1,2\n3,4,5,6\n",
            "text\n" + "x" * 200_000 + "\n",
            "title,text\nok," + good(i).replace("\n", " ").replace(",", ";") + "\n",
            "title;text\nsemi;colon\n",
            "title,text\nnul,\x00\x00\n",
            "\n\n\n",
            "title,text,date\n,,\n,,\n",
            "text,text,text\ndup,dup,dup\n",
        ]
        return rng.choice([".csv", ".tsv"]), rng.choice(variants).encode()

    @maker
    def bad_pdf(i):
        variants = [b"%PDF-1.7\n" + _rand_bytes(rng, 2000), MINIMAL_PDF_NO_TEXT,
                    MINIMAL_PDF_NO_TEXT[:rng.randrange(10, len(MINIMAL_PDF_NO_TEXT))], b"%PDF-"]
        return ".pdf", rng.choice(variants)

    @maker
    def control_chars(i):
        text = "".join(chr(rng.choice([1, 2, 7, 8, 11, 12, 27, 127, 0x202e, 0x200b, 0xfeff])) if rng.random() < 0.05
                       else ch for ch in good(i))
        return ".txt", text.encode()

    @maker
    def good_article(i):
        return ".txt", good(i).encode()

    @maker
    def exact_copy(i):
        return ".txt", good(i % 7).encode()

    # weights: mostly bad, a few good ones so the analysed path is exercised too
    weights = {random_bytes: 14, nul_bytes: 4, invalid_utf8: 6, cp1251: 6, latin1: 6, utf16: 3, empty: 6,
               nested_html: 2, truncated_html: 6, script_html: 2, bad_json: 10, bad_jsonl: 6, bad_csv: 8,
               bad_pdf: 6, control_chars: 3, good_article: 3, exact_copy: 3}
    population, w = zip(*weights.items())
    sub = [root / "a", root / "b" / "c", root / "d e", root]
    for s in sub:
        s.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        fn = rng.choices(population, w)[0]
        ext, data = fn(i)
        path = rng.choice(sub) / f"{fn.__name__}-{i:05d}{ext}"
        path.write_bytes(data)
        out.add(path, fn.__name__)

    _special_entries(root, out, rng, big=big, huge_line_chars=huge_line_chars, huge_lines=huge_lines, big_mb=big_mb)
    return out


def _special_entries(root: Path, out: Hostile, rng: random.Random, *, big: bool, huge_line_chars: int,
                     huge_lines: int, big_mb: int) -> None:
    sp = root / "special"
    sp.mkdir(exist_ok=True)
    # symlink loops and dangling links: the walk must not follow them forever
    os.symlink("loop-b.txt", sp / "loop-a.txt")
    os.symlink("loop-a.txt", sp / "loop-b.txt")
    out.add(sp / "loop-a.txt", "symlink_loop")
    out.add(sp / "loop-b.txt", "symlink_loop")
    os.symlink("does-not-exist.txt", sp / "dangling.txt")
    out.add(sp / "dangling.txt", "dangling_symlink")
    os.symlink("..", sp / "parent-dir-link")          # a directory loop (not a file entry)
    # special files that must never be read as if they were articles
    os.mkfifo(sp / "pipe.txt")
    out.add(sp / "pipe.txt", "fifo")
    os.symlink("/dev/zero", sp / "zero.txt")
    out.add(sp / "zero.txt", "device")
    os.symlink("/proc/self/mem", sp / "mem.txt")       # reading it raises EIO, even as root
    out.add(sp / "mem.txt", "io_error")
    # unreadable permissions (root can still read: the tests check both ways)
    locked = sp / "locked.txt"
    locked.write_text(english_article(rng, 99_001), encoding="utf-8")
    locked.chmod(0)
    out.add(locked, "unreadable")
    out.unreadable.append(locked)
    # hostile file names
    for name in ["-rf.txt", "semi;colon $(x).txt", "new\nline.txt", "<img src=x onerror=alert(1)>.txt",
                 "ﺮﺑﻉ rtl.txt", "x" * 200 + ".txt"]:
        p = sp / name
        p.write_text(english_article(rng, rng.randint(0, 10**6)), encoding="utf-8")
        out.add(p, "odd_name")
    raw_name = os.path.join(os.fsencode(sp), b"bad-\xff\xfe-name.txt")
    with open(raw_name, "wb") as f:
        f.write(english_article(rng, 99_002).encode())
    out.add(Path(os.fsdecode(raw_name)), "undecodable_name")
    if big:
        # one line of over a million characters, with and without spaces
        (sp / "huge-line-word.txt").write_bytes(b"A" * huge_line_chars)
        out.add(sp / "huge-line-word.txt", "huge_line")
        if huge_lines >= 2:
            words = " ".join(rng.choice(["zorp", "quix", "blen", "farn", "tesk"]) for _ in range(huge_line_chars // 5))
            (sp / "huge-line-gibberish.txt").write_text(words, encoding="utf-8")
            out.add(sp / "huge-line-gibberish.txt", "huge_line")
        # a 60 MB file (sparse: mostly NUL bytes, cheap to create, above the default 50 MB limit)
        with open(sp / "sixty-mb.txt", "wb") as f:
            f.write(b"Sixty megabytes of nothing\n")
            f.truncate(big_mb * 1_000_000)
        out.add(sp / "sixty-mb.txt", "too_large")


def is_root() -> bool:
    return os.geteuid() == 0


def unreadable_really(path: Path) -> bool:
    """Whether chmod 000 actually stops this process reading ``path`` (not as root)."""
    try:
        with open(path, "rb") as f:
            f.read(1)
        return False
    except PermissionError:
        return True


def regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False
