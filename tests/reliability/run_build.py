"""Run ``claimgraph.pipeline.build`` in a child process and write what happened as JSON.

The reliability tests run builds over hostile folders in a child process, under a memory
limit and a timeout, so a reader that hangs on a pipe or reads /dev/zero fails the test
instead of the test machine. Every progress event is recorded, so the test can account for
each input file.

    python run_build.py OUT.json STORE --mem-gb 8 [--workers 1] [--max-mb 50] PATH...
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import traceback


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("store")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--mem-gb", type=float, default=8.0)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--max-mb", type=float, default=50.0)
    args = ap.parse_args()
    limit = int(args.mem_gb * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    from claimgraph.ingest import IngestOptions
    from claimgraph.pipeline import build

    events: list[tuple[str, str]] = []
    result: dict = {"events": events}
    try:
        report = build(args.paths, args.store, workers=args.workers, progress=lambda s, p: events.append((s, p)),
                       options=IngestOptions(max_bytes=int(args.max_mb * 1_000_000)))
        result["counts"] = report.counts()
        result["errors"] = [[e.path, e.reason, e.stage] for e in report.errors]
        result["exit_code"] = report.exit_code
    except BaseException as e:  # the test reports it; the point is that it must not happen
        result["crash"] = f"{type(e).__name__}: {e}\n{traceback.format_exc()}"
    with open(args.out, "w", encoding="utf-8") as f:
        # paths with undecodable bytes hold lone surrogates: keep them as JSON escapes
        json.dump(result, f, ensure_ascii=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
