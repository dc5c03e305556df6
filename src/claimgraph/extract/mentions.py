"""Actor mentions in one document.

Candidates are spaCy's entities, which the knowledge-base ruler (``nlp/ruler.py``) has already fixed where
it knows a name. Each candidate is split and trimmed (``spans.py``), checked for page furniture, given a
kind (knowledge base first, then the entity label and the words of the name), a role and affiliation for
people (``roles.py``) and a country for institutions and places. Capitals are read as their country where
the sentence uses them as an actor ("Nairobi said") and as places where it uses them as a location ("in
Nairobi"). Last, mentions of one actor are linked within the document (``coref.py``): ``local_key`` is the
full name each mention refers to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from .. import data
from ..model import Document, Mention
from .acronyms import defined_acronyms
from .bare_bodies import bare_institutions
from .coref import (GENDERS_KEY, STRONG_KEY, fix_person_kinds, link_organisations, link_persons, person_genders,
                    strong_keys)
from .facilities import place_heads
from .kb import fold, get_kb
from .names import lexicon
from .mtnames import (generic_of_next, given_before, local_outlets, mark_medium_uses, names_before_of,
                      head_before_person, state_before_person, unlink_state_words)
from .roles import RoleInfo, apposition_after, apposition_before, ministers_of_ministries, read_roles, title_before
from .descriptors import descriptor_mentions
from .rulers import ruler_mentions
from .spans import BYLINE, Piece, clean_name, is_junk, organ_end, split_entity, trim
from .locations import cities, is_locative, place_country, place_use
from .missed import media_heads, names_next_to_titles, possessed_institutions, repeated_names, untagged_names
from .stateforms import state_phrases
from .dubbed import dubbed_groups
from .ownoutlet import own_outlet
from .possessors import apply_owners
from .states import STATES_KEY, StateFacts, learn_states, looks_like_demonym, of_state
from .tokens import tokens
from .uses import actor_use, dateline, person_in_apposition, state_after, title_only

LABELS = ("PERSON", "GPE", "NORP", "ORG", "LOC", "FAC")
LABEL_KIND = {"PERSON": "person", "GPE": "place", "ORG": "organization", "LOC": "place", "FAC": "place"}


@lru_cache(maxsize=1)
def _kind_words() -> dict[str, set[str]]:
    inst = data.load("institutions.yaml")
    return {**{k: set(v) for k, v in inst.get("kind_words", {}).items()}, "media_leads": set(inst.get("media_leads", []))}


@lru_cache(maxsize=65536)
def _org_kind(name: str) -> str:
    # (cached: a pure function of the name, asked again for every mention of it; it tries every kind word)
    # "Norvania-Press": the words of a hyphenated name count too
    words = [w.strip(".,") for w in re.split(r"[\s\-]+", fold(name)) if w.strip(".,")]
    kinds = _kind_words()
    for kind in ("armed_group", "government", "media"):
        if words and (words[-1] in kinds.get(kind, ()) or any(" " in k and k in fold(name) for k in kinds[kind])):
            return kind
    if len(words) > 1 and words[0] in kinds.get("media_leads", ()):
        return "media"  # "Radio Norvania"
    if any(w in kinds.get("armed_group", ()) for w in words):
        return "armed_group"
    return "organization"


def _country_before(doc: Doc, start: int) -> str | None:
    """Country named right before a span: "Peru's foreign ministry", "the Chadian interior ministry"."""
    kb = get_kb()
    i = start - 1
    if i >= 0 and doc[i].text in ("'s", "\u2019s"):
        i -= 1
    if i >= 0 and doc[i].lower_ in ("based", "led") and i >= 2 and doc[i - 1].text in ("-", "\u2013"):
        i -= 2
    if i < 0:
        return None
    ent = tokens(doc).ents[i]
    text = doc[ent[0]:ent[1]].text if ent is not None else doc[i].text
    return kb.country_of_text(text) or kb.demonym_country(doc[i].text)


def _country_after(doc: Doc, end: int) -> str | None:
    """Country named right after a span: "Ministry of Defence of Peru", "Government of Chad"."""
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        j = end + 1 + (doc[end + 1].lower_ == "the")
        ent = tokens(doc).ents[j] if j < len(doc) else None
        if ent is not None and ent[0] == j:
            return get_kb().country_of_text(doc[ent[0]:ent[1]].text)
    return None


def _pieces(document: Document, doc: Doc, facts: StateFacts | None = None) -> list[Piece]:
    """Every cleaned candidate span in text order."""
    facts = facts or StateFacts()
    kb = get_kb()
    lex = lexicon()
    pieces: list[Piece] = []
    covered = 0     # the last token an entity was widened over ("the Royal Navy" + "of Morland")
    for ent in tokens(doc).ent_spans:
        if ent.label_ not in LABELS or ent.start < covered:
            continue
        end_tok = ent.end
        start_tok = ent.start
        if ent.label_ == "ORG" and start_tok > 0 and re.fullmatch(r"\d+(st|nd|rd|th)", doc[start_tok - 1].text):
            start_tok -= 1  # "the 4th Army Brigade": the unit's number belongs to its name
        # "the Korvath group": the generic suffix belongs to the name
        if ent.label_ == "ORG" and end_tok < len(doc) and doc[end_tok].lower_ in lex.org_suffixes \
                and doc[end_tok].is_lower:
            end_tok += 1
        ent_label, start_tok = ("PERSON", start_tok - 1) if given_before(doc, start_tok, end_tok, ent.label_, facts) \
            else (ent.label_, start_tok)   # "Mirela Vostrova said" where the model tagged only "Vostrova"
        covered = end_tok = generic_of_next(doc, start_tok, end_tok) if ent.label_ == "ORG" else end_tok
        if (head := head_before_person(doc, start_tok, end_tok, ent.label_)) is not None:
            # MT "the representative of the Front Oren Madak": the body's head word, then the person
            ent_label, start_tok = "PERSON", head
            name, full = clean_name(doc[start_tok].text)
            pieces.append(Piece(start_tok, start_tok + 1, doc[start_tok].idx, doc[start_tok].idx + len(doc[start_tok]),
                                "ORG", None, name, full, serves_next=True))
            start_tok += 1
        elif state_before_person(doc, start_tok, end_tok, ent.label_, facts):
            # MT "the minister of the defence of Kadrowia Oskar Lindkvist": the place, then the person (the model
            # may read a longer chain, "the deputy of minister of interior of Tarvania Ivo Perak", as an ORG)
            ent_label = "PERSON"
            name, full = clean_name(doc[start_tok].text)
            pieces.append(Piece(start_tok, start_tok + 1, doc[start_tok].idx, doc[start_tok].idx + len(doc[start_tok]),
                                "GPE", None, name, full, serves_next=True))
            start_tok += 1
        ent_id = ent.ent_id_
        if ent_id.startswith("body:") and organ_end(doc, end_tok) > end_tok:
            # "the African Union Panel of Experts": an organ named after a body's full name
            end_tok, ent_id = organ_end(doc, end_tok), "shape:body_organ"
        parts = split_entity(doc, start_tok, end_tok)
        owner_index = None
        for s, e, possesses in parts:
            s, e, stripped = trim(doc, s, e, ent_label)
            if s >= e:
                continue
            cut = of_state(doc, s, e, facts) if ent_label in ("ORG", "GPE", "FAC") and \
                ent.ent_id_ != "shape:state_institution" else None
            if cut is not None:
                # the institution, then its state, which owns it (gives it its country)
                inst, state = doc[s:cut[0]], doc[cut[1]:cut[2]]
                name, full = clean_name(inst.text)
                pieces.append(Piece(s, cut[0], inst.start_char, inst.end_char, "ORG", None, name, full))
                name, full = clean_name(state.text)
                entry = kb.lookup(name)
                piece = Piece(cut[1], cut[2], state.start_char, state.end_char, "GPE", entry.id if entry else None,
                              name, full)
                piece.owner_of = len(pieces) - 1
                pieces.append(piece)
                continue
            span = doc[s:e]
            name, full = clean_name(span.text)
            kid = (ent_id or None) if len(parts) == 1 else None
            label = ent_label
            if kid is None:
                entry = kb.lookup(name)
                kid = entry.id if entry else None
            piece = Piece(s, e, span.start_char, span.end_char, label, kid, name, full, stripped)
            if owner_index is not None:
                pieces[owner_index].owner_of = len(pieces)
                owner_index = None
            if possesses:
                owner_index = len(pieces)
            pieces.append(piece)
    pieces.extend(names_next_to_titles(doc, LABELS))
    pieces.extend(untagged_names(doc, pieces, facts))
    pieces.sort(key=lambda p: p.start)
    return _split_hyphen_pairs(document.text, doc, pieces)


def _split_hyphen_pairs(text: str, doc: Doc, pieces: list[Piece]) -> list[Piece]:
    """ "Dravlen-Ostrik ties": two names joined by a hyphen, each found elsewhere in the text, are two mentions."""
    out: list[Piece] = []
    for p in pieces:
        parts = p.name.split("-")
        if len(parts) == 2 and all(len(x) >= 3 and x[0].isupper() and x[1:].islower() for x in parts) and \
                all(text.count(x) >= 2 for x in parts) and not get_kb().lookup(p.name):
            cut = p.start_char + len(parts[0])
            out.append(Piece(p.start, p.end, p.start_char, cut, "PERSON", None, parts[0], parts[0]))
            out.append(Piece(p.start, p.end, cut + 1, p.end_char, "PERSON", None, parts[1], parts[1]))
        else:
            out.append(p)
    return out


def find_mentions(document: Document, doc: Doc) -> list[Mention]:
    """Find, clean, type and link the actor mentions of one document.

    document (Document): the cleaned document (offsets point into ``document.text``).
    doc (Doc): ``document.text`` parsed by ``claimgraph.nlp.load_nlp()``.
    RETURNS (list[Mention]): mentions in text order, ids ``{doc}:m{n}``; ``local_key`` links the mentions of one
        actor within the document; ``kb_id`` is set for knowledge-base hits.
    """
    text = document.text
    # each token's sentence, from the token table's sentence starts as ``doc.sents`` splits them (a new sentence at
    # every later token flagged as a start), not a Token per position
    sentence_of = {}
    n = 0
    for i, start in enumerate(tokens(doc).sent_start):
        if i and start:
            n += 1
        sentence_of[i] = n
    # the raw opening keeps the masthead and dateline lines the cleaner moved into metadata
    facts = learn_states(doc, (document.raw_text or "")[:400] or None)
    doc.user_data[STATES_KEY] = facts
    pieces = _pieces(document, doc, facts)
    ctx = _Context(countries={p.kb_id.split(":")[1] for p in pieces if p.kb_id and p.kb_id.startswith("country:")},
                   states=facts,
                   person_words={w for p in pieces if p.label == "PERSON" and " " in p.name for w in p.name.split()},
                   bodies={p.kb_id for p in pieces if p.kb_id and p.kb_id.startswith("body:")})
    out: list[Mention] = []
    index_of: dict[int, int] = {}
    # names of bylines (also the ones the cleaner moved out of the text): the author's signature line later ("X
    # writes on ...") is no actor either
    authors = set(BYLINE.findall((document.raw_text or "")[:600]))
    for k, p in enumerate(pieces):
        label = "shape" if p.kb_id in ("shape:government", "shape:national_body", "shape:state_institution") \
            else p.label
        if (why := is_junk(text, p.name, p.start_char, p.end_char, label)) is not None:
            authors |= {p.name} if why == "byline" and " " in p.name else set()
            continue
        m = _typed(document, doc, p, ctx)
        if m is None or m.name in authors and m.kind == "person":
            continue
        m.sentence = sentence_of.get(p.start, 0)
        index_of[k] = len(out)
        out.append(m)
    apply_owners(pieces, index_of, out, text)
    fix_person_kinds(out, ctx.place_uses)
    out.extend(dubbed_groups(doc, out, sentence_of, document.id))  # "the hacker group X", "a group it calls X"
    out.extend(repeated_names(doc, out, sentence_of, LABELS))
    out.extend(possessed_institutions(doc, out, sentence_of))
    out.extend(bare_institutions(doc, out, sentence_of))  # "the port authority said" (the one state's)
    out.extend(place_heads(doc, out, sentence_of))  # "Dalmek province", "the Sorvik copper mine", "mine Sorvik"
    ministers_of_ministries(out)
    link_persons(out)
    unlink_state_words(out, {e.text for e in tokens(doc).ent_spans if e.label_ in ("GPE", "NORP", "LOC")}, facts)
    out.extend(defined_acronyms(doc, out, sentence_of))  # "the Military Council ... (MCNS)", "the MCNS said"
    link_organisations(text, out)
    local_outlets(out)      # "the Times" in an article that names "the Vestra Times" is that outlet
    names_before_of(out, text)  # "the Border Command" after "the Border Command of the X Armed Forces"
    # the article's own outlet: its masthead in capitals, "the Review" for "the X Security Review"
    out.extend(own_outlet(document, doc, out, sentence_of))
    out.extend(descriptor_mentions(doc, out, sentence_of, document.id))  # "federal troops", "the separatists"
    out.extend(ruler_mentions(doc, out, sentence_of))  # "the junta" of the one ruling body the article names
    out.extend(state_phrases(doc, out, facts, document.id))  # "the Norvanian side": an alias of the state
    out.extend(descriptor_mentions(doc, out, sentence_of, document.id, government=True))  # "government forces"
    mark_medium_uses(doc, out)  # "told Travesk": a bare name used as a medium (may be an outlet's)
    doc.user_data[GENDERS_KEY] = person_genders(text, out)
    doc.user_data[STRONG_KEY] = strong_keys(out, text)      # whom he/she can stand for (coref.pronoun_fits)
    out.sort(key=lambda m: (m.start, m.end))
    for n, m in enumerate(out):
        m.id = f"{document.id}:m{n}"
    return out


@dataclass
class _Context:
    """What typing one mention needs to know about its document."""

    countries: set[str]          # ISO codes of the known countries it names
    states: StateFacts           # states, demonyms and capitals learned from it
    person_words: set[str]       # words of the multi-word person names in it
    place_uses: set[int] = field(default_factory=set)  # start offsets of names the syntax shows to be places
    bodies: set[str] = field(default_factory=set)      # kb ids of the international bodies it names


def _typed(document: Document, doc: Doc, p: Piece, ctx: _Context) -> Mention | None:
    """Kind, kb id, local key, role and affiliation of one cleaned candidate (None: not an actor)."""
    kb = get_kb()
    doc_countries, facts = ctx.countries, ctx.states
    span = doc[p.start:p.end]
    m = Mention(id="", doc=document.id, start=p.start_char, end=p.end_char, text=document.text[p.start_char:p.end_char],
                name=p.name, label=p.label, local_key=p.full)
    kid = p.kb_id
    entry = kb.entries.get(kid) if kid and ":" in kid and not kid.startswith(("capital:", "seat:", "shape:")) else None
    if kid is None:
        entry = kb.lookup(p.name)
        kid = entry.id if entry else None
    if kid and kid.startswith("seat:"):
        entry = kb.country(kid.split(":")[1])
        kid = entry.id
    if entry is None and not (kid or "").startswith("capital:") and kb.capital_country(p.name) is None:
        learned = _learned(doc, p, span, m, facts)
        if learned is not None:
            return learned
        if dateline(span):
            m.kind, m.label = "place", "GPE"  # where the article was filed, whatever the model read
            return m
    capital = kb.capital_country(p.name) if p.label == "GPE" and (entry is None) else None
    if kid and kid.startswith("capital:"):
        capital, entry, kid = kid.split(":")[1], None, None
    if capital:
        if is_locative(span) or dateline(span):
            m.kind, m.kb_id = "place", f"capital:{capital}"
            m.affiliation, m.affiliation_kb = kb.country(capital).name, f"country:{capital}"
        elif capital not in doc_countries and kb.seated_body(p.name, ctx.bodies) is not None:
            body = kb.seated_body(p.name, ctx.bodies)  # "Brussels warned" in a story about the EU
            m.kind, m.kb_id, m.local_key = body.kind, body.id, body.name
        else:
            country = kb.country(capital)
            m.kind, m.kb_id, m.local_key = "country", country.id, country.name
        return m
    if p.label == "NORP":
        code = kb.demonym_country(p.name.split()[-1]) or kb.demonym_country(p.name)
        if code:
            country = kb.country(code)
            m.kind, m.kb_id, m.local_key = "country", country.id, country.name
            return m
        # a "nationality" the model did not know may be a town used as a place ("the shelling of X") or a
        # person's name next to a title ("the UN envoy, X Y,"); else it is a group of people ("Arab", "Western")
        words = p.name.split()
        if len(words) == 1 and p.name in ctx.person_words:
            p.label = "PERSON"  # the surname of a person the article names in full
        elif len(words) == 1 and not looks_like_demonym(p.name) and place_use(span):
            p.label = "GPE"
        elif len(words) > 1 and all(w[:1].isupper() and not kb.demonym_country(w) and not facts.demonym(w)
                                    for w in words) and read_roles(doc, p.start, p.end)[0].role:
            p.label = "PERSON"
        else:
            return None
    if entry is not None and entry.kind == "country" and p.label != "PERSON":
        m.kind, m.kb_id, m.local_key = "country", entry.id, entry.name
        return m
    if entry is not None and not entry.generic:
        m.kind, m.kb_id, m.local_key = entry.kind, entry.id, entry.name
        if entry.country:
            m.affiliation, m.affiliation_kb = kb.country(entry.country).name, f"country:{entry.country}"
        if entry.parent:
            m.affiliation, m.affiliation_kb = kb.entries[entry.parent].name, entry.parent
        return m
    generic = kb.lookup(p.name, generic=True)
    if title_only(span, facts) and not generic and p.kb_id != "shape:media":
        return None  # "Defense" of "Defense Minister X", "Norvanian Defence", "Minister of Foreign Affairs"
    if entry is None and generic is None and " " not in p.name and not p.stripped_title and \
            p.name not in ctx.person_words and p.label != "NORP" and place_use(span):
        p.label = "GPE"  # a name the model took for a person or body, used as a location ("registered in X")
        ctx.place_uses.add(m.start)
    if p.label == "PERSON" and (_organisation_name(p.name) or p.name in media_heads() and p.start > 0 and
                                doc[p.start - 1].lower_ == "the"):
        p.label = "ORG"  # "the X Courier", "X Wire": an outlet's or a group's name the model took for a person
    if p.label in ("LOC", "FAC") and any(fold(w) in _name_words() for w in p.name.split()) or \
            p.label == "GPE" and " " not in p.name and fold(p.name) in _name_words():
        p.label = "ORG"  # "the Northern Lakes Policy Centre"; "The Ministry warns" the model read as a place
    if p.label == "PERSON" or (p.stripped_title and p.label in ("ORG", "FAC", "GPE")):
        m.kind = "person"
        info, _ = read_roles(doc, p.start, p.end)
        _set_role(m, info)
        return m
    if p.label == "ORG" and generic is None and _looks_personal(doc, p):
        m.kind, m.label = "person", "PERSON"
        info, _ = read_roles(doc, p.start, p.end)
        _set_role(m, info)
        return m
    if p.label == "ORG" and generic is None and _org_kind(p.name) == "organization" and \
            fold(p.name) in cities() and not any(fold(w) in _name_words() for w in p.name.split()):
        p.label = "GPE"  # "Mersa Tavel": spaCy's small model often calls a town an organisation
    if p.label in ("GPE", "LOC") and generic is None and person_in_apposition(doc, p):
        m.kind, m.label = "person", "PERSON"  # "The President of X, Aleksa Vrana, said" read as a place
        info, _ = read_roles(doc, p.start, p.end)
        _set_role(m, info)
        return m
    if p.label in ("GPE", "LOC", "FAC") and generic is None:
        m.kind = "place"
        if p.label == "GPE" and actor_use(span):
            # "Velmora accused Dernik": a city that is no known capital, used as an actor (a town the gazetteer
            # knows may be an invented state's capital too); the corpus may know whose capital it is
            # (resolve/kinds.py), else it stays a name of unknown kind
            m.kind = "other"
            return m
        code = place_country(p.name, doc_countries) if p.label == "GPE" else None
        if code and kb.country(code):
            m.affiliation, m.affiliation_kb = kb.country(code).name, f"country:{code}"
        return m
    # organisations, governments, armed groups, media
    code = _country_before(doc, p.start) or _country_after(doc, p.end)
    first = p.name.split()[0]
    code = code or kb.demonym_country(first) or (kb.country_of_text(first) if len(p.name.split()) > 1 else None)
    state = None if code else _state_before(doc, p, facts) or state_after(doc, p.end, facts)
    # the body an organ is named after, by its longest leading name ("UN", "African Union")
    lead = next((e for k in range(len(p.name.split()) - 1, 0, -1)
                 if (e := kb.lookup(" ".join(p.name.split()[:k]))) is not None), None)
    if lead is not None and lead.id.startswith("body:") and p.kb_id == "shape:body_organ":
        m.affiliation, m.affiliation_kb = lead.name, lead.id  # "UN Panel of Experts" belongs to the UN
    named_state = bool(kb.demonym_country(first) or facts.demonym(first))  # "the Norvanian Foreign Ministry"
    if generic is None and len(p.name.split()) > 1:
        # a state's adjective, then a generic institution; or "the army of Norvania"
        if state is None and code is None:
            state = facts.demonym(first) or facts.state_named(first)
        if named_state or state is not None or p.kb_id == "shape:state_institution" and looks_like_demonym(first):
            # only a generic institution: "the Norvanian Telegraph" is no branch of the British paper
            generic = _generic_entry(p.name.split(" ", 1)[1])
        of = re.match(r"^(.+?) of (?:the )?(.+)$", p.name)
        if state is None and code is None and of and facts.state_named(of.group(2)) is not None:
            generic, state = _generic_entry(of.group(1)), facts.state_named(of.group(2))
    if p.kb_id == "shape:government":
        m.kind = "government"
    else:
        m.kind = _org_kind(p.name)
    if generic is not None:
        if code is None and state is None and not p.name[0].isupper():
            return None
        m.kb_id = generic.id
        if generic.kind != "organization":
            m.kind = generic.kind  # "the Norvanian army": an armed group
        owner = kb.country(code).name if code else state.name if state is not None else None
        if owner and not named_state and owner not in p.name:
            m.local_key = f"{p.name} ({owner})"
    if code and kb.country(code):
        m.affiliation, m.affiliation_kb = kb.country(code).name, f"country:{code}"
    elif state is not None:
        m.affiliation = state.name
    elif generic is not None and looks_like_demonym(first):
        m.affiliation = first  # a demonym this article does not explain: the corpus may ("Norvanian")
    return m


def _learned(doc: Doc, p: Piece, span: Span, m: Mention, facts: StateFacts) -> Mention | None:
    """A mention of a state the document taught us (its name, or its capital): typed, or None."""
    kb = get_kb()
    # a learned state's name, or its demonym used alone ("the Norvanians", "Norvanian" tagged as a place):
    # the state, as a known country's demonym is
    ref = facts.state_named(p.name) or facts.demonym(p.name)
    if ref is not None:
        m.kind, m.label, m.local_key = "country", "GPE", ref.name
        return m
    ref = facts.capital(p.name)
    if ref is None:
        return None
    country = kb.country(ref.code)
    if is_locative(span) or dateline(span):
        m.kind, m.label, m.role = "place", "GPE", "capital"
        m.affiliation = country.name if country else ref.name
        m.affiliation_kb = country.id if country else None
    elif country is not None:
        m.kind, m.label, m.kb_id, m.local_key = "country", "GPE", country.id, country.name
    else:
        # the capital stands for its state; the role keeps what the text said of the city for the corpus
        m.kind, m.label, m.local_key, m.role, m.affiliation = "country", "GPE", ref.name, "capital", ref.name
    return m


def _state_before(doc: Doc, p: Piece, facts: StateFacts):
    """A learned state named right before a span ("the Norvanian interior ministry", "Norvania's army")."""
    i = p.start - 1
    if i >= 0 and doc[i].text in ("'s", "\u2019s"):
        i -= 1
    if i < 0:
        return None
    return facts.demonym(doc[i].text) or facts.state_named(doc[i].text)


def _organisation_name(name: str) -> bool:
    """A two-plus-word name ending in an outlet's or a group's word, whose first word is no given name."""
    words = name.split()
    if len(words) < 2 or fold(words[0]) in lexicon().first_names:
        return False
    last = fold(words[-1]).strip(".")
    return _org_kind(name) != "organization" or last in lexicon().org_suffixes


@lru_cache(maxsize=1)
def _name_words() -> set[str]:
    return set(data.load("institutions.yaml").get("name_words", []))


def _looks_personal(doc: Doc, p: Piece) -> bool:
    """An "organisation" of title-case words next to a person's title ("presidents X Y", "X Y, the minister")."""
    words = p.name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    if any(fold(w) in _name_words() for w in words) or fold(words[-1]).strip(".") in lexicon().org_suffixes:
        return False    # "director of Kindle Aid International": the suffix makes it the body they direct
    info, first = title_before(doc, p.start)
    if first < p.start and info.role is not None:
        return True
    # "X Y, Norvania's foreign minister, said": a title in apposition after the name; "the Norvanian
    # ambassador, X Y, said": one before it
    return apposition_after(doc, p.end).role is not None or apposition_before(doc, p.start).role is not None


def _set_role(m: Mention, info: RoleInfo) -> None:
    kb = get_kb()
    m.role = info.role
    if info.affiliation:
        m.affiliation, m.affiliation_kb = info.affiliation, info.affiliation_kb
        entry = kb.entries.get(info.affiliation_kb or "")
        if entry is not None and entry.kind == "country":
            m.affiliation = entry.name
    elif info.country:
        m.affiliation, m.affiliation_kb = kb.country(info.country).name, f"country:{info.country}"


def _generic_entry(text: str):
    """The generic institution a text names ("defence ministry"), never a named entry ("Telegraph")."""
    entry = get_kb().lookup(text, generic=True)
    return entry if entry is not None and entry.generic else None
