"""Attribution on PolNeAR (../shared/eval/polnear-dev): build, export, score; prints the scorer's lines.

    .venv/bin/python bench/eval_polnear.py [--fast] [--split DIR] [--keep FILE.json]

Default: the real path (``claimgraph build`` into a temporary store, JSON export, then
``score_attribution.py``). ``--fast`` skips the store and the corpus stage: it parses the texts,
runs the per-document extraction and writes a minimal export (documents, claims, speaker actors
named by their mentions). Both give the same attribution figures up to actor resolution.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"


def fast_export(text_dir: Path) -> dict:
    """A minimal export from the map stage only (no store, no resolve)."""
    from claimgraph.clean import clean_document
    from claimgraph.extract.claims import find_claims
    from claimgraph.extract.mentions import find_mentions
    from claimgraph.ingest import iter_inputs
    from claimgraph.model import Document
    from claimgraph.nlp import load_nlp

    nlp = load_nlp()
    # the same ingest and cleaning as a build, so offsets and text match what a user sees
    cleaned = [clean_document(d) for d in iter_inputs(sorted(text_dir.glob("*.txt"))) if isinstance(d, Document)]
    paths = [Path(d.path) for d in cleaned]
    texts = [d.text for d in cleaned]
    out = {"schema": "claimgraph/1", "documents": [], "actors": [], "claims": []}
    for i, (p, doc) in enumerate(zip(paths, nlp.pipe(texts, batch_size=16))):
        document = Document(id=f"d{i}", path=str(p), text=doc.text)
        mentions = find_mentions(document, doc)
        by_id = {m.id: m for m in mentions}
        claims = find_claims(document, doc, mentions)
        out["documents"].append({"id": document.id, "path": str(p)})
        for c in claims:
            m = by_id.get(c.speaker_mention) if c.speaker_mention else None
            if m is None and c.speaker_mention:
                m = next((x for x in mentions if x.id == c.speaker_mention), None)
            actor = None
            if m is not None:
                actor = f"{document.id}:{m.local_key or m.name}"
                out["actors"].append({"id": actor, "name": m.local_key or m.name, "aliases": [m.text]})
            out["claims"].append({"id": c.id, "doc": c.doc, "text": c.text, "speaker": actor,
                                  "speaker_text": c.speaker_text, "content_text": c.content_text,
                                  "cue": c.cue, "quote": c.quote})
    return out


def built_export(text_dir: Path, tmp: Path) -> dict:
    """Export of a real build (CLI), as a user would make it."""
    store = tmp / "polnear.duckdb"
    exe = ROOT / ".venv" / "bin" / "claimgraph"
    cmd = [str(exe) if exe.exists() else "claimgraph"]
    subprocess.run(cmd + ["build", str(text_dir), "--store", str(store), "-q"], check=True, capture_output=True)
    target = tmp / "polnear.json"
    subprocess.run(cmd + ["export", "--store", str(store), "--format", "json", "--output", str(target)],
                   check=True, capture_output=True)
    return json.loads(target.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fast", action="store_true", help="map stage only, no store")
    ap.add_argument("--split", type=Path, default=SHARED / "polnear-dev")
    ap.add_argument("--keep", type=Path, help="also write the export here")
    ap.add_argument("--verbose", action="store_true", help="pass --verbose to the scorer")
    args = ap.parse_args(argv)
    if not args.split.exists():
        print(f"no PolNeAR split at {args.split}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        export = fast_export(args.split / "text") if args.fast else built_export(args.split / "text", Path(tmp))
        target = args.keep or Path(tmp) / "export.json"
        target.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        seconds = time.perf_counter() - t0
        cmd = [sys.executable, str(SHARED / "score_attribution.py"), str(target), str(args.split)]
        if args.verbose:
            cmd.append("--verbose")
        res = subprocess.run(cmd, capture_output=True, text=True)
    print(res.stdout, end="")
    print(f"# {'fast (map stage only)' if args.fast else 'claimgraph build + export'}: {seconds:.1f} s")
    return res.returncode


if __name__ == "__main__":
    sys.exit(main())
