"""Who speaks in two claims, as ``compare.relate`` reads it: two unresolved speakers named differently are two
voices; a negated claim whose doer is its speaker's own side ("Kessa has not sent a single gun", said by Kessa's
minister) is that side's denial of the act (split from ``compare.py``, its size)."""
from __future__ import annotations

from .features import ActorIndex, ClaimView


def named_apart(a: ClaimView, b: ClaimView) -> bool:
    """Two claims no actor speaks that name their speakers differently ("Organisers said …" / "Police put the
    crowd at …"): two voices, though both fall to the outlet's key."""
    if a.speaker or b.speaker or not a.speaker_text or not b.speaker_text:
        return False
    return a.speaker_text.lower() != b.speaker_text.lower()


def own_act(v: ClaimView, idx: ActorIndex) -> bool:
    """Does a negated claim say its speaker's own side did not do something ("Not a single gun has been sent",
    "Kessa has not sent a single gun to the rebels" said by Kessa's minister)? Said against a claim that accuses
    that side, it is a denial, whatever verb it uses."""
    if not (v.speaker and v.subject):
        return False
    root = idx.root(v.speaker)
    return bool(root) and idx.compatible(root, idx.root(v.subject) or v.subject)
