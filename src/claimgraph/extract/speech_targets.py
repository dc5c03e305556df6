"""Who a speech act is about when its content holds no event: the author of a rejected proposal, the one a
passive accusation accuses, the one a quoted demand or charge names.

"X rejected an offer by Y" and "X rejected Y's plan" are REJECTs of Y although nothing in the clause is an
event; "Y was accused by X of piracy" accuses Y. The reporting cue and its speaker come from attribution;
these helpers find the other party, cheaply (a lemma looked up in a set computed once, then a walk over the
children of one or two tokens).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .. import data
from .accusing import accusing_form
from .accusing import subject_of as _subject     # through open complements: "Y wants to starve …"
from .arguments import ActorIndex
from .event_rules import event_rules
from .grammar import children, pobjs
from .lexicons import attribution_words, base, plover


@lru_cache(maxsize=1)
def proposal_nouns() -> frozenset[str]:
    """Nouns for something one side puts to another ("offer", "plan", "proposal"; attribution.yaml), and the
    statements a denial dismisses ("accusation", "claim"; plover.yaml ``dismissed_nouns``)."""
    return frozenset(w.lower() for w in data.load("attribution.yaml").get("proposal_nouns", [])) | \
        frozenset(event_rules().dismissed_nouns)


def proposer(index: ActorIndex, noun):
    """The author of a proposal a speech act rejects or welcomes, or None.

    "an offer by/from Y", "the plan put forward by Y" (a participle whose agent is Y), "a Y-ian offer" (an
    adjective that names a state), "Y, whose plan X rejected". A possessive ("Y's offer") is already read by
    the actor index.
    index (ActorIndex): actor mentions by token.
    noun (Token): the object of the cue ("offer").
    RETURNS (Mention | None): the proposer's mention.
    """
    if noun is None or noun.lemma_.lower() not in proposal_nouns():
        return None
    cands = [o for p in children(noun, "prep") if p.lower_ in ("by", "from") for o in pobjs(p)]
    # "the plan put forward by Y", "a proposal made by Y", "the offer tabled by Y last week"
    cands += [o for acl in children(noun, "acl") if acl.tag_ == "VBN"
              for p in children(acl, "agent", "prep") if p.lower_ == "by" for o in pobjs(p)]
    cands += [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    # "Y, whose proposal X rejected": the noun the relative clause describes
    cands += [rel.head for c in noun.children if c.dep_ == "poss" and c.lower_ == "whose"
              for rel in [noun, *noun.ancestors][:3] if rel.dep_ == "relcl"][:1]
    for c in cands:
        if c.pos_ == "PRON":
            continue
        m = index.actor(c)
        if m is not None and m.kind != "place":
            return m
    return None


def accused_subject(v):
    """The one a passive accusation accuses ("Y was accused by X of …", "Y was blamed for …"), or None.

    v (Token): the cue verb.
    RETURNS (Token | None): the passive subject, when the cue has one and an agent ("by X") or an "of/for/
        with" argument; "it" never ("it was charged that …" is a report).
    """
    if not any(c.dep_ == "auxpass" for c in v.children):
        return None
    subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in ("it", "this", "that", "which", "who"):
        return None
    if not any(c.dep_ in ("agent", "prep") and c.lower_ in ("by", "of", "for", "with") for c in v.children):
        return None
    return subj


FIRST_PERSON = frozenset({"i", "we", "us", "me", "our", "my"})
EPISTEMIC_PERFECT = frozenset({"have", "'ve"})


@lru_cache(maxsize=1)
def _quoted_words() -> tuple[frozenset[str], frozenset[str]]:
    """(demand modals, accusing predicates) of attribution.yaml ``quoted_acts``."""
    d = data.load("attribution.yaml").get("quoted_acts", {})
    return frozenset(d.get("demand_modals", [])), frozenset(d.get("accusing_predicates", []))


@lru_cache(maxsize=1)
def _accusing_objects() -> frozenset[str]:
    """Objects that make their verb an accusation of its subject ("repeats the propaganda of Y"): ``quoted_acts``."""
    raw = data.load("attribution.yaml").get("quoted_acts", {}).get("accusing_objects", [])
    return frozenset(w.lower() for w in raw)


def quoted_act(doc, index: ActorIndex, content: set[int], speaker_key: str | None):
    """The speech act a reported clause performs by its form, or None.

    "'Our fishermen must be freed today,' said X" demands (REQUEST; the one asked is the subject when it is
    an actor other than the speaker's side); "'Y wants to starve the valley,' she said" and "X said Y was
    trying to provoke a war" accuse Y (ACCUSE): an actor made the doer of a predicate of ill intent or
    wrongdoing (``accusing_predicates``, also under "wants to", "is trying to"), not negated.
    doc (Doc): the parse. index (ActorIndex): actor mentions by token.
    content (set[int]): token indices of the reported clause.
    speaker_key (str | None): the speaker's local key (the speaker's own side is never the target).
    RETURNS (tuple[str, Token | None] | None): (PLOVER type, the target's token or None).
    """
    if not content:
        return None
    modals, accusing = _quoted_words()
    lo, hi = min(content), max(content) + 1
    for t in doc[lo:hi]:
        if t.i not in content:
            continue
        low = t.lemma_.lower()
        if t.lower_ in modals and t.dep_ == "aux" and t.head.i in content:
            verb = t.head
            if any(c.dep_ == "aux" and c.lower_ in EPISTEMIC_PERFECT for c in verb.children) or _negated(verb):
                continue            # "must have known": a conclusion, not a demand; "should not": a warning
            subj = _subject(verb)
            if subj is None or subj.lower_ in FIRST_PERSON or _first_person_owned(subj):
                if subj is not None and subj.dep_ == "nsubjpass" and _first_person_owned(subj):
                    return "REQUEST", None          # "our fishermen must be freed": a demand for one's own
                continue            # "we must defend ourselves": the speaker's resolve, not a demand
            target = _target(index, subj, speaker_key)
            if target is None and t.lower_ != "must":
                continue            # "the results should be known by Friday": an expectation, not a demand
            return "REQUEST", target
        # "Y wants to starve the valley"; "Y repeats the propaganda of Z" (the object accuses its verb's subject)
        verb = t if low in accusing and t.pos_ == "VERB" else t.head if (
            t.dep_ == "dobj" and low in _accusing_objects() and t.head.pos_ == "VERB" and t.head.i in content) else None
        if verb is not None and not _negated(verb):
            subj = _subject(verb)
            if subj is None or subj.lower_ in FIRST_PERSON:
                continue
            target = _target(index, subj, speaker_key)
            if target is not None:
                return "ACCUSE", target
    # "Y uses refugees as a human shield", "Y allowed the gangs to recruit", "the figures of Y are invented"
    return accusing_form(doc, index, content, speaker_key)


def _negated(verb) -> bool:
    """Is ``verb`` or a verb it completes negated ("does not want to", "never tried to")?"""
    v = verb
    for _ in range(4):
        if any(c.dep_ == "neg" for c in v.children):
            return True
        if v.dep_ != "xcomp" or v.head.i == v.i:
            return False
        v = v.head
    return False


def _first_person_owned(tok) -> bool:
    """"our fishermen", "my people": a noun the speaker's side owns."""
    return any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in tok.children)


def _target(index: ActorIndex, subj, speaker_key: str | None):
    """``subj`` when it names an actor other than the speaker, else None."""
    if subj.pos_ == "PRON":
        return None
    m = index.actor(subj)
    if m is None or m.kind in ("place",) or (speaker_key and (m.local_key or m.name) == speaker_key):
        return None
    return subj


def content_subject(index: ActorIndex, doc, content: set[int], speaker_key: str | None):
    """The subject of a reported clause an accusation holds, when it names an actor other than the speaker
    ("charged that Y had armed the rebels": Y is accused, though "armed" is no event of its own), or None.

    index (ActorIndex): actor mentions by token. doc (Doc): the parse.
    content (set[int]): token indices of the reported clause.
    speaker_key (str | None): the speaker's local key.
    RETURNS (Token | None): the subject's token.
    """
    if not content:
        return None
    root = next((doc[i] for i in sorted(content) if doc[i].head.i not in content or doc[i].head.i == i), None)
    if root is None or root.pos_ not in ("VERB", "AUX") or _negated(root):
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in FIRST_PERSON:
        return None
    return _target(index, subj, speaker_key)


def judged_subject(doc, content: set[int]):
    """The subject of a denying clause when it names a proposal, a vote or a statement ("said the referendum
    organised by Y was null and void"): ``proposer`` then finds its author. None otherwise.

    doc (Doc): the parse. content (set[int]): token indices of the reported clause.
    RETURNS (Token | None): the subject noun.
    """
    nouns = proposal_nouns()
    for i in sorted(content):
        t = doc[i]
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in content and t.lemma_.lower() in nouns:
            return t
    return None


def speaker_side(index: ActorIndex, doc, speaker):
    """The state or organisation a quoted speaker's "we"/"our" stands for: the affiliation the article gives the
    speaker ("Ilvaro Senn, the defence minister of Ostrevia": Ostrevia; "a spokeswoman for the Kessel Brigade":
    the brigade), named nearest the speaker. A speaker with no affiliation (a resident, a journalist) has none.

    index (ActorIndex): the document's mentions. doc (Doc): the parsed document. speaker (Source): the quote's speaker.
    RETURNS (Token | None): the head token of the affiliation's mention, or None.
    """
    by_id = index.by_id()
    m = by_id.get(speaker.mention) if speaker is not None and speaker.mention else None
    if m is None or m.kind != "person":
        return None
    if m.pronoun:           # "he said": the person the pronoun stands for, with his affiliation
        m = next((x for x in index.mentions if not x.pronoun and x.kind == "person" and
                  (x.local_key or x.name) == (m.local_key or m.name) and x.affiliation), m)
    if not m.affiliation and not m.affiliation_kb:
        return None
    want = m.affiliation.lower() if m.affiliation else None
    sides = [x for x in index.mentions if not x.pronoun and x.kind != "person" and
             (want is not None and want in ((x.local_key or x.name).lower(), x.name.lower(), x.text.lower()) or
              m.affiliation_kb is not None and x.kb_id == m.affiliation_kb)]
    if not sides:
        return None
    near = min(sides, key=lambda x: abs(x.start - speaker.start) if speaker.start is not None else x.start)
    span = doc.char_span(near.start, near.end, alignment_mode="expand")
    return span.root if span is not None else None


def coordinated_parties(index: ActorIndex, token, first) -> list:
    """The further parties coordinated with the first one a speech act names ("accused A and B of …", "the
    proposal of A and B"), in text order.

    index (ActorIndex): actor mentions by token.
    token (Token): the addressee's token (the accused, or the rejected noun).
    first (Mention): the party already found.
    RETURNS (list[Mention]): the other parties, without repeats.
    """
    out, seen = [], {first.local_key or first.name}
    found = index.actors(token)
    if len(found) < 2:
        # "the proposal of A and B": the conjuncts hang on the party's own name inside the phrase
        # (not a conjunct elsewhere in the phrase: "the plan of A, which B and C backed")
        found = [m for t in token.subtree if t.dep_ == "conj" and t.pos_ in ("PROPN", "NOUN")
                 and _same(index.actor(t.head), first) for m in index.actors(t, conj=False)]
    for m in found:
        key = m.local_key or m.name
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def party_claims(claim, parties: list, limit: int) -> list:
    """Copies of a speech act's claim for further parties: the accused is the event's subject, the one
    rejected or praised its object.

    claim (Claim): the first party's claim.
    parties (list[Mention]): the further parties (``coordinated_parties``).
    limit (int): most copies.
    RETURNS (list[Claim]): one claim per further party.
    """
    ev, out = claim.event, []
    on_subject = ev.subject_mention is not None and ev.object_mention is None
    for m in parties[:limit]:
        new = replace(ev, subject_mention=m.id, subject_text=m.text) if on_subject else \
            replace(ev, object_mention=m.id, object_text=m.text)
        out.append(replace(claim, event=new, hedges=list(claim.hedges), via=list(claim.via)))
    return out


def _same(m, first) -> bool:
    return m is not None and (m.local_key or m.name) == (first.local_key or first.name)


@lru_cache(maxsize=1)
def harm_nouns() -> frozenset[str]:
    """Harms whose origin a tracing cue names ("traced the malware to …"; attribution.yaml ``harm_nouns``)."""
    return frozenset(w.lower() for w in data.load("attribution.yaml").get("harm_nouns", []))


def traced_thing(v):
    """What a tracing cue traces ("traced the malware … to Y", "the attack was linked to Y", "linked the group
    to Y"): its object or passive subject when it is a harm or a name, else None (not "traced its roots to Y").

    v (Token): the cue verb.
    RETURNS (Token | None): the traced noun.
    """
    for c in v.children:
        if c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in harm_nouns() or c.pos_ == "PROPN"):
            return c
    return None


def traced_party(v, thing):
    """Who a tracing cue blames: the object of its "to" ("traced the malware to a group"), which the parser may
    hang on a participle inside the traced phrase ("the malware used against X to a group").

    v (Token): the cue verb.
    thing (Token | None): the traced noun (``traced_thing``).
    RETURNS (Token | None): the blamed noun.
    """
    preps = [p for p in children(v, "prep") if p.lower_ == "to"]
    if not preps and thing is not None:
        preps = [t for t in thing.subtree if t.dep_ == "prep" and t.lower_ == "to" and t.head.pos_ == "VERB"]
    return next((o for p in preps for o in pobjs(p)), None)


def typed_verb(v) -> bool:
    """Does the PLOVER lexicon type the verb ``v`` alone, with a particle or a preposition, or with an object
    ("meet", "hand over", "give access")? Refusals of such acts are the events stage's (``refusal_verbs``).

    v (Token): the verb.
    RETURNS (bool): whether a verb entry, a phrasal entry or a verb + object entry names its lemma.
    """
    lex = plover()
    lemma = base(v)
    if lemma in lex.verbs or any((lemma, c.lower_) in lex.phrasal for c in v.children):
        return True
    return any(lemma in verbs for verbs, _, _ in lex.verb_objects)


def withheld_info(verb) -> bool:
    """Is a refused infinitive the withholding of information ("to give a number", "to disclose the toll"): its
    object is a word of data ``refused_info_nouns``, so the refusal rejects though the verb is typed (give: AID)?"""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _refused_info() for c in verb.children)


@lru_cache(maxsize=1)
def _refused_info() -> frozenset[str]:
    """What a refusal to give out information withholds (data/attribution.yaml ``refused_info_nouns``)."""
    return frozenset(attribution_words("refused_info_nouns"))
