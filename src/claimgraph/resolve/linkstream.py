"""The verdicts of a cross-check held compactly, and their links made one at a time as the store writes them.

At 100,000 articles the cross-check finds over three million verdicts. Held as ``Verdict``
objects, each with its human-readable reason (about 230 characters, stored by Python at two
bytes a character since reasons hold typographic quotes and dashes: about 550 bytes), they were
most of the corpus stage's peak (docs/scale.md, "Corpus stage"). A ``VerdictLog`` keeps, per
verdict, the two views' indexes and a kind code in flat arrays (9 bytes) and writes the reason,
UTF-8 encoded, to an unnamed scratch file as it is found; a ``Verdict`` is made again, equal to
the one appended, when it is read (``log[k]``). The links are numbered by sorting those arrays
(``VerdictLog.link_order``) and a ``LinkStream`` makes each ``Link`` when it is read:
``Store.replace_corpus`` writes them in slices.

The scratch file is written and read at explicit offsets (``os.pwrite``/``os.pread``), never
through a shared file position: a forked child (resolve/parallel.py) that inherits a log writes
the same bytes at the same places as the parent would, and readers in several processes do not
move each other.
"""
from __future__ import annotations

import os
import tempfile
from array import array
from typing import Iterator, Sequence

import numpy as np

from ..errors import ClaimgraphError, Errors
from ..model import Link
from .compare import Verdict

FLUSH_BYTES = 1 << 20            # reasons buffered before one write to the scratch file
COPY_BYTES = 16 << 20            # bytes copied at a time when logs are joined
ORDER_SLICE = 65_536             # links made at a time when read as Link objects


class VerdictLog:
    """Verdicts in the order appended: view indexes and kind codes in arrays, reasons in a scratch file.

    views (sequence): the claim views the verdicts' ``a`` and ``b`` are (``view.i`` indexes them). A
        ``LinkStream`` made from the log keeps their claim ids and sets ``views`` to None.
    """

    def __init__(self, views: Sequence):
        self.views = views
        self.a, self.b = array("i"), array("i")
        self.kind = array("b")           # index into ``kinds``
        self.kinds: list[str] = []       # in order of first use
        self.ends = array("q")           # reason k is the bytes [ends[k - 1], ends[k]) of the file
        # opened now, not on first write: a child forked to fill this log writes to the parent's file.
        # Unnamed (O_TMPFILE where there is one): nothing is left behind when the process ends.
        f = tempfile.TemporaryFile(prefix="claimgraph-verdicts-")
        self._fd: int | None = os.dup(f.fileno())
        f.close()
        self._size = 0                   # bytes in the file, written or pending
        self._written = 0
        self._pending: list[bytes] = []
        self._pending_bytes = 0

    def __len__(self) -> int:
        return len(self.a)

    def _code(self, kind: str) -> int:
        try:
            return self.kinds.index(kind)
        except ValueError:
            self.kinds.append(kind)
            return len(self.kinds) - 1

    def append(self, v: Verdict) -> None:
        """Add a verdict (its views must be ``self.views[v.a.i]`` and ``self.views[v.b.i]``)."""
        self.a.append(v.a.i)
        self.b.append(v.b.i)
        self.kind.append(self._code(v.kind))
        data = v.reason.encode("utf-8")
        self._pending.append(data)
        self._pending_bytes += len(data)
        self._size += len(data)
        self.ends.append(self._size)
        if self._pending_bytes >= FLUSH_BYTES:
            self.flush()

    def flush(self) -> None:
        """Write the pending reasons (before forking, and before reading)."""
        if self._pending:
            data = b"".join(self._pending)
            os.pwrite(self._fd, data, self._written)
            self._written += len(data)
            self._pending.clear()
            self._pending_bytes = 0

    def reason(self, k: int) -> str:
        """The reason of verdict ``k``."""
        if self._pending:
            self.flush()
        start = self.ends[k - 1] if k else 0
        n = self.ends[k] - start
        return os.pread(self._fd, n, start).decode("utf-8") if n else ""

    def __getitem__(self, k: int) -> Verdict:
        return Verdict(self.kinds[self.kind[k]], self.views[self.a[k]], self.views[self.b[k]], self.reason(k))

    def __iter__(self) -> Iterator[Verdict]:
        for k in range(len(self.a)):
            yield self[k]

    def state(self) -> tuple:
        """What a forked child that filled this log sends back (the reasons are already in the shared file)."""
        self.flush()
        return self.a, self.b, self.kind, list(self.kinds), self.ends, self._size

    def adopt(self, state: tuple) -> None:
        """Take the arrays a child sent (``state``) for this log, whose scratch file the child wrote."""
        self.a, self.b, self.kind, self.kinds, self.ends, self._size = state
        self._written = self._size
        self._pending.clear()
        self._pending_bytes = 0

    def extend(self, other: "VerdictLog") -> None:
        """Append every verdict of ``other`` (over the same views), then close it."""
        self.flush()
        other.flush()
        codes = array("b", (self._code(kind) for kind in other.kinds))
        self.a += other.a
        self.b += other.b
        self.kind += array("b", (codes[c] for c in other.kind))
        base = self._size
        self.ends += array("q", (base + e for e in other.ends))
        done = 0
        while done < other._size:           # the other file's bytes, copied without holding them all
            data = os.pread(other._fd, min(COPY_BYTES, other._size - done), done)
            os.pwrite(self._fd, data, base + done)
            done += len(data)
        self._size = self._written = base + other._size
        other.close()

    def link_order(self) -> np.ndarray:
        """Verdict numbers in link order: by first claim id, second claim id, kind; ties in append order.

        The order ``sorted(verdicts, key=lambda x: (x.a.claim.id, x.b.claim.id, x.kind))`` gives, from
        the arrays (one rank per claim, not a key tuple per verdict).
        RETURNS (numpy.ndarray): verdict numbers (int64).
        """
        views = self.views
        rank = np.empty(len(views), dtype=np.int64)
        rank[sorted(range(len(views)), key=lambda i: views[i].claim.id)] = np.arange(len(views))
        kind_rank = np.empty(max(len(self.kinds), 1), dtype=np.int64)
        kind_rank[sorted(range(len(self.kinds)), key=self.kinds.__getitem__)] = np.arange(len(self.kinds))
        a = rank[np.frombuffer(self.a, dtype=np.int32)] if len(self.a) else np.empty(0, np.int64)
        b = rank[np.frombuffer(self.b, dtype=np.int32)] if len(self.b) else np.empty(0, np.int64)
        kind = kind_rank[np.frombuffer(self.kind, dtype=np.int8)] if len(self.kind) else np.empty(0, np.int64)
        # lexsort: the last key is the first; the verdict number last breaks ties as a stable sort would
        return np.lexsort((np.arange(len(self.a)), kind, b, a))

    def close(self) -> None:
        """Let the scratch file go (the log cannot be read afterwards)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __del__(self):
        try:
            self.close()
        except OSError:
            pass


class LinkStream:
    """Links from a verdict log in link order, made when read; read once (the log closes as it ends).

    log (VerdictLog): the verdicts.
    claim_group (dict): claim id → event group id (a link's group is its first claim's).
    """

    def __init__(self, log: VerdictLog, claim_group: dict[str, str]):
        self._log: VerdictLog | None = log
        self._order = log.link_order()
        # A link needs only its claims' ids: the log lets its views go, so the corpus stage's write
        # does not run with every claim view still held (about 0.9 KB each, 2.2 million at 100k).
        self._ids = [v.claim.id for v in log.views]
        log.views = None
        self._claim_group = claim_group
        self._n = len(log)

    def __len__(self) -> int:
        return self._n

    def columns(self, rows: int) -> Iterator[dict[str, list]]:
        """The links as columns (``links`` table names), ``rows`` at a time, with no ``Link`` objects; read once.

        What ``Store.replace_corpus`` writes: one slice of Python strings at a time, never every link.
        rows (int): links per slice.
        RETURNS (iterator): dicts of column name → list of values.
        """
        log, self._log = self._log, None
        if log is None:
            raise ClaimgraphError(Errors.E093)
        order, self._order = self._order, None
        group, ids, kinds = self._claim_group, self._ids, log.kinds
        self._ids = None
        la, lb, lk = log.a, log.b, log.kind
        try:
            for start in range(0, len(order), rows):
                ks = order[start:start + rows].tolist()
                a = [ids[la[k]] for k in ks]
                yield {"id": [f"l{n}" for n in range(start + 1, start + len(ks) + 1)],
                       "kind": [kinds[lk[k]] for k in ks], "a": a, "b": [ids[lb[k]] for k in ks],
                       "reason": [log.reason(k) for k in ks], "group_id": [group.get(x) for x in a]}
        finally:
            log.close()

    def __iter__(self) -> Iterator[Link]:
        for cols in self.columns(ORDER_SLICE):
            for id_, kind, a, b, reason, group in zip(*cols.values()):
                yield Link(id=id_, kind=kind, a=a, b=b, reason=reason, group=group)


class GroupVerdicts:
    """Event group number → its verdicts, made from the log when asked (what ``make_events`` reads).

    log (VerdictLog): the verdicts.
    by_group (dict): group number → the numbers of its verdicts in the log, in log order.
    """

    def __init__(self, log: VerdictLog, by_group: dict[int, array]):
        self._log = log
        self._by_group = by_group

    def get(self, n: int, default=None) -> list[Verdict] | None:
        ks = self._by_group.get(n)
        return [self._log[k] for k in ks] if ks is not None else default

    def __getitem__(self, n: int) -> list[Verdict]:
        return [self._log[k] for k in self._by_group[n]]

    def __contains__(self, n: int) -> bool:
        return n in self._by_group

    def __len__(self) -> int:
        return len(self._by_group)
