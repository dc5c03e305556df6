"""The build pipeline: ingest → clean → nlp → extract (map) → store → resolve (reduce).

Each stage declares what it reads and adds; ``check_stages`` fails at start-up when a stage
reads something no earlier stage adds. ``build()`` is what ``claimgraph build`` and the
Python API call.
"""
from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .clean import clean_document, content_id
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
    engine: str = "local"
    workers: int = 0
    tokens: int = 0                      # spaCy tokens parsed
    map_seconds: float = 0.0             # reading, cleaning, the map stage and store writes
    resolve_seconds: float = 0.0         # the corpus stage

    @property
    def exit_code(self) -> int:
        return 0 if (self.analysed + self.skipped + self.duplicates) > 0 else 1

    def counts(self) -> dict[str, int]:
        return {"read": self.read, "analysed": self.analysed, "duplicates": self.duplicates,
                "not_analysed": self.not_analysed, "failed": self.failed, "skipped": self.skipped}


ProgressFn = Callable[[str, str], None]     # (status, path) after each input item


def analyse_batch(documents: list[Document], *, model: str | None = None
                  ) -> tuple[list[DocResult | IngestError], int]:
    """The map stage for a batch: parse with spaCy (``nlp.pipe``) and extract. Pure: no store access.

    documents (list[Document]): cleaned documents.
    model (str | None): spaCy model (loaded once per process).
    RETURNS (tuple): a DocResult or an IngestError (stage 'extract') per document, in order, and the
        number of tokens parsed.
    """
    from .extract import analyse
    from .nlp import MODEL, load_nlp

    nlp = load_nlp(model or MODEL)
    try:
        docs = list(nlp.pipe((d.text for d in documents), batch_size=max(1, len(documents))))
    except Exception:  # one document broke the batch: parse one by one so only it fails
        docs = []
        for d in documents:
            try:
                docs.append(nlp(d.text))
            except Exception as e:
                docs.append(e)
    out: list[DocResult | IngestError] = []
    tokens = 0
    for document, doc in zip(documents, docs):
        if isinstance(doc, Exception):
            out.append(_extract_error(document, doc, "parsing failed"))
            continue
        tokens += len(doc)
        try:
            out.append(analyse(document, doc))
        except Exception as e:  # one bad document must not stop the run
            out.append(_extract_error(document, e, "extraction failed"))
    return out, tokens


def _extract_error(document: Document, e: Exception, what: str) -> IngestError:
    where = traceback.extract_tb(e.__traceback__)[-1:] if e.__traceback__ else []
    at = f" ({Path(where[0].filename).name}:{where[0].lineno} in {where[0].name})" if where else ""
    return IngestError(path=document.path, stage="extract", reason=f"{what}: {type(e).__name__}: {e}{at}")


def analyse_documents(documents: list[Document], *, model: str | None = None) -> list[DocResult | IngestError]:
    """The map stage for a batch: parse with spaCy and extract. Pure: no store access.

    A document whose extraction fails comes back as an IngestError (stage 'extract').
    """
    return analyse_batch(documents, model=model)[0]


def prepare(items: Iterable[Document | IngestError], *, known: set[str], deduper: Deduper,
            report: BuildReport, progress: ProgressFn | None) -> Iterator[Document | IngestError]:
    """Clean, dedupe and language-check inputs; yield documents to analyse and the rest as-is.

    Only items that are not yielded (already in the store) are reported to ``progress`` here.
    """
    seen_this_run: set[str] = set()
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
        if doc.id in seen_this_run or doc.id in known:
            # the same text again: the same file re-run is skipped; a copy under another path
            # (in this run, or of a stored document) is recorded as a duplicate under its own id
            first = deduper.path_of(doc.id)
            dup_id = content_id(doc.text + "\0" + doc.path)
            same_file = doc.id not in seen_this_run and (first is None or Path(first).resolve() == Path(doc.path).resolve())
            if same_file or dup_id in known:
                report.skipped += 1
                if progress:
                    progress("skipped", doc.path)
                continue
            original = doc.id
            doc.id = dup_id
            known.add(dup_id)
            doc.status, doc.duplicate_of = "duplicate", original
            doc.status_reason = f"exact duplicate of {original}"
            report.duplicates += 1
            report.duplicate_docs.append((doc.path, original))
            yield doc
            continue
        known.add(doc.id)
        seen_this_run.add(doc.id)
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
            doc.status_reason = (f"not analysed: language {doc.language}" if doc.language != "und"
                                 else "not analysed: language und (too little text to tell)")
            report.not_analysed += 1
            report.not_analysed_docs.append((doc.path, doc.status_reason))
            yield doc
            continue
        yield doc


def _batches(items: Iterable, size: int) -> Iterator[list]:
    """Group an iterator into lists of ``size`` (the last may be shorter), lazily."""
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
          batch_size: int = 32, resolve: bool = True, model: str | None = None, engine: str = "local",
          ray_address: str | None = None, shards: str | Path | None = None,
          shared_shards: bool = False) -> BuildReport:
    """Ingest, clean, extract, cross-check and store articles.

    The map stage (parse + extract, per document) runs on ``engine``; the parent reads, cleans
    and dedupes the inputs in order, writes each batch's results in one transaction (or loads
    the engine's Parquet shards), then runs the reduce stage (resolve) over the whole store.

    paths (iterable): files or directories (recursive).
    store (str | Path): the DuckDB store to create or extend.
    workers (int | None): processes for the map stage and for the corpus stage's parallel parts (with the
        ray engine the corpus stage runs in one process); default all cores; 1 runs in-process.
    options (IngestOptions): ingest limits and field overrides.
    progress (callable): called with (status, path) after each input item.
    wait (float): seconds to wait for another writer's lock.
    batch_size (int): documents per map task (and per ``nlp.pipe`` call).
    resolve (bool): run the corpus stage at the end.
    model (str | None): spaCy model name.
    engine (str): "local" or "ray".
    ray_address (str | None): Ray cluster to use (default ``$RAY_ADDRESS`` or a local instance).
    shards (str | Path | None): keep the map stage's Parquet shards in this directory (ray writes
        shards always, to a temporary directory when none is given; local writes them only here).
    shared_shards (bool): ray: workers write shards straight into ``shards`` (shared filesystem).
    RETURNS (BuildReport): counts and the per-file error list.
    """
    from .engine import make_engine
    from .store.arrow import write_shard
    from .engine.base import shard_path

    t0 = time.perf_counter()
    paths = [Path(p) for p in paths]
    report = BuildReport(store=str(store))
    shard_dir = Path(shards) if shards else None
    eng = make_engine(engine, workers=workers, model=model, ray_address=ray_address, shards=shard_dir,
                      shared_shards=shared_shards)
    report.engine = engine
    with Store(store, wait=wait) as st, eng:
        report.workers = eng.workers       # known once the engine has started (a Ray cluster's CPUs)
        run = st.start_run(paths)
        known = st.known_ids()
        deduper = Deduper.from_documents(st.documents(with_text=True))
        prepared = prepare(iter_inputs(paths, options), known=known, deduper=deduper, report=report,
                           progress=progress)

        def to_analyse() -> Iterator[Document]:
            # Runs in this process as the engine pulls batches: what needs no NLP is written here.
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
                    yield item

        loaded: list[str] = []
        prefix = f"run{run:04d}"
        warming = None
        for batch in eng.map(_batches(to_analyse(), batch_size), prefix=prefix):
            if warming is None and resolve and eng.workers > 1:
                # the workers parse; this process mostly waits for them: load what the corpus stage
                # loads on first use meanwhile (after the first batch, once the workers have started)
                from .resolve.warm import warm_in_background

                warming = warm_in_background()
            if batch.table is not None and shard_dir is not None:
                batch.shard = str(write_shard(batch.table, shard_path(shard_dir, prefix, batch.index)))
                batch.table = None
            if batch.table is not None:
                st.write_table(batch.table, run)
            elif batch.shard:
                loaded.append(batch.shard)
            report.analysed += batch.analysed
            report.tokens += batch.tokens
            for err in batch.errors:
                report.failed += 1
                report.errors.append(err)
                st.add_error(err, run)
            if progress:
                for status, path in batch.statuses:
                    progress(status, path)
        if loaded:  # shards: the map stage is over, load them in input order
            st.load_shards(sorted(loaded), run)
        report.map_seconds = time.perf_counter() - t0
        if resolve:
            t1 = time.perf_counter()
            if warming is not None:
                warming.join()
            # its parallel parts fork this process: not a Ray driver's (gRPC and Ray's threads), which
            # runs the corpus stage in one process as before
            report.resolved = resolve_corpus(st, workers=1 if engine == "ray" else workers)
            report.resolve_seconds = time.perf_counter() - t1
        st.finish_run(run, report.counts())
    report.seconds = time.perf_counter() - t0
    return report


def resolve_corpus(store: Store, *, workers: int | None = None) -> dict[str, int]:
    """The reduce stage over the whole store.

    store (Store): a writable store.
    workers (int | None): processes for its parallel parts (``resolve.parallel``); default all cores.
    RETURNS (dict): counts of actors, merges, links and event groups.
    """
    from .resolve import resolve_store
    from .resolve.parallel import processes

    with processes(workers):
        return resolve_store(store)
