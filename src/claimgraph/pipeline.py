"""The build pipeline: ingest → clean → nlp → extract (map) → store → resolve (reduce).

Each stage declares what it reads and adds; ``check_stages`` fails at start-up when a stage
reads something no earlier stage adds. ``build()`` is what ``claimgraph build`` and the
Python API call.
"""
from __future__ import annotations

import os
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .clean import clean_document
from .clean.dedupe import Deduper
from .clean.language import detect_language
from .errors import Errors, PipelineError
from .ingest import IngestOptions, iter_inputs
from .model import DocResult, Document, IngestError
from .store import Store


@dataclass(frozen=True)
class Stage:
    name: str
    reads: frozenset[str]
    adds: frozenset[str]


STAGES = (
    Stage("ingest", frozenset({"paths"}), frozenset({"document.raw_text", "document.meta"})),
    Stage("clean", frozenset({"document.raw_text"}), frozenset({"document.text", "document.offset_map", "document.id"})),
    Stage("dedupe", frozenset({"document.text", "document.id"}), frozenset({"document.duplicate_of"})),
    Stage("language", frozenset({"document.text"}), frozenset({"document.language"})),
    Stage("nlp", frozenset({"document.text", "document.language"}), frozenset({"doc"})),
    Stage("extract", frozenset({"doc", "document.text"}), frozenset({"mentions", "claims", "signals"})),
    Stage("store", frozenset({"mentions", "claims", "signals", "document.meta"}), frozenset({"stored"})),
    Stage("resolve", frozenset({"stored"}), frozenset({"actors", "links", "events"})),
)


def check_stages(stages: Iterable[Stage] = STAGES) -> None:
    """Raise PipelineError if a stage reads what no earlier stage adds."""
    available = {"paths"}
    for stage in stages:
        missing = stage.reads - available
        if missing:
            raise PipelineError(Errors.E009.format(stage=stage.name, missing=sorted(missing)))
        available |= stage.adds


check_stages()


@dataclass
class BuildReport:
    """What a build did: counts, the per-file error list, timing."""

    store: str
    read: int = 0
    analysed: int = 0
    duplicates: int = 0
    not_analysed: int = 0
    failed: int = 0
    skipped: int = 0                     # already in the store
    errors: list[IngestError] = field(default_factory=list)
    not_analysed_docs: list[tuple[str, str]] = field(default_factory=list)
    duplicate_docs: list[tuple[str, str]] = field(default_factory=list)
    resolved: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        return 0 if (self.analysed + self.skipped + self.duplicates) > 0 else 1

    def counts(self) -> dict[str, int]:
        return {"read": self.read, "analysed": self.analysed, "duplicates": self.duplicates,
                "not_analysed": self.not_analysed, "failed": self.failed, "skipped": self.skipped}


ProgressFn = Callable[[str, str], None]     # (status, path) after each input item


def analyse_documents(documents: list[Document], *, model: str | None = None) -> list[DocResult | IngestError]:
    """The map stage for a batch: parse with spaCy and extract. Pure: no store access.

    A document whose extraction fails comes back as an IngestError (stage 'extract').
    """
    from .extract import analyse
    from .nlp import MODEL, load_nlp

    nlp = load_nlp(model or MODEL)
    out: list[DocResult | IngestError] = []
    docs = nlp.pipe((d.text for d in documents), batch_size=16)
    for document in documents:
        try:
            doc = next(docs)
            out.append(analyse(document, doc))
        except Exception as e:  # one bad document must not stop the run
            out.append(IngestError(path=document.path, stage="extract",
                                   reason=f"extraction failed: {type(e).__name__}: {e}"
                                          f" ({traceback.format_exc(limit=-1).strip().splitlines()[-2].strip()})"))
    return out


def prepare(items: Iterable[Document | IngestError], *, known: set[str], deduper: Deduper,
            report: BuildReport, progress: ProgressFn | None) -> Iterator[Document | IngestError]:
    """Clean, dedupe and language-check inputs; yield documents to analyse and the rest as-is.

    Only items that are not yielded (already in the store) are reported to ``progress`` here.
    """
    for item in items:
        if isinstance(item, IngestError):
            report.failed += 1
            report.errors.append(item)
            yield item
            continue
        report.read += 1
        try:
            doc = clean_document(item)
        except Exception as e:
            err = IngestError(path=item.path, stage="clean", reason=f"cleaning failed: {type(e).__name__}: {e}")
            report.failed += 1
            report.errors.append(err)
            yield err
            continue
        if not doc.text.strip():
            err = IngestError(path=item.path, stage="clean", reason="no text left after cleaning")
            report.failed += 1
            report.errors.append(err)
            yield err
            continue
        if doc.id in known:
            report.skipped += 1
            if progress:
                progress("skipped", doc.path)
            continue
        known.add(doc.id)
        original = deduper.check(doc)
        if original:
            doc.status, doc.duplicate_of = "duplicate", original
            doc.status_reason = f"near-duplicate of {original}"
            report.duplicates += 1
            report.duplicate_docs.append((doc.path, original))
            yield doc
            continue
        doc.language = detect_language(doc.text)
        if doc.language != "en":
            doc.status = "not_analysed"
            doc.status_reason = f"not analysed: language {doc.language}"
            report.not_analysed += 1
            report.not_analysed_docs.append((doc.path, doc.status_reason))
            yield doc
            continue
        yield doc


def _batches(items: Iterator, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def build(paths: Iterable[str | Path], store: str | Path = "claimgraph.duckdb", *, workers: int | None = None,
          options: IngestOptions | None = None, progress: ProgressFn | None = None, wait: float = 0.0,
          batch_size: int = 32, resolve: bool = True, model: str | None = None) -> BuildReport:
    """Ingest, clean, extract, cross-check and store articles.

    paths (iterable): files or directories (recursive).
    store (str | Path): the DuckDB store to create or extend.
    workers (int | None): processes for the map stage; default all cores.
    options (IngestOptions): ingest limits and field overrides.
    progress (callable): called with (status, path) after each input item.
    wait (float): seconds to wait for another writer's lock.
    RETURNS (BuildReport): counts and the per-file error list.
    """
    t0 = time.perf_counter()
    paths = [Path(p) for p in paths]
    report = BuildReport(store=str(store))
    workers = workers or os.cpu_count() or 1
    with Store(store, wait=wait) as st:
        run = st.start_run(paths)
        known = st.known_ids()
        deduper = Deduper.from_documents(st.documents(with_text=True))
        prepared = prepare(iter_inputs(paths, options), known=known, deduper=deduper, report=report,
                           progress=progress)
        pending: list[Document] = []

        def flush(docs: list[Document]) -> None:
            if not docs:
                return
            results = analyse_documents(docs, model=model)
            good = [r for r in results if isinstance(r, DocResult)]
            st.write_results(good, run)
            report.analysed += len(good)
            for r in results:
                if isinstance(r, IngestError):
                    report.failed += 1
                    report.errors.append(r)
                    st.add_error(r, run)
            if progress:
                for r in results:
                    progress("analysed" if isinstance(r, DocResult) else "failed",
                             r.document.path if isinstance(r, DocResult) else r.path)

        for item in prepared:
            if isinstance(item, IngestError):
                st.add_error(item, run)
                if progress:
                    progress("failed", item.path)
            elif item.status != "analysed":
                st.write_results([DocResult(document=item)], run)
                if progress:
                    progress(item.status, item.path)
            else:
                pending.append(item)
                if len(pending) >= batch_size:
                    flush(pending)
                    pending = []
        flush(pending)
        if resolve:
            report.resolved = resolve_corpus(st)
        st.finish_run(run, report.counts())
    report.seconds = time.perf_counter() - t0
    return report


def resolve_corpus(store: Store) -> dict[str, int]:
    """The reduce stage over the whole store."""
    from .resolve import resolve_store

    return resolve_store(store)
