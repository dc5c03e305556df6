"""Grammar helpers the events and attribution steps share: verbs, dependents, voice, and who does a verb.

``verb_subjects`` follows the parse from a verb to the tokens standing for its doer: the subject, the agent
of a passive, control ("urged X to attack": X attacks; "accused X of attacking": X attacks), coordination,
relative clauses, participles and clauses hosted by a preposition.
"""
from __future__ import annotations

from .event_rules import event_rules
from .lexicons import base, plover
from .tokens import tokens
from .tokens import tokens as _table     # (``future_harm``'s argument is called tokens)

# personal pronouns by who they stand for in a report: the speaker's side ("we said", "our units") or a side
# named before ("it said", "its soldiers"); vows.py and rebuttals.py read a subject's side by them
FIRST_PERSON = frozenset({"we", "i"})
FIRST_POSSESSIVE = frozenset({"our", "my"})
THIRD_PERSON = frozenset({"it", "they", "he", "she"})
THIRD_POSSESSIVE = frozenset({"its", "their", "his", "her"})
OBJECT_CONTROL = {"urge", "ask", "help", "force", "allow", "encourage", "call", "order", "tell", "persuade",
                  "invite", "enable", "press", "push", "pressure", "implore", "warn", "request", "require",
                  # "sent mercenaries to fight": the ones sent do the fighting ("used contractors to keep
                  # deniability": the user keeps it, so "use" and "employ" are not here)
                  "send", "deploy", "hire", "recruit", "train", "pay", "dispatch", "move"}


def is_verb(t) -> bool:
    """A verb, not an auxiliary (the tagger's VB* tags count when the coarse tag disagrees)."""
    pos = t.pos_
    return pos == "VERB" or (pos != "AUX" and t.tag_.startswith("VB"))


def children(t, *deps):
    """The children of ``t`` with one of the dependency labels ``deps``."""
    # from the token table's children lists (the same order): a Token only for a child that is kept (speed;
    # ``t.children`` scans the whole span under ``t`` and builds a Token for every child)
    doc = t.doc
    table = tokens(doc)
    dep = table.dep
    return [doc[c] for c in table.kids[t.i] if dep[c] in deps]


def pobjs(prep) -> list:
    """The objects of a preposition (noun or clause)."""
    doc = prep.doc
    table = tokens(doc)
    dep = table.dep
    return [doc[c] for c in table.kids[prep.i] if dep[c] == "pobj" or dep[c] == "pcomp"]


def is_passive(v) -> bool:
    """Is ``v`` in the passive voice (a passive subject or auxiliary, or a reduced passive "X, backed by Y")?"""
    table = tokens(v.doc)     # the labels from the token table: no Token per child (speed)
    dep, i = table.dep, v.i
    return any(dep[c] == "nsubjpass" or dep[c] == "auxpass" for c in table.kids[i]) or \
        (dep[i] == "acl" and table.tag[i] == "VBN") or participle_clause(v)


def participle_clause(v) -> bool:
    """A passive participle clause on a verb ("Backed by X, Y rejected the deal"): no subject or auxiliary of its
    own, a by-agent; the main clause's subject is what it acts on."""
    table = tokens(v.doc)
    dep, i = table.dep, v.i
    if dep[i] != "advcl" or table.tag[i] != "VBN":
        return False
    kids = table.kids[i]
    return any(dep[c] == "agent" for c in kids) and \
        not any(dep[c] in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in kids)


def verb_subjects(v, depth: int = 0) -> list:
    """Tokens standing for the doer of verb ``v`` (following control and coordination)."""
    if depth > 5:
        return []
    for c in v.children:
        if c.dep_ in ("nsubj", "csubj") and c.lower_ != "there" and not (c.lower_ == "it" and _expletive(v)):
            return [_cleft_focus(v, c) or c]
    for a in children(v, "aux"):
        # "X has, since May, supplied …": the parser hung the subject on the auxiliary the phrase cut off
        found = [c for c in a.children if c.dep_ == "nsubj" and c.lower_ != "there"]
        if found:
            return found[:1]
    if not is_passive(v):
        found = _fronted_subject(v)
        if found is not None:
            return [found]
    if is_passive(v):
        # "was shelled and seized by X": the agent of the last coordinated participle is every one's
        for a in [v] + _passive_conjuncts(v):
            for c in a.children:
                # "By X were transferred two batteries" (a by-phrase put first, as machine translation does)
                fronted = c.dep_ == "prep" and c.lower_ == "by" and c.i < a.i and \
                    all(o.ent_type_ not in ("DATE", "TIME") and (o.pos_ == "PROPN" or _side_noun(o) or
                                                                   c.i == c.sent.start and _named_noun(o))
                        for o in pobjs(c))
                if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" and a.i != v.i or fronted:
                    objs = pobjs(c)
                    if objs:
                        return objs[:1]
        found = _displaced_agent(v)
        if found is not None:
            return [found]
        if v.dep_ != "conj":
            return []
    dep, head = v.dep_, v.head
    if head == v:
        return []
    if dep == "conj":
        return verb_subjects(head, depth + 1) if is_verb(head) else []
    if dep == "xcomp" and (head.dep_ == "acomp" or head.pos_ == "AUX"):
        return verb_subjects(head.head if head.dep_ == "acomp" else head, depth + 1)   # "X is likely to attack"
    if dep == "xcomp" and is_verb(head) and is_passive(head) and children(head, "nsubjpass"):
        return children(head, "nsubjpass")[:1]  # "X is believed to have supplied …", "X was forced to withdraw"
    if dep == "xcomp" or dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        if base(head) in OBJECT_CONTROL:
            objs = children(head, "dobj")
            if objs:
                return objs[:1]
            for p in children(head, "prep"):
                if p.lower_ in ("on", "upon"):
                    return pobjs(p)[:1]
        return verb_subjects(head, depth + 1) if is_verb(head) else []
    if dep == "relcl":
        return [head]
    if dep == "acl":
        if v.tag_ == "VBG":
            return [head]
        if head.dep_ == "dobj" and base(head.head) in ("have", "keep", "get"):
            return verb_subjects(head.head, depth + 1)     # "X has 1,200 fighters deployed in Y"
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            # "X's decision to withdraw", "the plan by X to attack": whose decision or plan it is
            owners = [c for c in head.children if c.dep_ == "poss"]
            owners += [o for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for o in c.children
                       if o.dep_ == "pobj"]
            return owners[:1]
        return []
    if dep == "pcomp" and head.dep_ in ("prep",) or dep == "pobj" and v.tag_ == "VBG":
        gov = head.head
        while not is_verb(gov) and gov.dep_ in ("advmod", "npadvmod", "prep", "pobj") and gov.head != gov:
            gov = gov.head
        if is_verb(gov):
            objs = children(gov, "dobj") or (children(gov, "nsubjpass") if is_passive(gov) else [])
            if objs and head.lower_ in ("of", "with", "for", "from", "against", "into"):
                return objs[:1]
            return verb_subjects(gov, depth + 1)
        return []
    if dep in ("advcl", "dobj", "pcomp", "csubj") and is_verb(head):
        # "…, sending troops", "risks losing support", "stopped supporting"
        return verb_subjects(head, depth + 1)
    return []


def _cleft_focus(v, subject):
    """The focus of a cleft ("It was X that shelled Y": X), when ``subject`` is the relative word of the clause the
    parser hung on "it was" as a complement.

    RETURNS: the focus token, or None.
    """
    if subject.tag_ not in ("WDT", "WP") or v.dep_ != "ccomp" or v.head.lemma_ != "be":
        return None
    head = v.head
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children):
        return None
    focus = [c for c in head.children if c.dep_ == "attr" and c.i < subject.i]
    return focus[-1] if focus else None


def _fronted_subject(v):
    """The subject the parser hung on a fronted time phrase ("On Tuesday evening, X, according to officials,
    shelled Y": X as an apposition of "evening"), for a finite verb that has no subject of its own.

    RETURNS: the subject token, or None.
    """
    if v.dep_ not in ("ROOT", "ccomp") or v.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    for t in v.doc[v.sent.start:v.i]:
        if t.dep_ in ("appos", "nummod") and t.head.ent_type_ in ("DATE", "TIME") and t.ent_type_ not in \
                ("DATE", "TIME", "CARDINAL") and t.pos_ in ("PROPN", "NOUN") and t.head.i < t.i:
            gov = t.head
            while gov.head.i != gov.i and gov.dep_ in ("pobj", "prep", "compound", "advmod", "npadvmod"):
                gov = gov.head
            if gov.i == v.i:
                return t
    return None


def _displaced_agent(v):
    """The agent of a passive verb the parser hung on the verb's complement ("Y was threatened with military action
    by X", MT "With Y were held talks by X", "Y was urged to free them by X"): a by-phrase naming a party on the
    verb's object, prepositional object or active complement clause.

    RETURNS: the agent token, or None.
    """
    hosts = children(v, "dobj") + [o for p in children(v, "prep") if p.lower_ != "by" for o in pobjs(p)]
    # "Y was urged to free the prisoners by X": the by-phrase hung on an active complement clause
    hosts += [x for x in children(v, "xcomp") if not any(c.dep_ in ("auxpass", "nsubjpass") for c in x.children)]
    for h in hosts:
        for p in children(h, "prep"):
            if p.lower_ != "by":
                continue
            objs = [o for o in pobjs(p) if o.pos_ == "PROPN" and o.ent_type_ not in ("DATE", "TIME") or _side_noun(o)]
            if objs:
                return objs[0]
    return None


def _named_noun(t) -> bool:
    """"the coast guard of X", "the Zemlish navy": a common noun whose phrase names a party (a proper name or a
    demonym in it), the agent a by-phrase opening a sentence may name (machine translation)."""
    return t.pos_ == "NOUN" and t.lemma_.lower() in event_rules().acting_nouns and \
        any(x.pos_ == "PROPN" or x.ent_type_ in ("NORP", "GPE", "ORG") for x in t.subtree if x.i != t.i)


def _side_noun(t) -> bool:
    """"the Zemlish side", "the sides": a party of talks or of a conflict, an agent a fronted by-phrase may name."""
    return t.lemma_.lower() in event_rules().side_nouns


def is_passive_like(v) -> bool:
    """A past participle coordinated with a passive ("shelled and seized by X"): it shares the passive voice."""
    return v.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in v.children)


def _passive_conjuncts(v) -> list:
    """The participles coordinated after ``v``, in a chain ("shelled, looted and burned by X")."""
    out, todo = [], [v]
    while todo and len(out) < 6:
        todo = [c for t in todo for c in t.children if c.dep_ == "conj" and is_passive_like(c)]
        out += todo
    return out


def _expletive(v) -> bool:
    """Is "it" as the subject of ``v`` a dummy ("it seems", "it is likely")? Not when the object is a share in
    an event ("it took no part in the raid": "it" is the party)."""
    if any(c.lemma_.lower() in event_rules().participation_objects for c in v.children if c.dep_ == "dobj"):
        return False
    return v.pos_ == "AUX" or base(v) in plover().expletive_it_verbs or \
        any(c.dep_ in ("ccomp", "acomp", "attr") for c in v.children)


def future_harm(doc, tokens, markers) -> bool:
    """Does the clause ``tokens`` put what it says in the future or under a condition ("would close",
    "if they cross …, we will respond")?

    Args:
        doc: the parsed document.
        tokens: token indices of the reported content.
        markers: lower-case future auxiliaries and conditional conjunctions.
    RETURNS (bool): whether a future auxiliary or a condition occurs in the content.
    """
    table = _table(doc)     # the words and labels from the token table: no Token per word (speed)
    lower, dep = table.lower, table.dep
    return any(lower[i] in markers and dep[i] in ("aux", "mark") for i in tokens)


def negated(t) -> bool:
    """Is the event at ``t`` negated: a negation on it, "no"/"neither" on the noun, or on the verb or noun
    governing its clause ("did not want to attack", "has no plans to attack X")?

    Args:
        t: the trigger token (verb or noun).
    RETURNS (bool): whether the event is negated.
    """
    # read from the token table: labels and words of the children without a Token each (speed)
    table = tokens(t.doc)
    dep, lower, kids, i = table.dep, table.lower, table.kids, t.i
    if any(dep[c] == "neg" for c in kids[i]):
        return True
    if any(dep[c] == "det" and lower[c] in ("no", "neither") for c in kids[i]):
        return True
    if is_verb(t) and any(dep[d] in ("det", "preconj") and lower[d] in ("no", "neither")
                          for s in kids[i] if dep[s] in ("nsubj", "nsubjpass") for d in kids[s]):
        return True     # "Neither X nor Y sent troops", "no country has sent troops"
    head = table.head[i]
    if dep[i] in ("xcomp", "acomp") and any(dep[c] == "neg" for c in kids[head]):
        return True
    return dep[i] in ("acl", "xcomp") and any(dep[c] == "det" and lower[c] in ("no", "neither") for c in kids[head])


def modality(v, modal_verbs: dict) -> str | None:
    """The modality of verb ``v``: its modal auxiliary ("could"), or the modal verb or auxiliary governing it
    ("plans to attack", "would want to attack").

    Args:
        v: the verb.
        modal_verbs: lemma -> label of verbs that put their complement under a modality.
    RETURNS (str | None): the modal word or label, or None.
    """
    table = tokens(v.doc)     # the children's labels, tags and words from the token table (speed)
    dep, tag, kids = table.dep, table.tag, table.kids
    for c in kids[v.i]:
        if dep[c] == "aux" and tag[c] == "MD":
            return table.lower[c]
    if dep[v.i] == "xcomp":
        mod = modal_verbs.get(base(v.head))
        if mod:
            return mod
        for c in kids[table.head[v.i]]:
            if dep[c] == "aux" and tag[c] == "MD":
                return table.lower[c]
    return None


def threatened_thing(v):
    """The noun a relative clause of threatening describes: "a step X threatened" is the step, and the step
    is what the sentence says it is ("the closure of the border is a step X threatened", "closed the border, a
    step X had threatened").

    Args:
        v: the verb of the relative clause.
    RETURNS (Token): the noun naming the threatened act.
    """
    thing = v.head
    if thing.dep_ == "attr":
        thing = next((s for s in thing.head.children if s.dep_ in ("nsubj", "nsubjpass")), thing)
    elif thing.dep_ == "appos":
        thing = thing.head
    return thing
