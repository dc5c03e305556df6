"""Corpus-level reading of names the knowledge base does not know: one kind per name, from all articles.

spaCy's small model gives an unknown name different labels in different sentences ("Tesselburg" a
person here, an organisation there, a place in a third). Each article adds evidence; the corpus decides:

- a name some article shows to be a state ("the Republic of X", a demonym of X) is that state everywhere;
- a city some article shows to be a state's capital stands for that state where it is used as an actor,
  and is a place of that state where it is a location; so is a city the hints of all articles give to one
  state (``resolve.capitals``);
- a one-word name used as a location somewhere, and never as the surname of a full name, is that place
  where other articles took it for a person or an organisation;
- a two- or three-word "organisation" spelled exactly like a person's full name is that person ("the
  government of Mara Ostrel" tagged as an organisation), and so is a one-word "organisation" that is the
  surname of one person ("the Ostrel regime"); a "person" spelled like an organisation's name without its
  suffix ("Iron Vale" for "Iron Vale Group") is that organisation.

``retype(nodes)`` changes the nodes' kind and key in place before they are merged, and returns what it
learned (capitals and state names) for building actors.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from ..extract.kb import name_key
from ..model import Actor
from ..extract.names import given_key, is_acronym, org_key, split_person, surname_key, translit
from ..extract.states import demonym_stems
from .capitals import infer as infer_capitals

GROUPS = ("organization", "government", "armed_group", "media", "other")


@dataclass
class CorpusStates:
    """What the corpus taught about states the knowledge base does not list."""

    names: dict[str, str] = field(default_factory=dict)      # org_key(state name) -> state name
    capitals: dict[str, str] = field(default_factory=dict)   # name_key(city) -> state name (or KB country name)
    _folded: dict[str, str] = field(default_factory=dict, repr=False)  # translit(org_key(name)) -> state name
    _folded_size: int = field(default=-1, repr=False)
    # capital_fold(folded key) -> the state names of the keys that fold so: one dict look-up per demonym, not a
    # fold of every learned name per call (``state_of_demonym`` runs for every word of every organisation name)
    _by_fold: dict[str, set[str]] = field(default_factory=dict, repr=False)
    written: dict[str, str] = field(default_factory=dict)    # name_key(city) -> the city as first written
    # name_key(city) -> (state, evidence) for capitals no article names, inferred from hints (resolve/capitals.py)
    inferred: dict[str, tuple[str, list[str]]] = field(default_factory=dict)

    def capital(self, key: str) -> str | None:
        """The name_key of the learned capital a one-word name is, also in another transliteration or with
        another final vowel ("Ostvare" for "Ostvara" in a machine translation); None if none."""
        if key in self.capitals:
            return key
        folded = capital_fold(key)
        if len(folded) < 4:
            return None  # too short a stem to tell two towns apart
        found = {k for k in self.capitals if " " not in k and capital_fold(k) == folded}
        return next(iter(found)) if len(found) == 1 else None

    def state_of_demonym(self, text: str) -> str | None:
        """The learned state a demonym (or a state name) refers to ("Norvanian" -> "Norvania"; also spelt with
        another transliteration: "Norwanian")."""
        key = org_key(text)
        if key in self.names:
            return self.names[key]
        if self._folded_size != len(self.names):  # rebuilt only when names were added since
            self._folded = {translit(k): v for k, v in self.names.items() if " " not in k}
            self._folded_size = len(self.names)
            self._by_fold = {}
            for k, v in self._folded.items():
                self._by_fold.setdefault(capital_fold(k), set()).add(v)
        folded = self._folded
        if " " not in key and translit(key) in folded:
            return folded[translit(key)]  # the name itself in another transliteration ("Norwania")
        if " " not in key and len(capital_fold(key)) >= 4:
            # ... or with another final vowel ("Quarnie" of a machine translation for "Quarnia")
            found = self._by_fold.get(capital_fold(key), ())
            if len(found) == 1:
                return next(iter(found))
        for stem in demonym_stems(text.strip()):
            if org_key(stem) in self.names:
                return self.names[org_key(stem)]
            if translit(org_key(stem)) in folded:
                return folded[translit(org_key(stem))]
        return None


def capital_fold(key: str) -> str:
    """A one-word city name transliteration-folded without its final vowels ("ostvare" -> "ostvar")."""
    return (translit(key) or key).rstrip("aeiouy")


def _plain(node) -> bool:
    """A node with nothing but its name: no knowledge-base entry, role, title or affiliation."""
    return not node.kb_id and not any(m.role or m.affiliation for m in node.named)


def retype(nodes: list) -> CorpusStates:
    """Give every unknown name one reading across the corpus (nodes are changed in place).

    nodes (list[Node]): within-document clusters (``resolve.actors.Node``).
    RETURNS (CorpusStates): the learned states and capitals.
    """
    states = CorpusStates()
    for n in nodes:
        if n.kind == "country" and not n.kb_id:
            states.names.setdefault(org_key(n.key), n.key)
        for m in n.named:
            if m.role == "capital" and m.affiliation and m.kind in ("place", "country"):
                states.capitals.setdefault(name_key(m.name), m.affiliation)
                states.written.setdefault(name_key(m.name), m.name)
    # a capital no article names, where the hints of all articles point to one state (cleared from the nodes)
    states.inferred = infer_capitals(nodes, states)
    # a state learned both from its demonym's stem ("Drel" of "Drelish") and as written ("Drelia") is named as written
    written = {}
    for name in sorted(states.names.values(), key=lambda v: (-len(v), v)):
        written.setdefault(capital_fold(org_key(name)), name)
    for city, state in states.capitals.items():
        if " " not in state and capital_fold(org_key(state)) in written:
            states.capitals[city] = written[capital_fold(org_key(state))]
    surnames = {name_key(split_person(n.key).surname) for n in nodes
                if n.kind == "person" and len(n.key.split()) > 1}
    surname_owners: dict[str, set[str]] = {}
    for n in nodes:
        if n.kind == "person" and len(n.key.split()) > 1:
            # one owner however the corpus spells him ("Mihail Dragomirov"/"Mikhail Dragomirow")
            pn = split_person(n.key)
            owner = f"{given_key(pn.given)} {translit(surname_key(pn.surname))}" if pn.given else name_key(n.key)
            surname_owners.setdefault(name_key(pn.surname), set()).add(owner)
    # towns the gazetteer does not know are matched in their transliteration-folded form ("Velmosk"/"Vellmosk")
    places = {translit(name_key(n.key)) for n in nodes if n.kind == "place" and " " not in n.key.strip()}
    persons = {name_key(n.key) for n in nodes if n.kind == "person" and len(n.key.split()) > 1 and not n.kb_id}
    # the same, transliteration-folded with the given name's inner vowels blanked ("Tomer Halvik" ~ "Tomir Halvic")
    folded_persons = {_person_fold(k) for k in persons}
    for key, owners in list(surname_owners.items()):
        surname_owners.setdefault(translit(key), set()).update(owners)
    short_orgs: dict[str, str] = {}
    for n in nodes:
        if n.kind in GROUPS and not n.kb_id:
            short = org_key(n.key, strip_suffix=True)
            if short != org_key(n.key):
                short_orgs.setdefault(short, n.kind)
    for n in nodes:
        if n.kb_id:
            continue
        one_word = " " not in n.key.strip()
        key = name_key(n.key)
        state = states.names.get(org_key(n.key))
        capital = (key if key in states.capitals else states.capital(key) if key not in surnames else None) \
            if one_word and _plain(n) else None
        if state and n.kind != "country" and (one_word or n.kind != "person"):
            n.kind, n.key = "country", state
        elif capital and n.kind != "place":
            n.kind, n.key = "country", states.capitals[capital]  # the capital used as an actor: its state
        elif capital and capital != key:
            n.key = states.written[capital]  # the capital as a place, spelt another way: that place
        elif one_word and n.kind != "country" and _plain(n) and key not in surnames and \
                states.state_of_demonym(n.key) is not None:
            # "Norvanian" the model took for a place, in an article that never names Norvania: its state
            n.kind, n.key = "country", states.state_of_demonym(n.key)
        elif one_word and translit(key) in places and n.kind in ("person", *GROUPS) and key not in surnames and \
                _plain(n):
            n.kind = "place"
        elif n.kind in GROUPS and 2 <= len(n.key.split()) <= 3 and _plain(n) and \
                (key in persons or _person_fold(key) in folded_persons and not _organisation_words(n.key)):
            n.kind = "person"
        elif n.kind in GROUPS and one_word and _plain(n) and translit(key) not in places and \
                len(surname_owners.get(key) or surname_owners.get(translit(key)) or ()) == 1:
            n.kind = "person"  # "the X regime": the surname of the one person of that name in the corpus
        elif n.kind == "person" and not one_word and org_key(n.key) in short_orgs and _plain(n):
            n.kind = short_orgs[org_key(n.key)]
    return states


def _person_fold(key: str) -> str:
    """A full name's key transliteration-folded, the given name's inner vowels blanked ("tomer halvik" ->
    "t*m*r halvik"), as people's names are compared across articles (``aliases.score_people``)."""
    from .aliases import given_skeleton
    words = [translit(w) or w for w in key.split()]
    return " ".join([given_skeleton(words[0]), *words[1:]])


def _organisation_words(name: str) -> bool:
    """Does a name hold a word of organisations' names ("Front", "Group", "Council")?"""
    from ..extract.missed import name_words
    from ..extract.names import lexicon
    return any(w.lower() in name_words() or w.lower() in lexicon().org_suffixes for w in name.split())


def learned_countries(actors: list[Actor], affil_text: dict[str, Counter], by_org: dict[str, Actor],
                       codes: dict[str, str | None], states: CorpusStates) -> dict[str, str]:
    """Affiliations as actors: the organisation a person or body belongs to (``actor.affiliation``), and the
    country actor of states the knowledge base does not know (actor id -> country actor id).

    An affiliation written as a learned state's name or demonym ("Norvania", "Norvanian"), or belonging to an
    organisation that has such a country, gives that country; a place the corpus shows to be a learned
    state's capital belongs to that state.
    """
    def target_of(text: str) -> Actor | None:
        target = by_org.get(org_key(text))
        if target is None:
            state = states.state_of_demonym(text)
            target = by_org.get(org_key(state)) if state else None
        return target

    learned: dict[str, str] = {}
    for actor in actors:
        if actor.kind == "country":
            continue
        for text, _ in affil_text[actor.id].most_common():
            target = target_of(text)
            if target is None or target is actor:
                continue
            if target.kind == "country":
                if not target.kb_id:
                    learned.setdefault(actor.id, target.id)
            elif actor.affiliation is None:
                actor.affiliation = target.id
                codes[actor.id] = codes[actor.id] or codes.get(target.id)
        if actor.kind == "place" and name_key(actor.name) in states.capitals:
            target = target_of(states.capitals[name_key(actor.name)])
            if target is not None and target.kind == "country" and not target.kb_id:
                learned.setdefault(actor.id, target.id)
    for actor in actors:
        # a minister of an institution whose country was learned belongs to that country
        if actor.id not in learned and actor.affiliation in learned and not codes.get(actor.id):
            learned[actor.id] = learned[actor.affiliation]
    return learned


def add_outlets(actors: list[Actor], outlets: Iterable[str | None]) -> int:
    """Every document's outlet is an actor: it speaks for what its article says without a source.

    An outlet the articles already name ("the Velmar Ledger") gets the form the page gives it as an alias; one
    named only in page furniture or metadata ("via East Norvania Truth") becomes a media actor of its own.
    actors (list[Actor]): the resolved actors (changed in place, appended to).
    outlets (iterable): the documents' outlets (``Document.outlet``; None where unknown).
    RETURNS (int): the number of actors added.
    """
    from ..extract.coref import initials_spell as spells
    from ..extract.kb import get_kb
    from .actors import slug
    kb = get_kb()
    by_form: dict[str, Actor] = {}
    for a in actors:
        if a.kind in ("media", "organization", "other"):
            for form in (a.name, *a.aliases):
                by_form.setdefault(_outlet_key(form), a)
        if a.kb_id:
            by_form.setdefault(a.kb_id, a)
    # an outlet the articles call by its acronym only ("NNA" in a dateline): the one actor of that acronym
    by_acronym: dict[str, set[str]] = {}
    for a in actors:
        for form in a.aliases:
            if is_acronym(form):
                by_acronym.setdefault(form.replace(".", ""), set()).add(a.id)
    ids = {a.id: a for a in actors}
    used = set(ids)
    added = 0
    for outlet in sorted({o.strip() for o in outlets if o and o.strip()}):
        key = _outlet_key(outlet)
        if not key or "." in outlet or "/" in outlet:
            continue  # a domain or an address is no name
        entry = kb.lookup(outlet)
        actor = by_form.get(key) or (by_form.get(entry.id) if entry is not None else None)
        spelled = {aid for acr, aids in by_acronym.items() if len(outlet.split()) > 1 and spells(acr, outlet)
                   for aid in aids}
        if is_acronym(outlet):
            # "(KTA)" in a dateline: the one outlet or organisation whose name it spells
            spelled = {a.id for a in actors if a.kind in ("media", "organization")
                       and any(len(f.split()) > 1 and spells(outlet.replace(".", ""), f) for f in (a.name, *a.aliases))}
        if actor is None and len(spelled) == 1:
            actor = ids[next(iter(spelled))]
        if actor is not None:
            if outlet not in actor.aliases:
                actor.aliases.append(outlet)
            continue
        name = entry.name if entry is not None and entry.kind == "media" else outlet
        aid = slug(name)
        while aid in used:
            aid += "-outlet"
        used.add(aid)
        actor = Actor(id=aid, name=name, kind="media", aliases=[outlet],
                      kb_id=entry.id if entry is not None and entry.kind == "media" else None)
        actors.append(actor)
        by_form[key] = actor
        added += 1
    return added


def _outlet_key(name: str) -> str:
    """An outlet's name compared without case, a leading "the" or transliteration ("The Velmar Ledger")."""
    words = name.strip().split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(translit(name_key(w)) or name_key(w) for w in words)
