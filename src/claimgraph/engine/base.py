"""The unit of work every engine runs: one batch of documents → one BatchResult."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Document, DocResult, IngestError


@dataclass
class BatchResult:
    """What the map stage returns for one batch (pickles for multiprocessing and Ray).

    index: position of the batch in the input (results are yielded in this order).
    table: the DocResults as an Arrow table (``store.arrow``), or None once written to ``shard``.
    shard: the Parquet file holding the table, when the engine writes shards.
    statuses: ("analysed" | "failed", path) per document, in input order (for progress).
    errors: documents whose extraction failed, with the reason.
    analysed: documents in ``table``.
    tokens: spaCy tokens parsed in the batch (for tokens/s figures).
    """

    index: int
    table: Any = None
    shard: str | None = None
    statuses: list[tuple[str, str]] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    analysed: int = 0
    tokens: int = 0

    @classmethod
    def failed(cls, index: int, documents: list[Document], reason: str) -> "BatchResult":
        """A batch none of whose documents could be analysed (e.g. its worker process died)."""
        errors = [IngestError(path=d.path, stage="extract", reason=reason) for d in documents]
        return cls(index=index, statuses=[("failed", d.path) for d in documents], errors=errors)


def map_batch(documents: list[Document], model: str | None = None, index: int = 0,
              shard_dir: str | None = None, prefix: str = "shard") -> BatchResult:
    """Parse and extract one batch; the pure map function every engine runs.

    documents (list[Document]): cleaned documents to analyse.
    model (str | None): spaCy model name (loaded once per process).
    index (int): the batch's position in the input.
    shard_dir (str | None): when set, write the result as a Parquet shard there and drop the table.
    prefix (str): shard file name prefix (``{prefix}-{index:06d}.parquet``).
    RETURNS (BatchResult): the batch's DocResults as an Arrow table, plus failures.
    """
    from ..pipeline import analyse_batch
    from ..store.arrow import results_table, write_shard

    results, tokens = analyse_batch(documents, model=model)
    good = [r for r in results if isinstance(r, DocResult)]
    out = BatchResult(index=index, table=results_table(good), analysed=len(good), tokens=tokens,
                      errors=[r for r in results if isinstance(r, IngestError)])
    out.statuses = [("analysed", r.document.path) if isinstance(r, DocResult) else ("failed", r.path)
                    for r in results]
    if shard_dir is not None:
        out.shard = str(write_shard(out.table, shard_path(shard_dir, prefix, index)))
        out.table = None
    return out


def shard_path(shard_dir: str | Path, prefix: str, index: int) -> Path:
    """The file of batch ``index``: names sort in input order."""
    return Path(shard_dir) / f"{prefix}-{index:06d}.parquet"
