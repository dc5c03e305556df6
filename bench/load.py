"""Load test of ``claimgraph serve``: N concurrent clients on loopback for a bounded time.

Builds (once) a synthetic store of ``--docs`` documents straight through ``Store.write_results``
and the corpus stage (``resolve_store``) -- no spaCy, so 10k documents take seconds, not hours --
then starts ``claimgraph serve`` bound to 127.0.0.1 and runs ``--clients`` threads, each sending
a mix of page and API requests, for ``--seconds``. Prints requests/s and p50/p95/p99 latency,
overall and per kind of request.

    python bench/load.py                       # 10,000 documents, 8 clients, 20 s
    python bench/load.py --docs 2000 --clients 4 --seconds 5

The server only ever listens on 127.0.0.1: this script never exposes anything beyond loopback.
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"   # loopback only, by design

SYLLABLES = ["ar", "bel", "cas", "dor", "el", "fen", "gal", "hes", "is", "jor", "kes", "lun", "mar", "nor", "os",
             "pel", "quin", "ros", "sal", "tor", "ur", "val", "wen", "yar", "zan"]
FIRST = ["Marta", "Pieter", "Yusuf", "Lena", "Tomas", "Ines", "Otto", "Sofia", "Karim", "Nadia", "Anton", "Mira"]
TYPES = ["ASSAULT", "COERCE", "MOBILIZE", "ACCUSE", "REJECT", "REQUEST", "AID", "CONSULT", "AGREE", "SUPPORT"]
OUTLETS = ["Ledger Wire", "Harbour Times", "Valley Courier", "Eastern Post", "Coastline Herald", "Daily Beacon"]
VERBS = {"ASSAULT": "shelled", "COERCE": "blockaded", "MOBILIZE": "sent troops to", "ACCUSE": "accused",
         "REJECT": "rejected the demands of", "REQUEST": "called on", "AID": "sent aid to", "CONSULT": "met",
         "AGREE": "signed a deal with", "SUPPORT": "backed"}


def synthetic_results(n_docs: int, seed: int = 7):
    """Yield DocResults for ``n_docs`` invented articles: mentions, claims with events, signals."""
    from claimgraph.model import Claim, DocResult, Document, Event, Mention, Quantity, Signal, Via

    rng = random.Random(seed)

    def invented(k: int, parts: int) -> list[str]:
        names = {"".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize() for _ in range(k * 2)}
        return sorted(names)[:k]

    # a few hundred places and people, used with a Zipf-like skew as real coverage is
    places = invented(400, 3)
    people = [f"{rng.choice(FIRST)} {last}" for last in invented(600, 2)]

    def zipf(items: list[str]) -> str:
        return items[min(len(items) - 1, int(rng.paretovariate(1.1)) - 1)] if rng.random() < 0.5 else rng.choice(items)
    for i in range(n_docs):
        doc_id = f"d{i:016x}"
        parts: list[str] = []
        mentions: list[Mention] = []
        claims: list[Claim] = []
        pos = 0

        def add(text: str) -> tuple[int, int]:
            nonlocal pos
            start = pos
            parts.append(text)
            pos += len(text)
            return start, pos

        def mention(name: str, kind: str) -> Mention:
            start, end = add(name)
            m = Mention(id=f"{doc_id}:m{len(mentions)}", doc=doc_id, start=start, end=end, text=name, name=name,
                        kind=kind, label="PERSON" if kind == "person" else "GPE")
            mentions.append(m)
            return m

        date = f"{rng.randint(2019, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        add(f"Report {i}. ")
        for k in range(rng.randint(3, 6)):
            s_start = pos
            speaker = mention(zipf(people), "person")
            add(" said that ")
            subj = mention(zipf(places), "country")
            etype = rng.choice(TYPES)
            add(f" {VERBS[etype]} ")
            obj = mention(zipf(places), "country")
            n = rng.randint(2, 500)
            add(f" near the border, with {n} involved. ")
            text = "".join(parts)[s_start:pos]
            hedges = ["reportedly"] if rng.random() < 0.3 else []
            claims.append(Claim(
                id=f"{doc_id}:c{k}", doc=doc_id, text=text, start=s_start, end=pos, speaker_text=speaker.text,
                speaker_mention=speaker.id, cue="said", hedged=bool(hedges), hedges=hedges, sentence=k + 1,
                via=[Via(name=rng.choice(OUTLETS))] if rng.random() < 0.2 else [],
                event=Event(type=etype, trigger=VERBS[etype], subject_mention=subj.id, object_mention=obj.id,
                            subject_text=subj.text, object_text=obj.text, date=date,
                            quantity=Quantity(value=n, unit="people", text=str(n)))))
        body = "".join(parts)
        signals = [Signal(doc=doc_id, kind="hedge", text="reportedly", start=0, end=6)] if rng.random() < 0.3 else []
        doc = Document(id=doc_id, path=f"synthetic/{i:06d}.txt", text=body, raw_text=body,
                       title=f"{zipf(places)} and {zipf(places)}: report {i}",
                       outlet=rng.choice(OUTLETS), published=date,
                       words=len(body.split()))
        yield DocResult(document=doc, mentions=mentions, claims=claims, signals=signals)


def make_store(path: str | Path, n_docs: int, *, seed: int = 7, batch: int = 500) -> dict[str, float]:
    """Write a synthetic store of ``n_docs`` documents and run the corpus stage over it.

    RETURNS (dict): seconds spent writing and resolving, and the store's counts.
    """
    from claimgraph.resolve import resolve_store
    from claimgraph.store import Store

    path = Path(path)
    for p in (path, Path(f"{path}.wal")):
        if p.exists():
            p.unlink()
    t0 = time.perf_counter()
    with Store(path) as st:
        run = st.start_run(["synthetic"])
        pending = []
        for res in synthetic_results(n_docs, seed):
            pending.append(res)
            if len(pending) >= batch:
                st.write_results(pending, run)
                pending = []
        st.write_results(pending, run)
        t1 = time.perf_counter()
        resolve_store(st)
        st.finish_run(run, {"read": n_docs, "analysed": n_docs})
        t2 = time.perf_counter()
        counts = st.counts()
    return {"write_seconds": t1 - t0, "resolve_seconds": t2 - t1, **counts}


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def sample_ids(store: Path, k: int = 200, seed: int = 3) -> dict[str, list[str]]:
    from claimgraph.store import Store

    with Store(store, read_only=True) as st:
        ids = {t: [r["id"] for r in st.query(f"SELECT id FROM {t} USING SAMPLE {k} ROWS")]
               for t in ("actors", "events", "claims", "documents")}
        ids["names"] = [r["name"].split()[-1] for r in st.query(f"SELECT name FROM actors USING SAMPLE {k} ROWS")]
    return ids


def request_mix(ids: dict[str, list[str]]) -> list[tuple[str, float, object]]:
    """(kind, weight, make_path(rng)) for the requests the clients send."""
    def pick(key):
        return lambda rng: rng.choice(ids[key]) if ids[key] else "none"

    a, e, c, d, n = (pick(k) for k in ("actors", "events", "claims", "documents", "names"))
    return [
        ("page /", 1, lambda rng: "/"),
        ("page actor", 3, lambda rng: f"/actors/{a(rng)}"),
        ("page event", 3, lambda rng: f"/events/{e(rng)}"),
        ("page document", 3, lambda rng: f"/documents/{d(rng)}"),
        ("page claims", 2, lambda rng: f"/claims?offset={rng.randint(0, 2000)}"),
        ("page search", 2, lambda rng: f"/search?q={n(rng)}"),
        ("api actor", 3, lambda rng: f"/api/actors/{a(rng)}"),
        ("api claim", 3, lambda rng: f"/api/claims/{c(rng)}"),
        ("api claims", 2, lambda rng: f"/api/claims?limit=50&offset={rng.randint(0, 2000)}"),
        ("api documents", 2, lambda rng: f"/api/documents?limit=50&offset={rng.randint(0, 2000)}"),
        ("api search", 2, lambda rng: f"/api/search?q={n(rng)}"),
        ("api timeline", 1, lambda rng: "/api/timeline"),
        ("api graph", 1, lambda rng: "/api/graph"),
    ]


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def run_clients(base: str, mix, clients: int, seconds: float, seed: int = 11) -> dict:
    """Run ``clients`` threads for ``seconds``; RETURNS latencies (s) per kind and status counts."""
    import httpx

    kinds, weights, makers = zip(*mix)
    lat: dict[str, list[float]] = defaultdict(list)
    statuses: dict[int, int] = defaultdict(int)
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client(k: int) -> None:
        rng = random.Random(seed + k)
        with httpx.Client(base_url=base, timeout=60) as http:
            while time.perf_counter() < deadline:
                j = rng.choices(range(len(kinds)), weights)[0]
                path = makers[j](rng)
                t0 = time.perf_counter()
                try:
                    code = http.get(path).status_code
                except httpx.HTTPError:
                    code = 0
                dt = time.perf_counter() - t0
                with lock:
                    lat[kinds[j]].append(dt)
                    statuses[code] += 1

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {"latencies": dict(lat), "statuses": dict(statuses), "seconds": time.perf_counter() - t0}


def start_server(store: Path, port: int) -> subprocess.Popen:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return subprocess.Popen([sys.executable, "-m", "claimgraph.cli.main", "serve", "--store", str(store),
                             "--host", HOST, "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def wait_up(base: str, server: subprocess.Popen, timeout: float = 120) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"serve exited: {server.stderr.read()[-2000:]}")
        try:
            if httpx.get(f"{base}/api/overview", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("serve did not answer in time")


def report(result: dict, clients: int) -> str:
    all_lat = [x for v in result["latencies"].values() for x in v]
    n = len(all_lat)
    ok = sum(v for k, v in result["statuses"].items() if 200 <= k < 400)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    lines = [f"machine: {os.cpu_count()} cores, load average {load} (other processes share these cores)",
             f"clients {clients}, {result['seconds']:.1f} s: {n} requests, {n / result['seconds']:.1f} requests/s, "
             f"p50 {percentile(all_lat, 50) * 1000:.0f} ms, p95 {percentile(all_lat, 95) * 1000:.0f} ms, "
             f"p99 {percentile(all_lat, 99) * 1000:.0f} ms; {ok} ok, statuses {dict(sorted(result['statuses'].items()))}",
             f"{'request':<16} {'n':>6} {'p50 ms':>8} {'p95 ms':>8}"]
    for kind, v in sorted(result["latencies"].items()):
        lines.append(f"{kind:<16} {len(v):>6} {percentile(v, 50) * 1000:>8.0f} {percentile(v, 95) * 1000:>8.0f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=10_000, help="documents in the synthetic store")
    ap.add_argument("--clients", type=int, default=8, help="concurrent clients")
    ap.add_argument("--seconds", type=float, default=20.0, help="how long the clients run")
    ap.add_argument("--store", type=Path, default=Path("/tmp/claimgraph-load.duckdb"), help="store to (re)use")
    ap.add_argument("--rebuild", action="store_true", help="rebuild the store even if it exists")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))

    if args.rebuild or not args.store.exists():
        made = make_store(args.store, args.docs)
        print(f"store {args.store}: {made['documents']} documents, {made['mentions']} mentions, {made['claims']} claims,"
              f" {made['actors']} actors, {made['events']} events; written in {made['write_seconds']:.1f} s,"
              f" resolved in {made['resolve_seconds']:.1f} s", flush=True)
    ids = sample_ids(args.store)
    port = free_port()
    base = f"http://{HOST}:{port}"
    server = start_server(args.store, port)
    try:
        wait_up(base, server)
        run_clients(base, request_mix(ids), 2, 2.0)          # warm-up (imports, templates, caches)
        result = run_clients(base, request_mix(ids), args.clients, args.seconds)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    print(report(result, args.clients))
    errors = sum(v for k, v in result["statuses"].items() if k == 0 or k >= 500)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
