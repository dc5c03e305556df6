"""Parts of the corpus stage run in several processes: maps over pairs of claims, split in ranges.

Scoring candidate pairs and relating the kept ones (``relate_pairs``) reads every claim view
and the actor index but writes nothing they hold: each pair is a pure function of its two
views. The pairs are split into contiguous ranges of their codes (``i * n + j``); the parent
scores the first range while forked children score the others, and the parts are joined in
range order — the same verdicts, edges and scores in the same order as one process gives.

Children are made with ``fork`` once the views exist, so they share the views and the index
with the parent (nothing is pickled on the way in) and only send back their results: codes,
scores and the arrays of their verdict log (resolve/linkstream.py), whose reasons they wrote to a scratch
file the parent opened before the fork. A child touches no store connection and
leaves with ``os._exit`` (multiprocessing's fork children do), so the parent's open DuckDB
connection and its threads are never used in a child. A child that fails or dies has its range
computed again in the parent (an error then raises there, as it would in one process).

Claim views (``make_views``) are made the same way from a stream of claims the parent reads from
the store: blocks of claims go to the children through pipes as the parent reads them (a claim
pickles in a few microseconds, a view takes a hundred and fifty to make), and the children's views
come back at the end, each in its place: the list is the one ``make_view`` over the stream gives.
Who makes a block is decided as it is read, not by a fixed share: a child acknowledges each block
it has made, and the parent sends the next block to a child that holds fewer than ``AHEAD`` blocks
not yet made (and whose pipe has room for it), else makes its views itself. So neither side waits
for the other while there are claims to read — the parent, which also reads and sends every block,
does about a third of the views on an idle machine, and more when a child gets less of the CPU.

Forking doubles the memory the children touch (copy-on-write pages of the views): it is used
only when the pairs are many enough to pay for it and the machine has the memory to spare.
``processes(n)`` sets the number of processes for the block (a build passes its ``--workers``).
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
from array import array
from collections import deque
from contextlib import contextmanager
from itertools import chain, islice
from typing import Callable, Iterable, Iterator, Sequence

import numpy as np

from ..model import Claim, Document
from .compare import Verdict, relate
from .linkstream import VerdictLog
from .features import ActorIndex, ClaimView, make_view
from .pipes import Spool as _Spool, grow_pipe as _grow_pipe
from .grouping import scan_pairs

logger = logging.getLogger(__name__)

# Items per process: below the first, a part stays in this process; each further process needs as many
# again. Measured on a 200-document store (4,789 claims, 44,899 pairs, 643 groups): views 1.0-1.1 CPU-s
# in one process against 0.7 (parent) + 0.5 (child) forked, pairs 0.64-0.68 against 0.39-0.43 + 0.34;
# a fork and the hand-back cost about 0.2 CPU-s there, so forking pays from about 2,000 claims.
MIN_PAIRS = 20_000          # candidate pairs (about 0.3 s of scoring)
MIN_CLAIMS = 2_000          # claim views (about 0.4 s of work in one process)
MIN_EVENTS = 1_000          # event groups (their origins and grades: 643 took 0.18 s, forked 0.15 + 0.08)
MAX_VIEW_CLAIMS = 500_000   # above this many claims the views are made in one process (``make_views``)
BLOCK = 128                 # claims sent to a child at a time (about 60 kB pickled)
AHEAD = 4                   # blocks a view child may hold not yet made (sent, not acknowledged)
PIPE_BYTES = 1 << 20        # a view child's pipe is grown to this (Linux: fs.pipe-max-size's default)
_ACK = b"\x00"              # a view child's message: one more block made (its views come at the end)
_PROCESSES: list[int | None] = [None]    # None: all cores


@contextmanager
def processes(n: int | None) -> Iterator[None]:
    """Use ``n`` processes for the parallel parts of the corpus stage inside the block.

    n (int | None): processes; None means all cores; 1 runs everything in this process.
    """
    before = _PROCESSES[0]
    _PROCESSES[0] = n
    try:
        yield
    finally:
        _PROCESSES[0] = before


def process_count() -> int:
    """The processes the corpus stage may use now (``processes``; default all cores)."""
    from ..engine.local import default_workers

    n = _PROCESSES[0]
    return max(1, n if n else default_workers())


def max_parent_mb() -> int:
    """Above this resident size (MB) the corpus stage stays in one process (``CLAIMGRAPH_PARALLEL_MAX_MB``).

    A child's results come back to the parent in one piece and its copy-on-write pages grow as it works, so
    forking roughly doubles the stage's peak on a big corpus (100,000 articles: 8.4 GB forked, about half in
    one process; docs/scale.md). Small and middling corpora, where the wall clock matters, stay well below it.
    """
    try:
        return int(os.environ.get("CLAIMGRAPH_PARALLEL_MAX_MB", "1024"))
    except ValueError:
        return 1024


def fitted_parts(n: int, parts: int, min_items: int) -> int:
    """The processes worth using for ``n`` items: one, and one more for every further ``min_items`` items.

    n (int): the number of items.
    parts (int): the processes available (``--workers``).
    min_items (int): the items a process must get to be worth forking.
    RETURNS (int): between 1 and ``parts`` (never more than ``n``).
    """
    if parts <= 1 or n < max(min_items, parts):
        return 1
    return max(1, min(parts, n, 1 + n // max(min_items, 1)))


def _memory_allows(parts: int) -> bool:
    """Is there memory for ``parts - 1`` children that may each copy this process's heap, and is this process
    small enough that doubling it is acceptable (``max_parent_mb``)?"""
    try:
        rss = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS"))
        free = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemAvailable"))
    except (OSError, StopIteration, ValueError):
        return False                 # not Linux, or unreadable: stay in one process
    return rss <= max_parent_mb() * 1024 and free > 2 * rss * (parts - 1)


def fork_map(fn: Callable[[int], object], parts: int) -> list:
    """``[fn(0), fn(1), ...]`` for ``parts`` parts: part 0 here, the others in forked children.

    fn (callable): computes one part from state this process already holds (children share it).
    parts (int): the number of parts (and processes).
    RETURNS (list): the parts' results, in part order.
    """
    if parts <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [fn(k) for k in range(max(parts, 1))]
    ctx = multiprocessing.get_context("fork")
    children = []
    for k in range(1, parts):
        recv, send = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, args=(fn, k, send), daemon=True)
        proc.start()
        send.close()                 # the child's end: EOF here once the child is gone
        children.append((k, proc, recv))
    try:
        out = [fn(0)]
    except BaseException:
        _stop(proc for _, proc, _ in children)
        raise
    for k, proc, recv in children:
        try:
            ok, result = recv.recv()
        except (EOFError, OSError):
            ok, result = False, "the process died"
        finally:
            recv.close()
            proc.join()
        if not ok:
            logger.warning("corpus stage: part %d of %d failed in its process (%s); computed here", k, parts, result)
            result = fn(k)
        out.append(result)
    return out


def _stop(procs) -> None:
    """End children whose results will not be read (the parent's own part raised)."""
    for proc in procs:
        proc.terminate()
        proc.join()


def _child(fn: Callable[[int], object], k: int, send) -> None:
    try:
        result = (True, fn(k))
    except BaseException as e:       # reported; the parent computes the part again and raises there
        result = (False, f"{type(e).__name__}: {e}")
    send.send(result)
    send.close()


def map_ranges(fn: Callable[[int, int], object], n: int, *, parts: int | None = None,
               min_items: int | None = None) -> list:
    """``fn(lo, hi)`` over ``parts`` contiguous ranges of ``range(n)``, in forked children, in order.

    fn (callable): computes the result of one range of items from state this process holds.
    n (int): the number of items.
    parts (int | None): processes to use (default ``process_count()``).
    min_items (int | None): fewer items than this are one range in this process (default ``MIN_CLAIMS``).
    RETURNS (list): the ranges' results, in order.
    """
    parts = process_count() if parts is None else max(1, parts)
    min_items = MIN_CLAIMS if min_items is None else min_items
    parts = fitted_parts(n, parts, min_items)
    if parts > 1 and not _memory_allows(parts):
        parts = 1
    cuts = [n * k // parts for k in range(parts + 1)]
    return fork_map(lambda k: fn(cuts[k], cuts[k + 1]), parts)


def relate_pairs(views: list[ClaimView], idx: ActorIndex, codes: np.ndarray, same_event: float, *,
                 parts: int | None = None, min_pairs: int | None = None) -> tuple[VerdictLog, array, array]:
    """Score candidate pairs and relate the kept ones; the pairs of the grouping with their scores.

    What ``crosscheck`` did in one loop over ``scan_pairs``: a pair's verdict (``relate``) is kept
    when there is one; a pair is an edge of the grouping when it has a verdict or scores at least
    ``same_event``. The verdicts go into a ``VerdictLog`` as they are found (arrays and a scratch
    file, resolve/linkstream.py), never a list of objects; a part scored in a forked child writes
    its reasons to its own log's file, opened here before the fork, and sends back its arrays only.

    views (list[ClaimView]): the views (with vectors).
    idx (ActorIndex): the corpus's actors.
    codes (numpy.ndarray): sorted candidate codes (``grouping.candidate_codes``).
    same_event (float): the same-event threshold.
    parts (int | None): processes to use (default ``process_count()``).
    min_pairs (int | None): fewer candidate pairs than this are scored in this process (default ``MIN_PAIRS``).
    RETURNS (tuple): verdicts (``VerdictLog``), edge codes (``array('q')``) and their scores (``array('d')``),
        in code order.
    """
    n = len(views)
    parts = process_count() if parts is None else max(1, parts)
    min_pairs = MIN_PAIRS if min_pairs is None else min_pairs
    parts = fitted_parts(len(codes), parts, min_pairs)
    if parts > 1 and not _memory_allows(parts):
        parts = 1
    # part k takes the codes in [bounds[k], bounds[k + 1]) (pairs tied by their article included)
    cuts = [len(codes) * k // parts for k in range(parts)]
    bounds = [None] + [int(codes[c]) for c in cuts[1:]] + [None]
    logs = [VerdictLog(views) for _ in range(parts)]

    def part(k: int) -> tuple[tuple, array, array]:
        lo, hi = bounds[k], bounds[k + 1]
        chunk = codes[cuts[k]:cuts[k + 1]] if k + 1 < parts else codes[cuts[k]:]
        log = logs[k]
        edges, scores = array("q"), array("d")
        for i, j, ps in scan_pairs(views, idx, chunk):
            c = i * n + j
            if lo is not None and c < lo or hi is not None and c >= hi:
                continue             # a pair tied by its article that another part's range holds
            a, b = (views[i], views[j]) if views[i].claim.id <= views[j].claim.id else (views[j], views[i])
            v = relate(a, b, ps, idx)
            if v is not None:
                log.append(v)
            if v is not None or ps.score >= same_event:
                edges.append(c)
                scores.append(ps.score)
        return log.state(), edges, scores

    results = fork_map(part, parts)
    verdicts = logs[0]
    edges, scores = array("q"), array("d")
    for k, (state, es, ss) in enumerate(results):
        if k:
            logs[k].adopt(state)     # the child's arrays; its reasons are in logs[k]'s file
            verdicts.extend(logs[k])
        edges += es
        scores += ss
    return verdicts, edges, scores


def make_views(claims: Iterable[Claim], idx: ActorIndex, documents: dict[str, Document], *,
               parts: int | None = None, min_claims: int | None = None,
               max_claims: int | None = None) -> list[ClaimView]:
    """``[make_view(i, c, idx, documents, False) for i, c in enumerate(claims)]``, in several processes.

    The views keep no Claim (what the corpus stage asks for); a stream of claims is read once and
    never held whole beyond what is in a child's pipe. A stream that knows its length (``len``:
    ``store.corpus.ClaimStream``) of more than ``max_claims`` claims is read in this process: a
    child's views come back pickled in one piece (the whole part as bytes in both processes at once)
    and share fewer objects than views made here (docs/scale.md, "Corpus stage").

    claims (iterable): the claims, in the order that gives ``view.i``.
    idx (ActorIndex): the corpus's actors.
    documents (dict): document id → Document.
    parts (int | None): processes to use (default ``process_count()``).
    min_claims (int | None): a stream of fewer claims is read into views in this process (``MIN_CLAIMS``).
    max_claims (int | None): a stream known to hold more claims is read in this process (``MAX_VIEW_CLAIMS``).
    RETURNS (list[ClaimView]): the views, in the claims' order.
    """
    parts = process_count() if parts is None else max(1, parts)
    max_claims = MAX_VIEW_CLAIMS if max_claims is None else max_claims
    min_claims = MIN_CLAIMS if min_claims is None else min_claims
    if parts > 1 and hasattr(claims, "__len__"):
        parts = 1 if len(claims) > max_claims else fitted_parts(len(claims), parts, min_claims)
    claims = iter(claims)
    head = list(islice(claims, min_claims)) if parts > 1 else []
    if parts == 1 or len(head) < min_claims or "fork" not in multiprocessing.get_all_start_methods() \
            or not _memory_allows(parts):
        out = [make_view(i, c, idx, documents, False) for i, c in enumerate(head)]
        out += (make_view(i, c, idx, documents, False) for i, c in enumerate(claims, start=len(head)))
        return out
    ctx = multiprocessing.get_context("fork")
    children: list[_ViewChild] = []
    for _ in range(1, parts):
        to_child, inbox = ctx.Pipe(duplex=False)     # (receiving end, sending end)
        results, outbox = ctx.Pipe(duplex=False)
        # the child closes the parent's ends of the pipes of the children before it: a child's pipe
        # must reach end-of-file when the parent dies, not stay open in a sibling
        others = [c for child in children for c in (child.inbox, child.results)]
        proc = ctx.Process(target=_view_child, args=(to_child, outbox, idx, documents, others), daemon=True)
        proc.start()
        to_child.close()
        outbox.close()
        children.append(_ViewChild(proc, inbox, results))
    views: list[ClaimView] = []
    stream = chain(head, claims)
    i, size = 0, 0                   # size: the last block's pickled bytes (blocks are alike)
    try:
        while True:
            block = list(islice(stream, BLOCK))
            if not block:
                break
            child = _least_busy(children, size)
            if child is None:        # every child has enough to do: this process makes the block
                views += (make_view(i + t, c, idx, documents, False) for t, c in enumerate(block))
            else:
                data = pickle.dumps((i, block), protocol=pickle.HIGHEST_PROTOCOL)
                size = len(data)
                child.send(data)
            i += len(block)
    except BaseException:            # reading or the parent's own views failed: the children's are not wanted
        _stop(child.proc for child in children)
        raise
    for child in children:
        got = child.finish()
        if got is None or not got[0]:
            logger.warning("corpus stage: a view process failed (%s); its claims are read here",
                           got[1] if got else "it died")
            for data in child.sent.blocks():
                start, block = pickle.loads(data)
                views += (make_view(start + t, c, idx, documents, False) for t, c in enumerate(block))
        else:
            views += (v.shared() for v in got[1])   # one object per distinct set again, in this process
        child.sent.close()
    out: list[ClaimView | None] = [None] * len(views)
    for v in views:
        out[v.i] = v
    return out


def _least_busy(children: list["_ViewChild"], size: int) -> "_ViewChild | None":
    """The live view child with the fewest blocks not yet made that can take a block of ``size`` bytes now
    (``_ViewChild.has_room``), or None: the parent makes the block itself."""
    best = None
    for child in children:
        child.read_acks()
        if child.has_room(size) and (best is None or len(child.pending) < len(best.pending)):
            best = child
    return best


class _ViewChild:
    """The parent's side of one view process: its pipes, the blocks it holds not yet made, every block sent.

    proc (multiprocessing.Process): the child.
    inbox (Connection): blocks to the child (an empty message ends its input).
    results (Connection): from the child: an ``_ACK`` per block made, then its pickled views.
    """

    def __init__(self, proc, inbox, results):
        self.proc, self.inbox, self.results = proc, inbox, results
        self.pending: deque[int] = deque()     # sizes of the blocks sent and not acknowledged, oldest first
        self.final: bytes | None = None        # a message that is not an ack (the child failed early)
        self.sent = _Spool()                   # the blocks sent, kept pickled: made here if the child dies
        self.room = _grow_pipe(inbox, PIPE_BYTES)

    def read_acks(self) -> None:
        """Take the acknowledgements that have arrived (never waits); a child gone or failed gets no more."""
        if self.inbox is None:
            return
        try:
            while self.final is None and self.results.poll():
                msg = self.results.recv_bytes()
                if msg == _ACK:
                    self.pending.popleft()
                else:
                    self.final = msg         # it failed and sent its error: nothing more goes to it
                    self._close_inbox()
        except (EOFError, OSError, IndexError):
            self._close_inbox()              # it died: its blocks are made by the parent at the end

    def _close_inbox(self) -> None:
        if self.inbox is not None:
            try:
                self.inbox.close()
            except OSError:
                pass
            self.inbox = None

    def has_room(self, size: int) -> bool:
        """Can it take a block of ``size`` bytes now: fewer than ``AHEAD`` not made, and room in its pipe
        for every one not made (a send then never waits). An idle child always can (the parent then
        waits only while it reads the block, if the pipe could not be grown)."""
        if self.inbox is None:
            return False
        return not self.pending or len(self.pending) < AHEAD and sum(self.pending) + size <= self.room

    def send(self, data: bytes) -> None:
        """Send a block (kept in ``sent``: if the child is gone, the parent makes it at the end)."""
        self.sent.add(data)
        try:
            self.inbox.send_bytes(data)
        except (BrokenPipeError, OSError):
            self._close_inbox()
            return
        self.pending.append(len(data))

    def finish(self) -> tuple | None:
        """End its input and take its views. RETURNS (tuple | None): ``(True, views)``, ``(False, error)``, or
        None when it died."""
        got = None
        try:
            if self.inbox is not None:
                self.inbox.send_bytes(b"")
                self.inbox.close()
            msg = self.final
            while msg is None or msg == _ACK:
                msg = self.results.recv_bytes()
            got = pickle.loads(msg)
        except (EOFError, BrokenPipeError, OSError, pickle.UnpicklingError):
            got = None
        self.results.close()
        self.proc.join()
        return got


def _view_child(inbox, outbox, idx: ActorIndex, documents: dict[str, Document], others: list) -> None:
    """A view process: make views of the blocks it receives until an empty message, then send them all."""
    for conn in others:
        conn.close()
    views: list[ClaimView] = []
    try:
        while True:
            data = inbox.recv_bytes()
            if not data:
                break
            start, block = pickle.loads(data)
            views += (make_view(start + t, c, idx, documents, False) for t, c in enumerate(block))
            outbox.send_bytes(_ACK)  # the parent sends the next block to the child with the fewest
        result = (True, views)
    except BaseException as e:       # reported; the parent makes these views again and raises there
        result = (False, f"{type(e).__name__}: {e}")
    outbox.send_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    outbox.close()


def make_events(make_event: Callable, comps: list[list[int]], views: list[ClaimView],
                by_comp: dict[int, list[Verdict]], idx: ActorIndex, *, parts: int | None = None,
                min_events: int | None = None) -> list:
    """``[make_event(f"e{n}", [views[i] for i in comp], by_comp.get(n, []), idx) for n, comp in ...]``.

    Each group's origins and grade read its own claims and links only: the groups are split in
    ranges of about equal numbers of claims, made in forked children, and joined in order.

    make_event (callable): ``crosscheck.make_event``.
    comps (list): the groups' view indexes, in group order (group ``n`` is ``comps[n - 1]``).
    views (list[ClaimView]): the views.
    by_comp (dict): group number → the verdicts among its claims.
    idx (ActorIndex): the corpus's actors.
    parts (int | None): processes to use (default ``process_count()``).
    min_events (int | None): fewer groups than this are made in this process (default ``MIN_EVENTS``).
    RETURNS (list[EventGroup]): the groups, in order.
    """
    parts = process_count() if parts is None else max(1, parts)
    min_events = MIN_EVENTS if min_events is None else min_events
    parts = fitted_parts(len(comps), parts, min_events)
    if parts > 1 and not _memory_allows(parts):
        parts = 1
    # ranges of groups holding about as many claims each
    total = sum(len(c) for c in comps) or 1
    cuts, seen = [0], 0
    for n, comp in enumerate(comps):
        if len(cuts) < parts and seen >= total * len(cuts) / parts:
            cuts.append(n)
        seen += len(comp)
    cuts += [len(comps)] * (parts + 1 - len(cuts))

    def part(k: int) -> list:
        return [make_event(f"e{n + 1}", [views[i] for i in comps[n]], by_comp.get(n + 1, []), idx)
                for n in range(cuts[k], cuts[k + 1])]

    return [e for events in fork_map(part, parts) for e in events]
