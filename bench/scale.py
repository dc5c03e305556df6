"""Benchmark: the corpus stage (resolve) at 1k, 10k and 100k documents — time and peak memory.

    python bench/scale.py [--sizes 1000,10000,100000] [--template-docs 200] [--quick]

1. A template: ``--template-docs`` generated articles (bench/corpus.py) run through the real map
   stage (``claimgraph.build(..., resolve=False)``), so mentions, claims and signals per document
   have the distributions the extractors really produce.
2. For each size, a store of that many documents is made by copying the template's DocResults in
   DuckDB SQL, with new document ids, dates spread over two years, and every name that is not a
   knowledge-base entity (countries, capitals, international bodies stay) swapped for a name from a
   roster that grows with the corpus (one name per 4 documents) — so the number of distinct
   actors grows with the corpus, as it does in real collections.
3. ``resolve_store`` runs on each store in a fresh process; its wall time and peak RSS
   (``ru_maxrss`` of that process) are printed with the growth factor per tenfold size
   (10 = linear).
4. Incremental: 1% more documents are added to the largest store and the corpus stage is run
   again, to show what adding a batch to a big store costs; then once more over the same store,
   where it keeps its results (same inputs and code, see ``resolve.run``).

Times are wall-clock and CPU seconds of the child process (with the processes it forks to score
pairs, resolve/parallel.py; their peak is printed apart: "largest forked child"); on a machine
shared with other work, compare the CPU seconds. ``--phases STORE`` prints CPU time and memory after each step of the
corpus stage on one store (``--keep DIR`` keeps the stores).
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SYL = ["ka", "ro", "vel", "mar", "dan", "tesh", "lo", "zur", "bra", "nik", "sol", "ha", "fet", "gor", "min", "das",
       "rel", "tu", "ven", "och", "bar", "li", "sha", "kem", "por", "el", "dri", "mun", "sat", "ost", "ar", "lin"]


def template_store(path: Path, docs: int) -> Path:
    """Run the real map stage on generated articles once; reuse the store when it exists."""
    import claimgraph
    import corpus as bench_corpus

    if path.exists():
        return path
    with tempfile.TemporaryDirectory() as tmp:
        bench_corpus.generate(Path(tmp) / "corpus", docs)
        report = claimgraph.build([Path(tmp) / "corpus"], store=path, resolve=False, workers=1)
    print(f"template: {report.analysed} documents analysed in {report.seconds:.0f} s -> {path}", flush=True)
    return path


def roster(size: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    word = lambda n: "".join(rng.choice(SYL) for _ in range(n)).capitalize()  # noqa: E731
    return [f"{word(2)} {word(2 + rng.randrange(2))}" for _ in range(size)]


def replicate(store: Path, template: Path, docs: int, first_copy: int = 0) -> float:
    """Append ``docs`` copies of template documents to ``store`` (see the module doc). RETURNS seconds."""
    import duckdb
    import pyarrow as pa

    from claimgraph.store import Store

    t0 = time.perf_counter()
    Store(store).close()  # creates the schema; the copy below is plain SQL on one connection
    with duckdb.connect(str(store)) as con:
        con.execute(f"ATTACH '{template}' AS t (READ_ONLY)")
        n_template = con.execute("SELECT count(*) FROM t.documents WHERE status = 'analysed'").fetchall()[0][0]
        size = max(500, (docs + first_copy * n_template) // 4)   # distinct invented names grow with the corpus
        names = pa.table({"i": list(range(size)), "name": roster(size)})
        con.register("roster_src", names)
        con.execute("CREATE OR REPLACE TEMP TABLE roster AS SELECT * FROM roster_src")
        copies = -(-docs // n_template)
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE dmap AS
            SELECT * FROM (
                SELECT d.id AS old, c.k AS k, 'd' || substr(md5(d.id || ':' || c.k), 1, 16) AS new,
                       (hash('shift' || c.k || d.id) % 730)::INTEGER AS shift,
                       row_number() OVER (ORDER BY c.k, d.path) AS rn
                FROM t.documents d, (SELECT range + {first_copy} AS k FROM range({copies})) c
                WHERE d.status = 'analysed') WHERE rn <= {docs}""")
        shifted = ("strftime(TRY_CAST({col} AS DATE) + dm.shift, '%Y-%m-%d')")
        con.execute("BEGIN TRANSACTION")
        con.execute(f"""
            INSERT INTO documents (id, path, title, outlet, url, published, language, status, status_reason,
                                   duplicate_of, format, words, text, raw_text, offset_map, run)
            SELECT dm.new, d.path || '#' || dm.k, d.title, d.outlet, d.url,
                   coalesce({shifted.format(col='d.published')}, strftime(DATE '2024-01-01' + dm.shift, '%Y-%m-%d')),
                   d.language, d.status, d.status_reason, NULL, d.format, d.words, d.text, NULL, d.offset_map,
                   {first_copy + 1}
            FROM t.documents d JOIN dmap dm ON d.id = dm.old""")
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE mrename AS
            SELECT m.id AS old_id, dm.new AS doc, dm.k AS k,
                   (m.kb_id IS NULL AND NOT m.pronoun) AS swap,
                   r.name AS full_name
            FROM t.mentions m JOIN dmap dm ON m.doc = dm.old
            LEFT JOIN roster r ON r.i = hash(coalesce(m.local_key, m.name) || ':' || (dm.k // 10)) % {size}""")
        con.execute("""
            INSERT INTO mentions (id, doc, start, "end", text, name, kind, label, kb_id, local_key, role, affiliation,
                                  affiliation_kb, sentence, pronoun, actor)
            SELECT replace(m.id, m.doc, r.doc), r.doc, m.start, m."end",
                   CASE WHEN r.swap THEN replace(m.text, m.name, nn.name) ELSE m.text END,
                   CASE WHEN r.swap THEN nn.name ELSE m.name END, m.kind, m.label, m.kb_id,
                   CASE WHEN r.swap THEN r.full_name ELSE m.local_key END,
                   m.role, m.affiliation, m.affiliation_kb, m.sentence, m.pronoun, NULL
            FROM t.mentions m JOIN mrename r ON r.old_id = m.id,
                 LATERAL (SELECT CASE WHEN m.name = coalesce(m.local_key, m.name) THEN r.full_name
                                      ELSE regexp_extract(r.full_name, '(\\S+)$', 1) END AS name) nn""")
        con.execute("""
            INSERT INTO claims
            SELECT replace(c.id, c.doc, dm.new), dm.new, c.start, c."end", c.text, c.speaker_text,
                   replace(c.speaker_mention, c.doc, dm.new), NULL, c.content_text, c.content_start, c.content_end,
                   c.cue, c.speech_type, c.stance, c.hedged, c.hedges, replace(c.via::VARCHAR, c.doc, dm.new),
                   CASE WHEN TRY_CAST(json_extract_string(c.event, '$.date') AS DATE) IS NOT NULL
                        THEN json_merge_patch(replace(c.event::VARCHAR, c.doc, dm.new), json_object('date',
                             strftime(TRY_CAST(json_extract_string(c.event, '$.date') AS DATE) + dm.shift, '%Y-%m-%d')))
                        ELSE replace(c.event::VARCHAR, c.doc, dm.new) END,
                   c.event_type, NULL, NULL, c.quote, c.sentence, c.certainty, NULL
            FROM t.claims c JOIN dmap dm ON c.doc = dm.old""")
        con.execute("""INSERT INTO signals SELECT dm.new, s.kind, s.text, s.start, s."end"
                       FROM t.signals s JOIN dmap dm ON s.doc = dm.old""")
        con.execute("COMMIT")
        con.execute("DETACH t")
    return time.perf_counter() - t0


def resolve_in_child(store: Path, *flags: str) -> dict:
    """Run the corpus stage in a fresh process; RETURNS its seconds, peak RSS and counts."""
    out = subprocess.run([sys.executable, __file__, "--resolve-one", str(store), *flags], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB.

    ``VmHWM`` where there is a /proc: ``ru_maxrss`` survives ``execve``, so a child started by a
    parent holding gigabytes (the stores are made in the parent) would report the parent's peak.
    """
    status = Path("/proc/self/status")
    if status.exists():
        line = next((x for x in status.read_text().splitlines() if x.startswith("VmHWM")), None)
        if line:
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_cpu() -> float:
    """CPU seconds of this process's finished children (the corpus stage forks some: resolve/parallel.py)."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def resolve_one(store: Path, force: bool = True) -> None:
    from claimgraph.resolve import resolve_store
    from claimgraph.store import Store

    with Store(store) as st:
        counts = st.counts()
        t0, c0, k0 = time.perf_counter(), time.process_time(), children_cpu()
        resolved = resolve_store(st, force=force)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0 + children_cpu() - k0
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak_rss_mb(), "child_peak_mb": child_mb,
                      "documents": counts["documents"], "mentions": counts["mentions"], "claims": counts["claims"],
                      **resolved}))


def phases(store: Path) -> None:
    """The corpus stage step by step (as ``resolve_store`` runs it), with CPU time and memory after each."""
    from claimgraph.engine.memory import give_back, paused_gc
    from claimgraph.resolve import crosscheck as cc
    from claimgraph.resolve.actors import resolve_nodes
    from claimgraph.resolve.features import forget_shared
    from claimgraph.resolve.kinds import add_outlets
    from claimgraph.resolve.nodes import store_nodes
    from claimgraph.resolve.run import corpus_memory_limit
    from claimgraph.store.corpus import claims_with_actors, write_node_actors
    from claimgraph.store import Store

    def rss() -> int:
        status = Path("/proc/self/status").read_text()
        return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS"))) // 1024

    def step_peak() -> int | None:
        """The peak RSS since the last step (Linux: VmHWM, reset by writing 5 to clear_refs), or None."""
        try:
            status = Path("/proc/self/status").read_text()
            hwm = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))) // 1024
            Path("/proc/self/clear_refs").write_text("5")
            return hwm
        except (OSError, StopIteration):
            return None

    last = [time.process_time() + children_cpu()]
    top = [step_peak() or 0]

    def step(name: str) -> None:
        now = time.process_time() + children_cpu()      # forked children's CPU counted when they end
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        here = step_peak()            # resetting VmHWM resets ru_maxrss too: the run's peak is kept here
        top[0] = peak = max(top[0], peak, here or 0)
        within = f", in step {here}" if here is not None else ""
        print(f"  {name:<40} {now - last[0]:7.1f} CPU-s   RSS {rss():6d} MB (peak {peak} MB{within})", flush=True)
        last[0] = now

    def timed(name: str, fn):
        def run(*args, **kwargs):
            out = fn(*args, **kwargs)
            step(name.format(n=len(out)))
            return out
        return run

    # crosscheck's own steps, timed where it calls them
    cc.build_views = timed("claims read into views ({n})", cc.build_views)
    cc.candidate_codes = timed("candidate pairs ({n})", cc.candidate_codes)
    # the pairs are scored and related as a stream ending in the grouping: one step
    cc.group_edges = timed("pairs scored, related, grouped ({n})", cc.group_edges)
    with Store(store) as st, paused_gc(), st.memory_limit(corpus_memory_limit()):   # as resolve_store runs it
        step("open the store (imports)")
        nodes = store_nodes(st)
        step(f"read {len(nodes)} nodes ({sum(len(n.mentions) for n in nodes)} mentions)")
        keyed = [(n.doc, n.key, n.place) for n in nodes]
        actors, node_actor, merges = resolve_nodes(nodes)
        del nodes
        table = write_node_actors(st, keyed, node_actor)
        del keyed, node_actor
        step(f"resolve actors ({len(actors)}), node table")
        documents = {d.id: d for d in st.documents(status="analysed", with_text=False)}
        add_outlets(actors, (d.outlet for d in documents.values()))
        step(f"read {len(documents)} documents")
        # the claims are read as a stream into their views: reading is in the views' step
        links, events, claim_group = cc.crosscheck(claims_with_actors(st), actors, documents, stream_links=True)
        del documents
        forget_shared()                                  # as resolve_store does once the views are gone
        give_back()
        step(f"links ({len(links)}), events ({len(events)}), grades")
        st.replace_corpus(actors=actors, mention_actor={}, merges=merges, links=links,
                          events=events, claim_group=claim_group, node_table=table)
        step("write the results")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--template-docs", type=int, default=200)
    parser.add_argument("--template", type=Path, help="template store (default: cached in the temp directory)")
    parser.add_argument("--keep", type=Path, help="keep the stores in this directory")
    parser.add_argument("--quick", action="store_true", help="1k and 10k documents only")
    parser.add_argument("--incremental-size", type=int, metavar="N",
                        help="measure the incremental run on the store of N documents (default: the largest)")
    parser.add_argument("--phases", type=Path, metavar="STORE",
                        help="print CPU time and RSS after each step of the corpus stage on STORE, and exit")
    parser.add_argument("--resolve-one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--unforced", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.resolve_one:
        resolve_one(args.resolve_one, force=not args.unforced)
        return
    if args.phases:
        phases(args.phases)
        return
    from throughput import machine

    sizes = [1000, 10000] if args.quick else [int(s) for s in args.sizes.split(",")]
    print(f"machine: {machine()}", flush=True)
    template = template_store(args.template or Path(tempfile.gettempdir()) /
                              f"claimgraph-scale-template-{args.template_docs}.duckdb", args.template_docs)
    work = args.keep or Path(tempfile.mkdtemp(prefix="claimgraph-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in sizes:
        store = work / f"scale-{size}.duckdb"
        if store.exists():
            store.unlink()
        made = replicate(store, template, size)
        r = resolve_in_child(store)
        rows.append((size, r))
        growth = ""
        if len(rows) > 1:
            (s0, r0), (s1, r1) = rows[-2], rows[-1]
            growth = f"  x{r1['cpu'] / r0['cpu']:.1f} CPU time for x{s1 / s0:.0f} documents"
        print(f"{size:>7} documents ({r['mentions']} mentions, {r['claims']} claims; store made in {made:.0f} s): "
              f"corpus stage {r['seconds']:7.1f} s ({r['cpu']:.1f} CPU-s), peak RSS {r['peak_mb']:6.0f} MB "
              f"(largest forked child {r.get('child_peak_mb', 0):.0f} MB), "
              f"{r['actors']} actors, {r['events']} events, {r['links']} links{growth}", flush=True)
    size, r = next((row for row in rows if row[0] == args.incremental_size), rows[-1])
    store = work / f"scale-{size}.duckdb"
    added = max(1, size // 100)
    replicate(store, template, added, first_copy=10_000)
    r2 = resolve_in_child(store)
    print(f"incremental: +{added} documents on {size}: corpus stage {r2['seconds']:.1f} s ({r2['cpu']:.1f} CPU-s, "
          f"{r2['cpu'] / r['cpu']:.2f} of the full run), peak RSS {r2['peak_mb']:.0f} MB", flush=True)
    r3 = resolve_in_child(store, "--unforced")
    print(f"unchanged: the same store built again: corpus stage {r3['seconds']:.1f} s (results kept: "
          f"same inputs and code)", flush=True)
    if not args.keep:
        for f in work.glob("*.duckdb*"):
            f.unlink()
        work.rmdir()


if __name__ == "__main__":
    main()
