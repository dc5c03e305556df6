"""Speech acts done by naming something: "called the bombing 'an act of war'" and "regards the incident as a
Velmoran provocation" accuse (Velmora, when the label names the one to blame); "is holding them as hostages"
accuses the holder; "We want our sailors back" demands the captives back.

The verbs and labels are data (``attribution.yaml`` ``labelling``); each finder looks at one or two verbs of a
claim (the cue and the reported clause's root), so the checks are cheap.
"""
from __future__ import annotations

from functools import lru_cache

from .. import data
from .arguments import ActorIndex
from .grammar import negated
from .lexicons import base
from .speech_targets import speaker_side
from .tokens import tokens

FIRST_PERSON = frozenset({"we", "i"})


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    """The labelling lexicon: verbs, accusing labels (as lemma tuples), hostage complements, return demands."""
    raw = data.load("attribution.yaml").get("labelling", {}) or {}
    return {
        "verbs": frozenset(w.lower() for w in raw.get("verbs", [])),
        "accusing": tuple(tuple(p.lower().split()) for p in raw.get("accusing_labels", [])),
        "held_as": frozenset(w.lower() for w in raw.get("held_as", [])),
        "dismissing": tuple(tuple(p.lower().split()) for p in raw.get("dismissing_labels", [])),
        "holding_verbs": frozenset(w.lower() for w in raw.get("holding_verbs", [])),
        "wanting_verbs": frozenset(w.lower() for w in raw.get("wanting_verbs", [])),
        "return_particles": frozenset(w.lower() for w in raw.get("return_particles", [])),
        "acting": frozenset(w.lower() for w in raw.get("holding_verbs", []) + raw.get("wanting_verbs", [])),
    }


def _label(v):
    """The label a labelling verb gives its object: its predicate ("called X an act of war") or "as" phrase."""
    for c in v.children:
        if c.dep_ in ("oprd", "attr", "xcomp", "acomp") and c.pos_ in ("NOUN", "PROPN", "ADJ"):
            return c        # "called X an act of war", "called the raid barbaric"
    objs = [c for c in v.children if c.dep_ == "dobj"]
    # "described X as 'unacceptable'": the parser may hang the "as" on the object, and a quoted adjective on "as"
    for c in list(v.children) + [x for o in objs[:1] for x in o.children]:
        if c.dep_ == "prep" and c.lower_ == "as":
            return next((o for o in c.children if o.dep_ == "pobj" or o.dep_ in ("amod", "acomp") and o.pos_ == "ADJ"),
                        None)
    if len(objs) > 1:
        return objs[1]      # "branded the report a fabrication": two objects
    # "called the shelling 'a disgrace'": the quoted label read as an apposition of the object
    return next((x for o in objs[:1] for x in o.children if x.dep_ == "appos" and x.i > o.i and
                 x.left_edge.i > 0 and v.doc[x.left_edge.i - 1].is_quote), None)


def _has_phrase(lemmas: tuple[str, ...], phrases) -> bool:
    return any(lemmas[i:i + len(p)] == p for p in phrases for i in range(len(lemmas) - len(p) + 1))


def dismissive_label(v) -> bool:
    """Does verb ``v`` give its object a dismissive label ("named the charge 'a pure invention'")?"""
    label = _label(v)
    return label is not None and _has_phrase(tuple(t.lemma_.lower() for t in label.subtree), _lexicon()["dismissing"])


def labelled_act(doc, index: ActorIndex, verbs: list, speaker_keys: set[str]):
    """An accusation made by labelling ("called the bombing 'an act of war by proxy'", "said they regarded the
    incident as a Velmoran provocation"), or None.

    doc (Doc): the parse. index (ActorIndex): actor mentions by token.
    verbs (list[Token]): the cue verb, then the reported clause's root (a labelling verb there counts when its
        subject is the speaker, the speaker's side or a first-person pronoun).
    speaker_keys (set[str]): the local keys of the speaker and its side (never the target).
    RETURNS (tuple[str, Token] | None): ("ACCUSE", the blamed actor's token named in the label, else the label).
    """
    lex = _lexicon()
    for n, v in enumerate(verbs):
        if v is None or base(v) not in lex["verbs"] or negated(v):
            continue
        if n > 0 and not _speaks_for_speaker(index, v, speaker_keys):
            continue
        label = _label(v)
        if label is None:
            continue
        lemmas = tuple(t.lemma_.lower() for t in label.subtree)
        if n == 0 and _has_phrase(lemmas, lex["dismissing"]):
            # "called the sanctions 'a medal we will wear with pride'", "branded the report a fabrication": rejected
            return "REJECT", next((c for c in v.children if c.dep_ == "dobj" and c.i != label.i), None)
        if not _has_phrase(lemmas, lex["accusing"]):
            continue
        target = label      # no actor named: the label itself, so no clause subject is taken as the accused
        for t in label.subtree:
            m = index.actor(t) if t.dep_ in ("amod", "compound", "poss", "pobj") else None
            if m is not None and (m.local_key or m.name) not in speaker_keys and m.kind != "place":
                target = t
                break
        return "ACCUSE", target
    return None


def _speaks_for_speaker(index: ActorIndex, v, speaker_keys: set[str]) -> bool:
    """Is the subject of ``v`` the speaker, its side or "we"?"""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lower_ in FIRST_PERSON:
        return True
    m = index.actor(subj)
    return m is not None and ((m.local_key or m.name) in speaker_keys or (m.kb_id or "") in speaker_keys)


def held_act(doc, index: ActorIndex, content: set[int], speaker_keys: set[str]):
    """"Y is holding them as hostages": the holder is accused; "We want our sailors back", "we expect the crew home": the
    speaker demands its people back (REQUEST, no named addressee). None otherwise.

    doc (Doc): the parse. index (ActorIndex): actor mentions by token.
    content (set[int]): token indices of the reported clause.
    speaker_keys (set[str]): the local keys of the speaker and its side.
    RETURNS (tuple[str, Token | None] | None): (PLOVER type, target token or None).
    """
    lex = _lexicon()
    if not content:
        return None
    for i in sorted(content):
        v = doc[i]
        if v.pos_ != "VERB" or negated(v):
            continue
        low = v.lemma_.lower()
        if low in lex["holding_verbs"] and any(
                o.lemma_.lower() in lex["held_as"] for p in v.children if p.dep_ in ("prep", "oprd", "advmod")
                for o in [p, *p.children]):
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            m = index.actor(subj) if subj is not None and subj.pos_ != "PRON" else None
            if m is not None and (m.local_key or m.name) not in speaker_keys:
                return "ACCUSE", subj
        if low in lex["wanting_verbs"] and any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in v.children) \
                and any(c.dep_ in ("dobj", "nsubj") and c.i > v.i for c in v.subtree) and \
                any(c.lower_ in lex["return_particles"] for c in v.subtree if c.dep_ in ("advmod", "prt", "npadvmod",
                                                                                         "ccomp", "oprd", "xcomp")):
            return "REQUEST", None
    return None


def naming_act(doc, index: ActorIndex, cue, content: set[int], speaker):
    """The speech act a plain report does by labelling or by what it says of captives (``labelled_act``,
    ``held_act``), or None.

    doc (Doc): the parse. index (ActorIndex): actor mentions by token.
    cue (Token): the cue's head word. content (set[int]): token indices of the reported clause.
    speaker (Source): the speaker (its side is never the target).
    RETURNS (tuple[str, Token | None] | None): (PLOVER type, target token or None).
    """
    lex = _lexicon()
    root = next((doc[i] for i in sorted(content) if doc[i].head.i not in content or doc[i].head.i == i), None) \
        if content else None
    lemmas = tokens(doc).lemma_lower
    if not any(v is not None and base(v) in lex["verbs"] for v in (cue, root)) and \
            not any(lemmas[i] in lex["acting"] for i in content):
        return None         # the cheap test first: no labelling, holding or wanting verb
    by_id = index.by_id()
    keys = set()
    for m in (by_id.get(speaker.mention) if speaker.mention else None,
              index.actor(side) if (side := speaker_side(index, doc, speaker)) is not None else None):
        if m is not None:
            keys |= {m.local_key or m.name} | ({m.kb_id} if m.kb_id else set())
    return labelled_act(doc, index, [cue, root], keys) or held_act(doc, index, content, keys)
