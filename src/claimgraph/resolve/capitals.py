"""Capitals no article names, inferred from the hints of all articles (``extract.capitalhints``).

Each article may hint that a city is one state's ("the Norvanian defence ministry in Tesselburg", the city and
the state doing the same act, an outlet named after the city translated from the state's language, a
dateline). The corpus adds the hints per (city, state), one count per article and shape, and joins a city to a
state only when that state clearly leads: a score of ``THRESHOLD`` at least and three times any other state's.
A wrong capital is worse than none, so a city the corpus shows as a state, as a person's surname, or as another
state's named capital is never joined; nor is a city to a state whose capital some article names, and of two
cities hinted alike for one state neither is (a state has one capital).

``infer(nodes, states)`` clears the hints from the nodes' mentions and adds the joined cities to the learned
capitals (``kinds.CorpusStates``), with their evidence for the ``merges`` table (``capital_merges``).
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict

from ..extract.capitalhints import ACTS, EMBASSY, HINT_ROLE, PAIR, REASONS, WEIGHTS
from ..extract.kb import name_key
from ..extract.names import org_key, split_person
from ..model import Actor, MergeEvidence

THRESHOLD = 2.0
ACTS_WEIGHT = 1.0   # a city acting as a state in another article, added to one state's weak hint only
LEAD = 3.0


def _hint(m) -> tuple[list[str], str] | None:
    """The shapes and the state a mention's hint names, or None when it holds none."""
    role = getattr(m, "role", None)
    if not role or not role.startswith(HINT_ROLE + ":") or not m.affiliation:
        return None
    return [s for s in role.split(":", 1)[1].split("+") if s in WEIGHTS], m.affiliation


def _clear(m):
    """A copy of the mention without its hint (the caller's mentions and shared forms stay as they are)."""
    return dataclasses.replace(m, role=None, affiliation=None)


def infer(nodes: list, states) -> dict[str, tuple[str, list[str]]]:
    """Weigh the corpus' hints, clear them from the nodes and learn the capitals one state clearly leads for.

    nodes (list[Node]): the corpus' nodes (their hinted mentions are replaced or changed in place).
    states (CorpusStates): the capitals learned from capital phrases (added to).
    RETURNS (dict): name_key(city) -> (state, the evidence in words) for every joined city.
    """
    # (city, state) -> {(doc, shape)}: one count per article and shape, however often the article repeats it
    seen: dict[str, dict[str, set[tuple[str, str]]]] = defaultdict(lambda: defaultdict(set))
    pairs: dict[str, set[tuple[str, str, str, str]]] = defaultdict(set)  # city -> (partner, state, state, doc)
    acts: dict[str, set[str]] = defaultdict(set)    # city -> articles where it acts as a state ("C announced")
    hosts: dict[str, set[tuple[str, ...]]] = defaultdict(set)  # city -> (embassy's state, article's other states)
    written: dict[str, str] = {}
    spelled: dict[str, str] = {}
    from .kinds import capital_fold  # kinds calls this module
    for n in nodes:
        hinted = False
        for m in n.named:
            found = _hint(m)
            if found is None:
                continue
            hinted = True
            city = name_key(m.name)
            written.setdefault(city, m.name.title() if m.name.isupper() else m.name)
            if found[1] == ACTS:
                acts[city].add(n.doc)
                continue
            if found[1].startswith(EMBASSY):
                hosts[city].add(tuple(found[1][len(EMBASSY):].split("|")))
                continue
            if found[1].startswith(PAIR):
                partner, *two = found[1][len(PAIR):].split("|")
                if len(two) == 2:
                    pairs[city].add((name_key(partner), two[0], two[1], n.doc))
                continue
            # one state however the articles spell it ("Quorvia", "Kvorvia" of a demonym's stem)
            state = spelled.setdefault(capital_fold(org_key(found[1])), found[1])
            for shape in found[0]:
                seen[city][state].add((n.doc, shape))
        if hinted or any(_hint(m) for m in n.mentions):  # a pronoun may carry its antecedent's hint
            n.mentions[:] = [_clear(m) if _hint(m) else m for m in n.mentions]
            n._named = None  # recomputed from the cleared mentions
    if not seen and not pairs and not hosts and not acts:
        return {}
    surnames = {name_key(split_person(n.key).surname) for n in nodes if n.kind == "person" and " " in n.key.strip()}
    named = {capital_fold(org_key(s)) for s in states.capitals.values()}
    candidates: dict[str, list[tuple[float, float, str]]] = defaultdict(list)  # state -> (score, other, city)
    for city, by_state in seen.items():
        if city in states.capitals or org_key(city) in states.names or city in surnames:
            continue  # a named capital, a state, or a person's name
        scores = sorted(((sum(WEIGHTS[s] for _, s in hits), state) for state, hits in by_state.items()),
                        reverse=True)
        top, state = scores[0]
        second = scores[1][0] if len(scores) > 1 else 0.0
        if top < THRESHOLD and not second and acts.get(city, set()) - {d for d, _ in by_state[state]}:
            # one state's weak hint, and another article where the city acts as a state ("Travesk announced")
            top += ACTS_WEIGHT
            by_state[state] |= {(d, "acts") for d in acts[city]}
        if top < THRESHOLD or top < LEAD * second or capital_fold(org_key(state)) in named:
            continue  # no clear lead, or the state's capital is named: a state has one capital
        if capital_fold(org_key(state)) in {capital_fold(org_key(owner)) for owner, *_ in hosts.get(city, ())}:
            continue  # the city hosts that state's embassy ("the Norvanian embassy in Tesselburg"): not its capital
        candidates[state].append((top, second, city))
    joined: dict[str, tuple[str, list[str]]] = {}
    for state, cities in candidates.items():
        cities.sort(reverse=True)
        if len(cities) > 1 and cities[0][0] < LEAD * cities[1][0]:
            continue  # two cities of one state alike: its officials in two towns, neither the capital
        top, second, city = cities[0]
        by_state = seen[city]
        docs = sorted({d for d, _ in by_state[state]})
        reasons = [f"capital inferred ({top:g} against {second:g}): " +
                   "; ".join(REASONS[s] for s in sorted({s for _, s in by_state[state]})),
                   f"articles: {', '.join(docs)}"]
        _learn(states, city, state, written[city])
        joined[city] = (state, reasons)
    _join_pairs(pairs, seen, surnames, written, states, joined)
    _join_hosts(hosts, seen, surnames, written, states, joined)
    _join_governed(acts, nodes, seen, surnames, written, states, joined)
    return joined


def _learn(states, city: str, state: str, written: str) -> None:
    """Join a city to a state; a state only the articles' shapes showed ("Morland" beside "Kestavia" in an
    article about the two) is a state of the corpus from then on, so its other mentions are that country."""
    from ..extract.kb import get_kb
    states.capitals[city] = state
    states.written.setdefault(city, written)
    if org_key(state) not in states.names and not get_kb().country_of_text(state):
        states.names[org_key(state)] = state


def _join_pairs(pairs: dict, seen: dict, surnames: set[str], written: dict[str, str], states,
                joined: dict[str, tuple[str, list[str]]]) -> None:
    """A city named in one breath with another ("officials in C1 and C2") in an article about two states is the
    other state's capital once its partner is some state's (named or inferred), when that state has no capital
    yet and no hint points the city elsewhere (``states`` and ``joined`` are added to)."""
    from .kinds import capital_fold
    for city in sorted(pairs):
        if city in states.capitals or org_key(city) in states.names or city in surnames:
            continue
        with_capital = {capital_fold(org_key(s)) for s in states.capitals.values()}
        options: dict[str, set[str]] = defaultdict(set)
        for partner, one, two, doc in pairs[city]:
            state = states.capitals.get(partner)
            if state is None:
                continue
            folded = capital_fold(org_key(state))
            other = two if folded == capital_fold(org_key(one)) else one if folded == capital_fold(org_key(two)) \
                else None
            if other is not None:
                options[other].add(doc)
        if len(options) != 1:
            continue
        other, docs = next(iter(options.items()))
        elsewhere = {capital_fold(org_key(s)) for s in seen.get(city, {})} - {capital_fold(org_key(other))}
        if capital_fold(org_key(other)) in with_capital or elsewhere:
            continue  # a state has one capital; a hint for another state is a doubt
        _learn(states, city, other, written[city])
        joined[city] = (other, [f"capital inferred: {REASONS['pair']}", f"articles: {', '.join(sorted(docs))}"])


def _join_hosts(hosts: dict, seen: dict, surnames: set[str], written: dict[str, str], states,
                joined: dict[str, tuple[str, list[str]]]) -> None:
    """A city hosting a state's embassy ("the Norvanian embassy in Tesselburg") is a capital, never that state's:
    it is the capital of the one other state its articles name that has no capital yet (named or inferred), when
    no hint points it elsewhere (``states`` and ``joined`` are added to)."""
    from .kinds import capital_fold
    for city in sorted(hosts):
        if city in states.capitals or org_key(city) in states.names or city in surnames:
            continue
        with_capital = {capital_fold(org_key(s)) for s in states.capitals.values()}
        owners = {capital_fold(org_key(owner)) for owner, *_ in hosts[city]}
        options = {capital_fold(org_key(s)): s for _, *others in hosts[city] for s in others if s}
        options = {k: v for k, v in options.items() if k not in with_capital and k not in owners}
        if len(options) != 1:
            continue
        key, other = next(iter(options.items()))
        if {capital_fold(org_key(s)) for s in seen.get(city, {})} - {key}:
            continue  # a hint for another state is a doubt
        _learn(states, city, other, written[city])
        joined[city] = (other, [f"capital inferred: {REASONS['embassy']}"])


def governed_place(key: str) -> str | None:
    """The state or city a government's node key names ("government (Norvania)" -> "Norvania",
    ``extract.capitalacts``), or None for any other key."""
    if key.startswith("government (") and key.endswith(")"):
        return key[len("government ("):-1]
    return None


def _join_governed(acts: dict[str, set[str]], nodes: list, seen: dict, surnames: set[str], written: dict[str, str],
                   states, joined: dict[str, tuple[str, list[str]]]) -> None:
    """A city that has a government of its own ("the Tesselburg regime", "the government in Tesselburg") and acts as a
    state is a capital: the capital of the one state left without a capital (named or inferred) in the articles where
    it acts, when every such article that leaves one state leaves the same, and no hint points it elsewhere
    (``states`` and ``joined`` are added to). A state the knowledge base knows has its capital there."""
    from ..extract.kb import get_kb
    from .kinds import capital_fold
    governed = {name_key(g) for n in nodes if n.kind == "government" and (g := governed_place(n.key)) is not None
                and " " not in g}
    # never a capital the corpus knows in another spelling ("Ostrelli" of a translation for "Ostrell")
    cities = sorted(c for c in acts if c in governed and c not in states.capitals and c not in joined and
                    org_key(c) not in states.names and c not in surnames and not states.capital(c))
    if not cities:
        return
    named: dict[str, dict[str, str]] = defaultdict(dict)   # document -> the states it names (folded -> as written)
    kb = get_kb()
    for n in nodes:
        # a state some article shows to be one counts wherever it is named (an article may read it as a place)
        if (n.kind == "country" or org_key(n.key) in states.names) and not n.kb_id and not kb.country_of_text(n.key):
            named[n.doc].setdefault(capital_fold(org_key(n.key)), states.names.get(org_key(n.key), n.key))
    for city in cities:
        with_capital = {capital_fold(org_key(s)) for s in states.capitals.values()}
        options: dict[str, set[str]] = defaultdict(set)
        for doc in acts[city]:
            left = {k: v for k, v in named.get(doc, {}).items() if k not in with_capital and k != capital_fold(city)}
            if len(left) == 1:
                options[next(iter(left.values()))].add(doc)
        if len(options) != 1:
            continue    # none, or articles that leave two different states: no guess
        state, docs = next(iter(options.items()))
        if {capital_fold(org_key(s)) for s in seen.get(city, {})} - {capital_fold(org_key(state))}:
            continue    # a hint for another state is a doubt
        _learn(states, city, state, written[city])
        joined[city] = (state, [f"capital inferred: {REASONS['governed']}", f"articles: {', '.join(sorted(docs))}"])


def capital_merges(actors: list[Actor], inferred: dict[str, tuple[str, list[str]]]) -> list[MergeEvidence]:
    """The ``merges`` rows that explain why an inferred capital is one actor with its state.

    actors (list[Actor]): the resolved actors. inferred (dict): ``infer``'s result.
    RETURNS (list[MergeEvidence]): one row per joined city that is an alias of a country actor.
    """
    out = []
    for city, (_, reasons) in sorted(inferred.items()):
        for a in actors:
            forms = [f for f in (a.name, *a.aliases) if name_key(f) == city]
            if a.kind == "country" and forms:
                out.append(MergeEvidence(actor=a.id, a=forms[0], b=a.name, score=1.0, reasons=list(reasons)))
                break
    return out


def rekey_governments(nodes: list, states) -> None:
    """A government named by a city ("the Tesselburg regime": key "government (Tesselburg)",
    ``extract.capitalacts.city_governments``) is the government of the state the corpus learned the city to be the
    capital of ("government (Norvania)"), so it meets that state's government of other articles and has the
    state for its country; a city learned for no state leaves it as it is (nodes changed in place).

    nodes (list[Node]): the corpus' nodes, after ``kinds.retype``. states (CorpusStates): what the corpus learned.
    """
    from ..extract.names import translit

    def fold(state: str) -> str:    # a state however spelt ("Norvaniya" / "Norvania"), as countries are merged
        key = org_key(state)
        return translit(key).rstrip("aeiouy") or key if " " not in key else key

    governments = [n for n in nodes if n.kind == "government" and governed_place(n.key) is not None]
    # the spelling the articles' own "government of <State>" use, so the two keys meet
    spelt = {fold(governed_place(n.key)): governed_place(n.key) for n in governments}
    for n in governments:
        city = governed_place(n.key)
        if " " in city:
            continue
        found = states.capital(name_key(city))
        state = states.capitals.get(found) if found else None
        if state is None:
            continue
        state = spelt.get(fold(state), state)
        n.key = f"government ({state})"
        n.mentions[:] = [dataclasses.replace(m, affiliation=state) if m.affiliation and
                         name_key(m.affiliation) == name_key(city) else m for m in n.mentions]
        n._named = None
