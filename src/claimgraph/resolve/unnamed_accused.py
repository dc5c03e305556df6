"""A denial answering the accusation just before it when the accused is not named as an actor.

"Varnia accuses the rebels of kidnapping three nurses. The Front has denied any involvement.": the
accusation's accused ("the rebels", "the gunmen", "those responsible") resolves to no actor, so neither the
same-event score nor the content-less denial rule (which needs the denier to be the accused) can pair the
two. Yet an article that sets a content-less denial ("denied any involvement", "rejected the charge")
right after an accusation by another side gives the denier's answer to it: they contradict each other.

Only in one article, only the nearest accusation (a speech act ACCUSE) at most ``unnamed_accused.window``
sentences before the denial, only when the accusation names no doer and the accuser is not on the denier's
side. An accusation whose accused is a known actor is left to the other rules (``grouping.anaphoric_pairs``,
``grouping.exchange_pairs``).
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from .actor_index import ActorIndex
from .compare import Verdict, _quote
from .features import ClaimView
from .text import settings


@lru_cache(maxsize=1)
def _window() -> int:
    return int((settings().get("unnamed_accused") or {}).get("window", 2))


def _accuses_nobody(a: ClaimView, idx: ActorIndex) -> bool:
    """An accusation by a speaker whose accused is no actor: no doer, and no actor it names (besides the
    speaker's side and its target) that could be the accused — a state, a government, an armed group or a
    person; an aid group or a place named as where or whom it hit is none ("kidnapping three workers of Relief
    Aid on the road to Lask")."""
    if a.claim.speech_type != "ACCUSE" or a.negative or not a.speaker or a.subject:
        return False
    side = idx.root(a.speaker)
    return not any(idx.kind(x) in _ACCUSABLE for x in a.actors
                   if x != a.object and not idx.compatible(idx.root(x), side))


_ACCUSABLE = ("country", "government", "armed_group", "person")


def unnamed_accused_denials(views: list[ClaimView], idx: ActorIndex) -> list[Verdict]:
    """Content-less denials linked to the accusation just before them whose accused is unnamed.

    RETURNS (list[Verdict]): contradicts links, the accusation first.
    """
    by_doc: dict[str, list[ClaimView]] = defaultdict(list)
    for v in views:
        if v.claim.speech_type == "ACCUSE" or (v.negative or v.rejecting) and v.anaphoric and v.speaker:
            by_doc[v.doc].append(v)
    window = _window()
    out = []
    for doc_views in by_doc.values():
        if len(doc_views) < 2:
            continue
        doc_views.sort(key=lambda v: (v.sentence, v.claim.start))
        for pos, d in enumerate(doc_views):
            if not ((d.negative or d.rejecting) and d.anaphoric and d.speaker):
                continue
            # the nearest accusation before the denial (by another voice); nothing else stands between them
            a = next((x for x in reversed(doc_views[:pos]) if x.claim.speech_type == "ACCUSE" and not x.negative
                      and x.speaker_key != d.speaker_key), None)
            if a is None or d.sentence - a.sentence > window or not _accuses_nobody(a, idx) or \
                    idx.compatible(idx.root(a.speaker), idx.root(d.speaker)):
                continue
            gap = d.sentence - a.sentence
            where = "in the same sentence" if gap == 0 else f"{gap} sentence{'s' * (gap > 1)} later"
            out.append(Verdict("contradicts", a, d,
                               f"{d.speaker_label} denies {_quote(d.content)} {where} than {a.speaker_label}'s "
                               f"accusation {_quote(a.content)} — same event: the denial answers the accusation "
                               f"just before it, whose accused is not named as an actor"))
    return out
