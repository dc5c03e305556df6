"""Within-document linking: which mentions of one article refer to the same actor.

- surname-only and partial names join the full name introduced in the article ("Vrelinek" -> "Tomasz Vrelinek",
  "Anis Bel Haj" -> "Anis Bel Haj Omar");
- machine-translation variants of a surname join when no exact match exists and the forms are close
  ("Dravlot" -> "Khamis Dravelot", "Brennan" -> "Ruth Brenan"), and two full names with one given name and close
  surnames are one person ("Stephen De Villano" ~ "Steven De Villano");
- acronyms join their expansion, by an explicit definition ("northern liberation front (NLF)") or by
  initials ("NLF" ~ "Northern Liberation Front");
- a short name joins the long one ("Korvath" -> "Korvath Group", generic organisation suffixes), and a bare
  head word ("the Ministry", "the Council") the last named body with that head.

Every linked mention gets the ``local_key`` of its cluster: the full name it refers to.
``resolve_pronoun`` is the helper for pronouns and descriptors ("he", "they", "the minister").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Indel

from .. import data
from ..model import Mention
# (re-exported: mentions, interview and antecedents import these from here)
from .genders import (GENDERS_KEY, PRONOUN_GENDER, STRONG_KEY, is_person_noun, person_genders,  # noqa: F401
                      pronoun_fits, strong_keys, strong_person)
from .kb import fold
from .names import given_key, initials, is_acronym, lexicon, org_key, same_onset, split_person, surname_key, translit

# A surname variant is accepted when no exact match exists and the similarity reaches this.
SURNAME_FUZZY = 0.72
MIN_FUZZY_LEN = 4
# A swapped first sound (Zh/Sh/J/Z/S) is only considered in names this long, and costs this much similarity.
ONSET_SWAP_LEN = 6
ONSET_SWAP_COST = 0.08
ORG_KINDS = ("organization", "government", "armed_group", "media")
GROUP_KINDS = ("organization", "government", "armed_group", "media", "country")
PRONOUN_KINDS = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person",
                 "hers": "person", "they": "group", "them": "group", "their": "group", "it": "group",
                 "its": "group"}



def similarity(a: str, b: str) -> float:
    """Normalised Indel similarity (rapidfuzz) of two folded strings, 0..1."""
    return Indel.normalized_similarity(a, b)


def surname_match(a: str, b: str) -> float:
    """How well two folded surname keys match: 1 exact, prefix forms (truncation, inflection), else similarity.

    Spellings are also compared in their transliteration-folded form ("-off" ~ "-ov", "Zh" ~ "J", "w" ~ "v"),
    so one name written by different transliteration schemes or machine translation still matches.
    """
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 3:
        return 0.9
    if min(len(a), len(b)) < MIN_FUZZY_LEN:
        return 0.0
    ta, tb = translit(a), translit(b)
    if len(ta) >= MIN_FUZZY_LEN and ta == tb:
        return 0.92
    score = similarity(a, b) if a[0] == b[0] else 0.0
    if ta[:1] == tb[:1]:
        score = max(score, similarity(ta, tb))
    elif same_onset(ta, tb) and min(len(ta), len(tb)) >= ONSET_SWAP_LEN:
        # one sound written with different letters ("Zh"/"Sh"/"J"): the rest must carry the match
        score = max(score, similarity(ta[1:], tb[1:]) - ONSET_SWAP_COST)
    return score


@dataclass
class PersonCluster:
    key: str
    given: str | None
    surnames: set[str] = field(default_factory=set)
    tokens: set[str] = field(default_factory=set)
    first_pos: int = 0
    roles: set[str] = field(default_factory=set)   # role heads of its full-name mentions


def _join_full(clusters: list[PersonCluster], m: Mention) -> PersonCluster | None:
    pn = split_person(m.name)
    g, s = given_key(pn.given), surname_key(pn.surname)
    tokens = {t.lower() for t in pn.tokens}
    best, best_score = None, 0.0
    for c in clusters:
        if c.given is not None and g != c.given:
            # "Anis Bel Haj" inside "Anis Bel Haj Omar": a shorter form of the same name
            if not (tokens <= c.tokens and pn.tokens and pn.tokens[0].lower() in c.tokens):
                continue
            return c
        score = max((surname_match(s, cs) for cs in c.surnames), default=0.0)
        if tokens <= c.tokens or c.tokens <= tokens:
            score = max(score, 0.95)
        elif s not in c.surnames and m.role and c.roles and not _roles_fit(m.role, c.roles):
            continue  # "Peter Dalen, a diplomat, and Peter Dahlen, a reporter": two people, not two spellings
        if score > best_score:
            best, best_score = c, score
    return best if best_score >= SURNAME_FUZZY else None


def _roles_fit(role: str, heads: set[str]) -> bool:
    """Can one person hold a role and the role heads of a cluster (``resolve.aliases.roles_compatible``)?"""
    from ..resolve.aliases import roles_compatible   # the corpus' rule (resolve imports this package)
    return roles_compatible({role.split()[-1]}, heads)


def _join_single(clusters: list[PersonCluster], m: Mention) -> PersonCluster | None:
    s = surname_key(m.name)
    low = m.name.lower()
    exact = [c for c in clusters if s in c.surnames or low in c.tokens]
    if exact:
        # the nearest one introduced before the mention, else the first one after it
        before = [c for c in exact if c.first_pos <= m.start]
        return max(before, key=lambda c: c.first_pos) if before else min(exact, key=lambda c: c.first_pos)
    scored = [(max(surname_match(s, cs) for cs in c.surnames), c) for c in clusters if c.surnames]
    scored = [(sc, c) for sc, c in scored if sc >= SURNAME_FUZZY + 0.05]
    if not scored:
        return None
    scored.sort(key=lambda x: (-x[0], abs(x[1].first_pos - m.start)))
    if len(scored) > 1 and scored[0][0] - scored[1][0] < 0.05 and scored[0][1] is not scored[1][1]:
        return None  # two people fit equally well: do not guess
    return scored[0][1]


@lru_cache(maxsize=1)
def _org_name_words() -> frozenset[str]:
    return frozenset(data.load("institutions.yaml").get("name_words", []))


def fix_person_kinds(mentions: list[Mention], places: set[int] = frozenset()) -> None:
    """spaCy's small model often calls a person an organisation: trust the person reading within the document.

    A one-word "organisation" (no kb entry, no organisation word) that is, or closely spells, the surname of a
    person named in the document is that person ("Dravlan's forces" after "Khamis Dravelot"). Names the syntax
    showed to be places (``places``: start offsets) stay places.
    """
    lex = lexicon()
    surnames: set[str] = set()
    words: set[str] = set()
    for m in mentions:
        if m.kind == "person":
            surnames.add(surname_key(split_person(m.name).surname))
            words.update(w.lower() for w in m.name.split())
    for m in mentions:
        if m.kind not in ("organization", "place") or m.kb_id is not None or m.affiliation_kb or m.start in places:
            continue
        names = m.name.split()
        if any(fold(w) in lex.org_suffixes or fold(w) in _org_name_words() for w in names):
            continue
        if all(w.lower() in words for w in names) or (
                len(names) == 1 and max((surname_match(surname_key(m.name), s) for s in surnames), default=0) >= 0.77):
            m.kind = "person"
            m.label = "PERSON"


def link_persons(mentions: list[Mention]) -> None:
    """Set ``local_key`` of person mentions to the full name of the person they refer to (in place)."""
    persons = [m for m in mentions if m.kind == "person" and not m.pronoun]
    clusters: list[PersonCluster] = []
    for m in sorted((m for m in persons if len(m.name.split()) > 1), key=lambda m: m.start):
        c = _join_full(clusters, m)
        pn = split_person(m.name)
        if c is None:
            c = PersonCluster(key=m.name, given=given_key(pn.given), first_pos=m.start)
            clusters.append(c)
        c.surnames.add(surname_key(pn.surname))
        c.tokens.update(t.lower() for t in pn.tokens)
        if m.role:
            c.roles.add(m.role.split()[-1])
        m.local_key = c.key
    singles = sorted((m for m in persons if len(m.name.split()) == 1), key=lambda m: m.start)
    for m in singles:
        c = _join_single(clusters, m)
        if c is None:
            c = PersonCluster(key=m.name, given=None, first_pos=m.start)
            clusters.append(c)
        # a linked variant is matched exactly next time ("General Dravelot" ... "Dravelot said")
        c.surnames.add(surname_key(m.name))
        c.tokens.add(m.name.lower())
        m.local_key = c.key


def find_definitions(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Acronyms defined in the text: "northern liberation front (NLF)" and "NLF (Northern Liberation ...)".

    text (str): the document text.
    mentions (list[Mention]): its mentions in text order.
    RETURNS (dict[str, str]): acronym -> the name it stands for.
    """
    out: dict[str, str] = {}
    for m in mentions:
        if m.kind == "person":
            continue
        after = re.match(r"\s*\(\s*([A-Z][A-Za-z.]{1,9})\s*\)", text[m.end:m.end + 16])
        if after and not is_acronym(m.name):
            acr = after.group(1).replace(".", "")
            if _initials_fit(acr, m.name) or _initials_close(acr, m.name):
                out.setdefault(acr, m.local_key or m.name)
        elif is_acronym(m.name):
            expansion = re.match(r"\s*\(\s*([^()]{6,80})\)", text[m.end:m.end + 90])
            if expansion and _initials_fit(m.name.replace(".", ""), expansion.group(1)):
                out.setdefault(m.name.replace(".", ""), expansion.group(1).strip())
    return out


def initials_spell(acr: str, name: str) -> bool:
    """Does an acronym spell a name's initials (one inner initial may be left out: "KPA" ~ "K... Central Press
    Agency")?"""
    return _initials_fit(acr, name) or _initials_close(acr, name)


def _initials_fit(acr: str, name: str) -> bool:
    """Do the acronym's letters spell the initials of the name (stop words optional)?"""
    acr = acr.upper()
    full = re.sub(r"[^A-Za-z\s\-]", " ", name).split()
    letters = initials(name)
    return letters == acr or "".join(w[0].upper() for w in full) == acr or (
        len(acr) >= 3 and letters.endswith(acr) and len(letters) - len(acr) <= 1)


def _initials_close(acr: str, name: str) -> bool:
    """An explicit "(ACR)" after a translated name whose words changed but not their number ("Western
    Border Legion (WFL)" for "Western Frontier Legion"): same length, same first and last letter, one letter off."""
    acr, letters = acr.upper(), initials(name)
    if len(acr) < 3 or len(letters) != len(acr) or letters[0] != acr[0] or letters[-1] != acr[-1]:
        return False
    return sum(a != b for a, b in zip(acr, letters)) <= 1


def _drops_one(acr: str, letters: str) -> bool:
    """Is the acronym the initials less one inner letter ("KPA" of "KCPA"), first and last kept?"""
    if len(acr) < 3 or len(letters) != len(acr) + 1 or acr[0] != letters[0] or acr[-1] != letters[-1]:
        return False
    return any(letters[:i] + letters[i + 1:] == acr for i in range(1, len(letters) - 1))


def link_organisations(text: str, mentions: list[Mention]) -> None:
    """Join acronyms to expansions and short organisation names to longer ones (in place)."""
    defs = find_definitions(text, mentions)
    orgs = [m for m in mentions if m.kind in GROUP_KINDS and not m.pronoun]
    by_initials: dict[str, set[str]] = {}
    by_key: dict[str, str] = {}
    for m in orgs:
        if not is_acronym(m.name) and len(m.name.split()) > 1:
            by_initials.setdefault(initials(m.name), set()).add(m.local_key or m.name)
            by_key.setdefault(org_key(m.name, strip_suffix=True), m.local_key or m.name)
    for m in orgs:
        acr = m.name.replace(".", "") if is_acronym(m.name) else None
        if m.kb_id and not m.kb_id.startswith("shape:") and not (acr in defs and _redefined(m, defs[acr], orgs)):
            continue
        if acr is not None:
            if acr in defs:
                m.local_key = _key_for(defs[acr], orgs)
            elif len(by_initials.get(acr, ())) == 1:
                m.local_key = next(iter(by_initials[acr]))
            else:
                # "KPA" beside "K... Central Press Agency": one initial left out, the name unique in the article
                near = {k for letters, keys in by_initials.items() if _drops_one(acr, letters) for k in keys}
                if len(near) == 1:
                    m.local_key = near.pop()
            continue
        key = by_key.get(org_key(m.name, strip_suffix=True))
        if key and len(m.name.split()) == 1:
            m.local_key = key
            continue
        if len(m.name.split()) == 1 and m.name.lower() in _heads():
            # "the Ministry said", "the Council": the last named body with that head word
            before = [o for o in orgs if o.end <= m.start and len(o.name.split()) > 1 and
                      m.name.lower() in o.name.lower().split()]
            if before:
                last = max(before, key=lambda o: o.start)
                m.local_key, m.kind = last.local_key or last.name, last.kind
                m.kb_id, m.affiliation, m.affiliation_kb = last.kb_id, last.affiliation, last.affiliation_kb


def _redefined(m: Mention, expansion: str, orgs: list[Mention]) -> bool:
    """Does the article define a knowledge-base acronym as something else ("the National Revolutionary
    Council (NRC)" is not the NRC the knowledge base knows)? Then the article's definition wins: the mention
    takes the expansion's reading (in place) and is linked like any acronym."""
    k = org_key(expansion)
    full = next((o for o in orgs if o is not m and org_key(o.name) == k), None)
    kb_id = full.kb_id if full is not None else None
    if kb_id == m.kb_id:
        return False
    m.kb_id = kb_id
    if full is not None:
        m.kind, m.affiliation, m.affiliation_kb = full.kind, full.affiliation, full.affiliation_kb
    return True


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """Head words a body is called by for short after its full name ("the Ministry", "the Council"; an
    outlet's last word: "the Ledger" after "the Orville Ledger")."""
    inst = data.load("institutions.yaml")
    return frozenset(inst.get("short_heads", [])) | frozenset(w.lower() for w in inst.get("media_heads", []))


def _key_for(name: str, orgs: list[Mention]) -> str:
    """The local key of the mention spelled like ``name`` (same org key), else the name itself."""
    k = org_key(name)
    for m in orgs:
        if org_key(m.name) == k:
            return m.local_key or m.name
    return name


# -- pronouns and descriptors -------------------------------------------------------------------------
def resolve_pronoun(mentions: list[Mention], pos, kind: str = "person", *, pronoun: str | None = None,
                    max_sentences: int = 3) -> Mention | None:
    """The mention a pronoun or descriptor refers to: the last compatible named mention before it.

    mentions (list[Mention]): the document's mentions (any order).
    pos (int | Token | Span): where the pronoun is (a character offset into Document.text, or a spaCy token/span).
    kind (str): "person" (he/she, "the minister") or "group" (they/it: organisations, governments, countries).
        A role word ("minister", "general") narrows persons to those whose role contains it.
    pronoun (str | None): the pronoun as written; when given it decides ``kind`` ("they" -> "group").
    max_sentences (int): how far back to look (sentences, when the mentions carry sentence numbers).
    RETURNS (Mention | None): the antecedent (not a pronoun itself), or None.
    """
    char = getattr(pos, "idx", None)
    if char is None:
        char = getattr(pos, "start_char", pos)
    role = None
    if pronoun:
        kind = PRONOUN_KINDS.get(pronoun.lower(), kind)
    elif kind not in ("person", "group") and kind not in GROUP_KINDS:
        role, kind = kind.lower(), "person"
    kinds = ("person",) if kind == "person" else (GROUP_KINDS if kind == "group" else (kind,))
    before = [m for m in mentions if m.end <= char and not m.pronoun and m.kind in kinds]
    if not before:
        return None
    before.sort(key=lambda m: m.start)
    last_sentence = before[-1].sentence
    doc = getattr(pos, "doc", None)
    for m in reversed(before):
        if last_sentence - m.sentence > max_sentences:
            break
        if role and not (m.role and role in m.role):
            continue
        if pronoun and not pronoun_fits(pronoun, m, doc, char):
            continue  # "she" is not the man named last
        return m
    return None
