"""Whether a speech act was done: "X did not accuse Y", "X never urged Y to …" (not done) and "X plans to
accuse Y", "X could reject the offer" (modal).

A reporting cue whose verb is negated or put under a modality still gives its claim (what X did not say is
still news), but the act is not asserted: a negated act leaves the claim's ``speech_type`` empty (and a
negated denial is no denial, so the stance is "asserts") and is recorded as ``event.speech_negated``; a modal
act keeps its type and records ``event.speech_modality``. When the act itself is the claim's event ("urged
Y to …" is Zarvenia REQUEST Y), that event is marked ``negated`` or takes the modality too, the way events
are (a negated SUPPORT becomes a plain REJECT, plover.yaml ``negated``).

Only the cue's own verb is read (one token and its children, or its governing verb for "plans to accuse"),
so the check is cheap.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Claim
from .grammar import modality, negated


@dataclass
class Mood:
    """How a speech act is put: negated, modal, or plainly done."""

    negated: bool = False
    modality: str | None = None

    @property
    def plain(self) -> bool:
        """Whether the act is asserted as done."""
        return not self.negated and self.modality is None


def counterfactual(v) -> bool:
    """Is ``v`` under a modal perfect ("would have called", "could have attacked"): a thing that did not happen?"""
    auxes = [c.lower_ for c in v.children if c.dep_ == "aux"]
    return "have" in auxes and any(m in auxes for m in ("would", "could", "might", "should"))


def cue_mood(doc, cue_tokens: list[int], modal_verbs: dict[str, str]) -> Mood:
    """The mood of a reporting cue's verb ("did not accuse", "plans to urge", "could reject").

    doc (Doc): the parse.
    cue_tokens (list[int]): the cue's token indices; the first is its head word.
    modal_verbs (dict): lemma -> label of verbs that put their complement under a modality (plover.yaml).
    RETURNS (Mood): negated / modality of the act; plain when the cue is no verb.
    """
    if not cue_tokens:
        return Mood()
    v = doc[cue_tokens[0]]
    if v.pos_ not in ("VERB", "AUX"):
        return Mood()       # "according to", a statement noun: nothing to negate
    return Mood(negated=negated(v), modality=modality(v, modal_verbs))


def apply_mood(claims: list[Claim], mood: Mood, act: str | None, cue: str | None, negated_as: dict[str, str]) -> None:
    """Record the mood of an attribution's speech act on its claims (in place).

    claims (list[Claim]): the claims one attribution gave.
    mood (Mood): the cue's mood (``cue_mood``).
    act (str | None): the speech act's type before the mood was read (a negated one is in no claim any more).
    cue (str | None): the cue as written: an event with this trigger and the act's type is the act itself.
    negated_as (dict): the type a negated act becomes when it is the claim's event (plover.yaml ``negated``).
    """
    if mood.plain:
        return
    for c in claims:
        ev = c.event
        own = c.speech_type or act
        if own is None:
            continue
        is_act = ev.type == own and ev.trigger == cue
        if mood.negated:
            ev.speech_negated, c.speech_type = own, None
            if c.stance == "denies" and own == "REJECT":
                c.stance = "asserts"
            if is_act and own in negated_as:
                ev.type = negated_as[own]        # "did not praise Y": a rejection of Y, as for events
            elif is_act:
                ev.negated = True
        if mood.modality is not None:
            ev.speech_modality = mood.modality
            if is_act and ev.modality is None:
                ev.modality = mood.modality
