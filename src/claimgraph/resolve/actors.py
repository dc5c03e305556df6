"""Cross-document actor resolution: one actor per real actor, however the articles spell it.

Input: every mention in the store (``local_key`` already links mentions within a document). Steps:

1. one node per (document, local_key): a within-document cluster;
2. union-find over nodes, in passes that each use a blocking index, so the cost grows near-linearly:
   a. the same knowledge-base entry (country, body, institution, outlet, capital used as a place);
   b. the same name key (folded full name; for organisations a bag of words with MT synonyms and demonyms
      folded, so "Council of national harmony" ~ "National Concord Council");
   c. people: blocked by given-name group + first letter of the surname, scored by ``aliases.score_people``;
   d. surnames alone join the one full-name group that carries that surname (or the one whose co-occurring
      actors fit best);
   e. organisations: an acronym joins the one name whose initials it spells; "Korvath" joins "Korvath Group";
3. actors: name, kind, aliases as written, roles, country (the COUNTRY ACTOR id: country actors are created
   from the knowledge base when an official, institution or metonym belongs to a country not mentioned).

Every union that joins two different names is recorded as MergeEvidence with its reasons.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..extract.kb import get_kb, name_key
from ..extract.locations import cities
from ..extract.names import given_key, initials, is_acronym, onset_key, org_key, split_person, surname_key, translit
from ..model import Actor, Mention, MergeEvidence
from .aliases import Profile, given_skeleton, place_key, score_people
from .camps import merge_named_alone
from .capitals import capital_merges, rekey_governments
from .descriptors import place_descriptors
from .glued import person_forms, unglue_people
from .kinds import CorpusStates, capital_fold, learned_countries, retype
# re-exported: tests read ``_signature`` and ``_nodes`` here, ``resolve.kinds`` reads ``slug``
from .nodes import Node, UnionFind, _contexts, _Contexts, _is_person, _nodes, _signature, slug  # noqa: F401
from .organs import folded, merge_organs, merge_outlet_heads, merge_outlet_leads, merge_rulers

MAX_BLOCK = 50          # larger blocks are compared within a sliding window over sorted surnames
KB_MERGED = ("country:", "body:", "media:", "capital:")


def resolve_actors(mentions: list[Mention]) -> tuple[list[Actor], dict[str, str], list[MergeEvidence]]:
    """Resolve mentions from all documents into actors.

    mentions (list[Mention]): every mention in the store.
    RETURNS (tuple): (actors, mention id -> actor id, merge evidence).
    """
    # the same corpus must give the same actors whatever order the store returns mentions in
    mentions = sorted(mentions, key=lambda m: (m.doc, m.start, m.end, m.id))
    nodes = _nodes(mentions)
    actors, node_actor, merges = resolve_nodes(nodes)
    mention_actor = {m.id: node_actor[i] for i, n in enumerate(nodes) for m in n.mentions}
    return actors, mention_actor, merges


def resolve_nodes(nodes: list[Node]) -> tuple[list[Actor], list[str], list[MergeEvidence]]:
    """Resolve within-document clusters of mentions into actors (``resolve_actors`` without mention ids).

    The corpus stage reads its nodes from the store (``nodes.store_nodes``: each distinct mention
    form once, not every mention) and maps mentions to actors in SQL by their node.
    nodes (list[Node]): the nodes, in the order of their first mention (document, offsets).
    RETURNS (tuple): (actors, actor id of each node, merge evidence).
    """
    states = retype(nodes)
    unglue_people(nodes, states)
    rekey_governments(nodes, states)    # "the Tesselburg regime" once Tesselburg is a state's capital
    place_descriptors(nodes, states)    # "federal troops", "the rebels" an article could not place (resolve/descriptors.py)
    uf = UnionFind(len(nodes), nodes)   # unions of one name keep no evidence (the merges table skips them)
    context = _contexts(nodes)
    _merge_kb(nodes, uf, states)
    _merge_names(nodes, uf, states)
    _merge_people(nodes, uf, context)
    _merge_surnames(nodes, uf, context)
    _merge_organisations(nodes, uf)
    _merge_short_names(nodes, uf)
    merge_outlet_heads(nodes, uf)
    merge_outlet_leads(nodes, uf)
    merge_organs(nodes, uf)
    merge_rulers(nodes, uf)
    merge_named_alone(nodes, uf)    # "Zelvra" for the Zelvra refugee camp (resolve/camps.py)
    actors, node_actor, merges = _build(nodes, uf, states)
    merges[:0] = capital_merges(actors, states.inferred)  # why an inferred capital is its state
    return actors, node_actor, merges


def _merge_kb(nodes: list[Node], uf: UnionFind, states: CorpusStates | None = None) -> None:
    states = states or CorpusStates()
    first: dict[str, int] = {}
    stateless: dict[str, list[int]] = defaultdict(list)   # generic kid -> nodes that name no state
    owners: dict[str, set[str]] = defaultdict(set)        # generic kid -> the states it is named with
    for i, n in enumerate(nodes):
        kid = n.kb_id
        reason = f"same knowledge-base entry {kid}"
        learned = None if kid else _generic_of_learned(n.key, states)
        if learned is not None:
            # "army of Norhaven" where the article did not know Norhaven for a state: the corpus does
            where = capital_fold(name_key(learned[1]))
            owners[learned[0]].add(where)
            kid, reason = f"{learned[0]}@{where}", f"same institution ({learned[0]}) of the same state: {learned[1]}"
        elif kid and _generic(kid):
            # "Ministry of Defence" and "the X defence ministry": one generic institution of one state
            state = Counter(m.affiliation_kb or states.state_of_demonym(m.affiliation) or m.affiliation
                            for m in n.named if m.affiliation_kb or m.affiliation).most_common(1)
            if not state:
                stateless[kid].append(i)
                continue
            # a learned state is compared in its transliteration-folded form ("Norvova"/"Norvowa")
            # (and without a final vowel: "Drel" of "the Drelish army" is "Drelia" of "the army of Drelia")
            where = state[0][0] if ":" in state[0][0] else capital_fold(name_key(state[0][0]))
            owners[kid].add(where)
            kid, reason = f"{kid}@{where}", f"same institution ({kid}) of the same state: {state[0][0]}"
        elif not kid or not (kid.startswith(KB_MERGED) or kid.startswith("inst:")):
            continue
        if kid in first:
            uf.union(first[kid], i, 1.0, [reason])
        else:
            first[kid] = i
    if not stateless:
        return
    named: dict[str, set[str]] = defaultdict(set)  # document -> the states it names
    for n in nodes:
        if n.kind == "country":
            named[n.doc].add(n.kb_id if n.kb_id else capital_fold(name_key(n.key)))
    for kid, ids in stateless.items():
        # "the Ministry of Defence" with no state: the one state's ministry the corpus names, when its article
        # names no other state (an article from one side calls its own ministry just "the Ministry")
        if len(owners[kid]) == 1:
            where = next(iter(owners[kid]))
            for i in ids:
                if named[nodes[i].doc] <= {where}:
                    uf.union(first[f"{kid}@{where}"], i, 0.9, [f"the only {kid} of a state the corpus names"])


def _generic_of_learned(key: str, states: CorpusStates) -> tuple[str, str] | None:
    """A generic institution named with a state the corpus learned ("army of Norhaven", "Norhavenian army"),
    as (knowledge-base id, state name); None for any other name."""
    kb = get_kb()
    of = re.match(r"^(.+?)\s+of\s+(?:the\s+)?(\S+)$", key)
    words = key.split()
    if len(words) == 3 and name_key(words[0]) in kb.generic_prefixes:
        words = words[1:]       # "Royal Morland Navy": Morland's navy
    for inst, state in ([(of.group(1), of.group(2))] if of else []) + \
            ([(" ".join(words[1:]), words[0])] if 1 < len(words) <= 3 else []):
        entry = kb.lookup(inst, generic=True)
        if entry is not None and entry.generic:
            found = states.state_of_demonym(state)
            if found is not None:
                return entry.id, found
    return None


def _generic(kid: str) -> bool:
    entry = get_kb().entries.get(kid)
    return entry is not None and entry.generic


def _name_class(node: Node) -> str:
    return "person" if node.kind == "person" else "place" if node.kind == "place" else "group"


def _merge_names(nodes: list[Node], uf: UnionFind, states: CorpusStates | None = None) -> None:
    states = states or CorpusStates()
    learned = {translit(k) for k in states.names if " " not in k}
    first: dict[tuple[str, str], int] = {}
    # (speed) one name is in many documents: its key is made once per (kind, name, known to the knowledge base)
    memo: dict[tuple[str, str, bool], str] = {}
    for i, n in enumerate(nodes):
        cls = _name_class(n)
        at = (n.kind, n.key, not n.kb_id)
        key = memo.get(at)
        if key is None:
            key = name_key(n.key) if cls != "group" else org_key(n.key)
            if cls == "place" and not n.kb_id and not cities().get(key):
                key = place_key(key)  # "Tolmek province" is the place Tolmek (a town the gazetteer knows keeps its name)
            if cls == "place" and not n.kb_id and " " not in key and not cities().get(key):
                key = translit(key)  # a town the gazetteer does not know, spelt two ways ("Velmosk"/"Vellmosk")
            elif n.kind == "country" and not n.kb_id and " " not in key:
                # a state the knowledge base does not know, transliterated two ways (-ova/-owa), or named from its
                # demonym with a final vowel too many ("Dernika" of "the Dernikan capital" ~ "Dernik")
                key = translit(key).rstrip("aeiouy") or translit(key)
            elif cls == "group" and not n.kb_id:
                # an organisation's words transliterated two ways ("Zavod Front"/"Sawod Front" stay apart, but
                # "Velikova Front"/"Velikowa Front" are one), a learned state's demonym as its name ("Velikovan
                # Front" = "Velikova Front")
                words = [translit(_singular(w)) or w for w in key.split()]
                if learned:
                    words = [w if w in learned else translit(org_key(states.state_of_demonym(w) or "")) or w
                             for w in words]
                key = " ".join(sorted(words))
            memo[at] = key
        if not key:
            continue
        k = (cls, key)
        if k in first:
            reason = "same name" if cls == "person" else "same name (word order, case, demonym or translation)"
            uf.union(first[k], i, 1.0, [reason])
        else:
            first[k] = i


def _singular(word: str) -> str:
    """An organisation's head word in the singular ("brigades" -> "brigade"), as MT and wires write either."""
    from ..extract.missed import name_words
    return word[:-1] if word.endswith("s") and word[:-1] in name_words() else word


def _profiles(nodes: list[Node], uf: UnionFind, context: _Contexts) -> dict[int, Profile]:
    """Person profiles per union-find root."""
    kb = get_kb()
    out: dict[int, Profile] = {}
    for i, n in enumerate(nodes):
        if not _is_person(n):
            continue
        p = out.setdefault(uf.find(i), Profile())
        pn = split_person(n.key)
        if pn.full:
            p.givens.add(given_key(pn.given))
            p.names.add(name_key(n.key))
        p.surnames.add(surname_key(pn.surname))
        for m in n.named:
            if m.kind == "person" and len(m.name.split()) == 1:
                p.surnames.add(surname_key(m.name))
            if m.role:
                p.roles.add(m.role)
            if m.affiliation_kb and m.affiliation_kb.startswith("country:"):
                p.countries.add(m.affiliation_kb.split(":")[1])
            elif m.affiliation_kb in kb.entries and kb.entries[m.affiliation_kb].country:
                p.countries.add(kb.entries[m.affiliation_kb].country)
            if m.affiliation and not (m.affiliation_kb or "").startswith("country:"):
                p.affiliations.add(org_key(m.affiliation))
        p.context |= context[i]
    return out


def _merge_people(nodes: list[Node], uf: UnionFind, context: _Contexts) -> None:
    profiles = _profiles(nodes, uf, context)
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for root, p in profiles.items():
        if not p.givens:
            continue
        # blocked by the given name with its inner vowels blanked, so "Ozran"/"Ozren" are compared
        for g in {given_skeleton(g) for g in p.givens}:
            for s in {onset_key(s)[:1] for s in p.surnames if s}:
                blocks[(g, s)].append(root)
    # blocks and their members in a total order: the union order decides which evidence is kept, and the
    # given-name and surname sets above iterate in an order that changes with the process's hash seed
    for key in sorted(blocks):
        roots = sorted(set(blocks[key]), key=lambda r: (min(profiles[r].surnames), r))
        for x, a in enumerate(roots):
            # sorted neighbourhood: a big block is compared within a window, not all pairs
            for b in roots[x + 1:x + 1 + MAX_BLOCK]:
                ra, rb = uf.find(a), uf.find(b)
                if ra == rb:
                    continue
                score, reasons = score_people(profiles[a], profiles[b])
                if score:
                    uf.union(a, b, score, reasons)


def _merge_surnames(nodes: list[Node], uf: UnionFind, context: _Contexts) -> None:
    """Surname-only groups join the full-name group that carries that surname."""
    profiles = _profiles(nodes, uf, context)
    index: dict[str, set[int]] = defaultdict(set)
    by_initial: dict[str, set[int]] = defaultdict(set)
    for root, p in profiles.items():
        if p.givens:
            for s in p.surnames:
                index[s].add(root)
                by_initial[onset_key(s)].add(root)
    for root, p in profiles.items():
        if p.givens:
            continue
        exact = {r for s in p.surnames for r in index.get(s, ())}
        reason = "surname of"
        if not exact:
            near = {r for s in p.surnames for r in by_initial.get(onset_key(s), ())
                    if max(_sim(s, t) for t in profiles[r].surnames) >= 0.8}
            exact = {r for r in near if len(p.context & profiles[r].context) >= 1}
            reason = "surname spelt like that of"
        if not exact:
            continue
        ranked = sorted(exact, key=lambda r: (-len(p.context & profiles[r].context), r))
        if len(ranked) > 1 and len(p.context & profiles[ranked[0]].context) == \
                len(p.context & profiles[ranked[1]].context):
            continue  # two people carry this surname and nothing tells them apart
        target = ranked[0]
        shared = len(p.context & profiles[target].context)
        uf.union(target, root, 0.9, [f"{reason} a full name", f"{shared} co-occurring actors in common"])


def _sim(a: str, b: str) -> float:
    from ..extract.coref import surname_match
    return surname_match(a, b)


def _merge_organisations(nodes: list[Node], uf: UnionFind) -> None:
    by_initials: dict[str, set[int]] = defaultdict(set)
    by_short: dict[str, int] = {}
    for i, n in enumerate(nodes):
        if _name_class(n) != "group" or n.kind == "country":
            continue
        for m in n.named:
            if not is_acronym(m.name) and len(m.name.split()) > 1:
                by_initials[initials(m.name)].add(uf.find(i))
                # "Union of River States" is also written "River States Union": its acronym may be "RSU"
                head_of = re.match(r"^(?:the\s+)?([A-Z]\w+)\s+of\s+(?:the\s+)?(.+)$", m.name)
                if head_of:
                    by_initials[initials(f"{head_of.group(2)} {head_of.group(1)}")].add(uf.find(i))
        short = org_key(n.key, strip_suffix=True)
        if short and short != org_key(n.key):
            # compared transliteration-folded: "Korvale Group" ~ "Korwale"
            by_short.setdefault(folded(short), i)
    for i, n in enumerate(nodes):
        if _name_class(n) != "group" or n.kind == "country" or n.kb_id:
            continue
        acr = [m.name.replace(".", "") for m in n.named if is_acronym(m.name)]
        if acr and all(a == acr[0] for a in acr):
            roots = {uf.find(r) for r in by_initials.get(acr[0], ())} - {uf.find(i)}
            if len(roots) == 1:
                uf.union(next(iter(roots)), i, 0.95, [f"acronym {acr[0]} spells the initials of the name"])
                continue
        j = by_short.get(folded(org_key(n.key)))
        if j is not None and j != i:
            uf.union(j, i, 0.9, ["same name without a generic suffix (Group, Inc., ...)"])


def _merge_short_names(nodes: list[Node], uf: UnionFind) -> None:
    """A name that is a longer name less one word ("Border Legion" ~ "Northern Border Legion") joins it
    when it is the only such longer name in the corpus and the missing word is no state."""
    kb = get_kb()
    countries = {name_key(e.name).replace(" ", "_") for e in kb.entries.values() if e.kind == "country"}
    longer: dict[frozenset, set[int]] = defaultdict(set)
    words_of: dict[int, frozenset] = {}
    for i, n in enumerate(nodes):
        if _name_class(n) != "group" or n.kind == "country" or n.kb_id:
            continue
        words = frozenset(org_key(n.key).split())
        words_of[i] = words
        if len(words) >= 3:
            for w in words:
                if w not in countries:
                    longer[words - {w}].add(i)
    for i, words in words_of.items():
        if len(words) < 2 or kb.lookup(nodes[i].key, generic=True) is not None:
            continue
        roots = {uf.find(j) for j in longer.get(words, ())} - {uf.find(i)}
        if len(roots) == 1:
            j = next(j for j in longer[words] if uf.find(j) in roots)
            uf.union(j, i, 0.85, ["the same name less one word, and the only such name in the corpus"])


def _display_name(nodes: list[Node], kind: str, kid: str | None) -> str:
    kb = get_kb()
    if kid and kid.startswith("capital:"):
        return Counter(m.name for n in nodes for m in n.named).most_common(1)[0][0]
    if kid and kid in kb.entries and not kb.entries[kid].generic:
        return kb.entries[kid].name
    keys = Counter()
    for n in nodes:
        keys[n.key] += len(n.named) or 1
    if kind == "person":
        full = [(c, len(k.split()), k) for k, c in keys.items() if len(k.split()) > 1]
        if full:
            return max(full)[2]
    # a name as printed in a dateline ("VELMORA") only when the corpus never writes it otherwise
    return max(keys.items(), key=lambda kv: (not kv[0].isupper() or len(kv[0]) <= 5, kv[1], len(kv[0])))[0]


def _aliases(nodes: list[Node], kind: str, states: CorpusStates | None = None) -> list[str]:
    """Every surface form as written; for people also the surname of each full name ("Vrelinek"), never a bare
    state, capital or demonym (a state glued before a person's name stays the state's: "Norvania Ivo Perak")."""
    forms = {m.name for n in nodes for m in n.named}
    if kind == "person":
        forms = person_forms(forms, nodes, states or CorpusStates())
        for name in list(forms):
            pn = split_person(name)
            if pn.full and pn.surname and not pn.surname[0].islower():
                forms.add(pn.surname)
    return sorted(forms, key=lambda s: (s.lower(), s))


def _country_code(nodes: list[Node], kind: str, kid: str | None) -> str | None:
    kb = get_kb()
    if kind == "country":
        return None
    if kid and kid in kb.entries and kb.entries[kid].country:
        return kb.entries[kid].country
    votes: Counter[str] = Counter()
    for n in nodes:
        for m in n.named:
            a = m.affiliation_kb or ""
            if a.startswith("country:"):
                votes[a.split(":")[1]] += 1
            elif a in kb.entries and kb.entries[a].country:
                votes[kb.entries[a].country] += 1
    return votes.most_common(1)[0][0] if votes else None


def _build(nodes: list[Node], uf: UnionFind,
           states: CorpusStates | None = None) -> tuple[list[Actor], list[str], list[MergeEvidence]]:
    kb = get_kb()
    states = states or CorpusStates()
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(nodes)):
        groups[uf.find(i)].append(i)
    order = sorted(groups.values(), key=lambda ids: (-sum(len(nodes[i].mentions) for i in ids), nodes[ids[0]].key))
    actors: list[Actor] = []
    used: set[str] = set()
    root_actor: dict[int, Actor] = {}
    by_kb: dict[str, Actor] = {}
    by_org: dict[str, Actor] = {}
    codes: dict[str, str | None] = {}
    node_actor: list[str] = [""] * len(nodes)
    affil_text: dict[str, Counter] = {}
    for ids in order:
        members = [nodes[i] for i in ids]
        kinds = Counter()
        for n in members:
            kinds[n.kind] += len(n.named) or 1
        kids = Counter(n.kb_id for n in members if n.kb_id)
        kid = kids.most_common(1)[0][0] if kids else None
        entry = kb.entries.get(kid or "")
        kind = entry.kind if entry is not None and not entry.generic else kinds.most_common(1)[0][0]
        if kid and kid.startswith("capital:"):
            kind = "place"
        name = _display_name(members, kind, kid)
        aid = slug(name)
        n = 2
        while aid in used:
            aid = f"{slug(name)}-{n}"
            n += 1
        used.add(aid)
        roles = sorted({m.role for x in members for m in x.named if m.role and (kind, m.role) != ("country", "capital")})
        actor = Actor(id=aid, name=name, kind=kind, aliases=_aliases(members, kind, states),
                      mentions=sum(len(x.mentions) for x in members), roles=roles,
                      kb_id=kid if entry is not None and not entry.generic else None)
        actors.append(actor)
        root_actor[uf.find(ids[0])] = actor
        codes[aid] = _country_code(members, kind, kid)
        affil_text[aid] = Counter(m.affiliation for x in members for m in x.named
                                  if m.affiliation and not (m.affiliation_kb or "").startswith("country:"))
        if not affil_text[aid] and (not kid or _generic(kid)) and kind != "person":
            # "the naval staff of Morland" where its article did not know Morland: the state the corpus learned
            found = Counter(g[1] for x in members if (g := _generic_of_learned(x.key, states)) is not None)
            affil_text[aid].update(found)
        if actor.kb_id:
            by_kb.setdefault(actor.kb_id, actor)
        if kind != "person":
            for x in members:
                by_org.setdefault(org_key(x.key), actor)
                for m in x.named:
                    by_org.setdefault(org_key(m.name), actor)
        for i in ids:
            node_actor[i] = aid
    learned = learned_countries(actors, affil_text, by_org, codes, states)
    # countries: the country actor's id, created from the knowledge base when not mentioned
    for actor in list(actors):
        code = codes.get(actor.id)
        # a town the gazetteer places elsewhere that the corpus shows to be a learned state's capital is that
        # state's ("Tamra, the Norvanian capital")
        if actor.id in learned and (not code or actor.kind == "place" and name_key(actor.name) in states.capitals):
            actor.country = learned[actor.id]
            continue
        if not code:
            continue
        country = by_kb.get(f"country:{code}")
        if country is None:
            entry = kb.country(code)
            if entry is None:
                continue
            cid = slug(entry.name)
            while cid in used:
                cid += "-country"
            used.add(cid)
            country = Actor(id=cid, name=entry.name, kind="country", kb_id=entry.id)
            actors.append(country)
            by_kb[entry.id] = country
        if country is not actor:
            actor.country = country.id
    merges = _evidence(nodes, uf, root_actor)
    return actors, node_actor, merges


def _evidence(nodes: list[Node], uf: UnionFind, root_actor: dict[int, Actor]) -> list[MergeEvidence]:
    """Merge evidence for every union that joined two different names, and for within-document links."""
    out: list[MergeEvidence] = []
    seen: set[tuple[str, str, str]] = set()
    for a, b, score, reasons in uf.evidence:
        actor = root_actor[uf.find(a)]
        na, nb = nodes[a].key, nodes[b].key
        if na == nb or (actor.id, na, nb) in seen:
            continue
        seen.add((actor.id, na, nb))
        out.append(MergeEvidence(actor=actor.id, a=na, b=nb, score=round(score, 3), reasons=list(reasons)))
    for i, n in enumerate(nodes):
        actor = root_actor[uf.find(i)]
        for m in n.named:
            if m.name != n.key and (actor.id, m.name, n.key) not in seen and not m.kb_id:
                seen.add((actor.id, m.name, n.key))
                out.append(MergeEvidence(actor=actor.id, a=m.name, b=n.key, score=1.0,
                                         reasons=["same document: refers to the name introduced there"]))
    return out
