"""Gratitude as a converse report: "A thanked B for its support" says that B supported A.

A nominal event inside the "for" phrase of a word of thanks ("thank", "gratitude", "grateful", "appreciation") is
done by the one thanked (the verb's object, or the noun's or adjective's "to" phrase) for the one thanking (the
clause's subject), whatever its own possessive says ("its fraternal support" is the thanked one's). The words come
from ``plover.yaml`` (``gratitude_hosts``, read by ``event_rules``).
"""
from __future__ import annotations

from .event_rules import event_rules
from .grammar import children, is_verb, pobjs, verb_subjects


def thanked_parties(n) -> tuple[list, list] | None:
    """(doer tokens, beneficiary tokens) of the nominal event ``n`` when it is what someone is thanked for.

    Args:
        n: the event noun, or the verb of a gerund clause ("thanked B for supplying weapons").
    RETURNS (tuple[list, list] | None): the thanked one and the thanking one (either may be empty), or None when
        ``n`` is not in the "for" phrase of a word of thanks.
    """
    if n.dep_ not in ("pobj", "pcomp") or n.head.lower_ != "for":
        return None
    hosts = event_rules().gratitude_hosts
    prep = n.head
    # "thanked B for", "gratitude to B for", "expressed gratitude to B for" (the phrase hung on the verb), "grateful
    # to B for", "thanked B for" with "for" hung on B
    cands = [prep.head, prep.head.head]
    host = next((h for h in cands if h.lemma_.lower() in hosts or
                 any(d.lemma_.lower() in hosts for d in children(h, "dobj")) and is_verb(h)), None)
    if host is None:
        return None
    words = [host] + [d for d in children(host, "dobj") if d.lemma_.lower() in hosts]
    thanked = []
    # (a present-tense "thanks" is often tagged a noun: with a subject and an object it is the verb)
    if (is_verb(host) or children(host, "nsubj")) and host.lemma_.lower() in hosts:
        thanked = [d for d in children(host, "dobj") if d.i < prep.i]
    if prep.head.i != host.i and prep.head.dep_ == "dobj" and not thanked:
        thanked = [prep.head]
    if not thanked:
        thanked = [o for w in words for p in children(w, "prep") if p.lower_ == "to" for o in pobjs(p)][:1]
    verb = host
    while not is_verb(verb) and verb.pos_ != "AUX" and verb.head.i != verb.i:
        verb = verb.head
    thanking = verb_subjects(verb) if is_verb(verb) else children(verb, "nsubj")
    return thanked, thanking
