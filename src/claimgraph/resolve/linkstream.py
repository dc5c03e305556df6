"""The links of a cross-check made one at a time, as the store writes them.

At 100,000 articles the cross-check finds millions of links. Holding them all as ``Link``
objects next to the verdicts they are made from doubled what the corpus stage held at its
peak; a ``LinkStream`` knows how many links there are (``len``) and makes each ``Link`` when it
is read, letting its verdict go: ``Store.replace_corpus`` writes them in slices.
"""
from __future__ import annotations

from typing import Iterator

from ..errors import ClaimgraphError, Errors
from ..model import Link


class LinkStream:
    """Links from sorted verdicts, made when read; read once (the verdicts go as they are read).

    verdicts (list): ``compare.Verdict``s in link order (link ``n`` is ``verdicts[n - 1]``).
    claim_group (dict): claim id → event group id (a link's group is its first claim's).
    """

    def __init__(self, verdicts: list, claim_group: dict[str, str]):
        self._verdicts: list | None = verdicts
        self._claim_group = claim_group
        self._n = len(verdicts)

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[Link]:
        verdicts, self._verdicts = self._verdicts, None
        if verdicts is None:
            raise ClaimgraphError(Errors.E093)
        group = self._claim_group
        for n, x in enumerate(verdicts, start=1):
            verdicts[n - 1] = None      # each verdict goes once its link is made
            a = x.a.claim.id
            yield Link(id=f"l{n}", kind=x.kind, a=a, b=x.b.claim.id, reason=x.reason, group=group.get(a))
