"""Names made of a state and a word for its whole apparatus, which stand for the state itself.

News writes a state's acts as its apparatus' ("the Norvanian side rejected...", "the government of Norvania
said...", "Norvania's government"). Analysts list such names as aliases of the state, so this module adds a
mention over the whole phrase that belongs to the state. An institution with a remit of its own (a ministry, the
armed forces, intelligence, an army) is not the state: it keeps its own mention and actor, whose country is the
state, the way analysts keep "the Pentagon" apart from "the United States".

Which words stand for their state is data (``state_names.yaml``: ``state_organs``, and ``state_offices`` for
the formal "<office> of <State>").
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .. import data
from ..model import Mention
from .capitalacts import city_governments
from .capitalhints import capital_hints, hinted_mentions, mark_hints, readers
from .kb import get_kb
from .states import StateFacts
from .tokens import tokens

# "the government of " + "Norvania": a lower-case organ right before its state
ORGAN_OF = re.compile(r"\b([a-z]+(?: [a-z]+)?)\s+of\s+(?:the\s+)?$")


@lru_cache(maxsize=2)
def _organs(formal: bool = False) -> re.Pattern:
    d = data.load("state_names.yaml")
    words = sorted(d.get("state_organs", []) + (d.get("state_offices", []) if formal else []), key=len,
                   reverse=True)
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words), re.I)


def is_organ(text: str, *, formal: bool = False) -> bool:
    """Does a name (without its state) name an organ that stands for its state ("side", "government"; with
    ``formal``, the name before "of <State>", also "Cabinet"; never "army", "armed forces" or a ministry)?"""
    return bool(_organs(formal).search(text))


def _demonym(text: str, facts: StateFacts) -> bool:
    return bool(get_kb().demonym_country(text) or facts.demonym(text))


@lru_cache(maxsize=1)
def _governs() -> re.Pattern:
    words = data.load("state_names.yaml").get("state_governments", [])
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w) for w in words) if words else r"(?!)", re.I)


def _phrase(state: Mention, start: int, end: int, text: str, sentence: int) -> Mention:
    """A mention of ``state`` over the phrase text[start:end]; for a government ("the Quorvian government"), a
    mention of the state's government, an organ of its own whose country is the state (``_as_government``)."""
    phrase = text[start:end]
    m = Mention(id="", doc=state.doc, start=start, end=end, text=phrase, name=re.sub(r"\s+", " ", phrase),
                kind="country", label="GPE", kb_id=state.kb_id, local_key=state.local_key or state.name,
                sentence=sentence)
    if _governs().search(phrase.replace(state.text, " ") if state.text and start < state.start else phrase):
        _as_government(m, state)
    return m


def _as_government(m: Mention, state: Mention) -> None:
    """Make ``m`` a mention of the state's government (in place): "government (<State>)", kind government, the
    state as its affiliation. News and analysts keep a government apart from its state the way they keep its
    ministries apart ("the GNA" is not "Libya"); an act of the government still counts for the state through
    the actor's country."""
    key = state.local_key or state.name
    m.kind, m.label, m.kb_id = "government", "ORG", None
    m.local_key = f"government ({key})"
    m.affiliation, m.affiliation_kb = key, state.kb_id


def state_phrases(doc: Doc, mentions: list[Mention], facts: StateFacts, doc_id: str = "") -> list[Mention]:
    """Mentions of a state over the names its organs are given with it.

    - an organ, then "of (the)" and the state: "Ministry of Health of the Republic of Norvania" (two mentions);
    - an organ that holds its state: "the armed forces of Norvania", "the Norvanian armed forces" (one mention);
    - a demonym, then an organ in lower case that no mention covers: "the Norvanian side", "Norvanian
      intelligence".

    doc (Doc): the parsed document.
    mentions (list[Mention]): the document's mentions (typed and linked).
    doc_id (str): the document's id (for mentions of states no other mention names).
    facts (StateFacts): what the document taught about states.
    RETURNS (list[Mention]): new mentions (ids left empty) of kind country, keyed like the state's.
    """
    text = tokens(doc).doc_text
    named = sorted((m for m in mentions if not m.pronoun), key=lambda m: (m.start, m.end))
    states = {m.start: m for m in named if m.kind == "country"}
    taken = [(m.start, m.end) for m in named]
    out: list[Mention] = []
    for m in named:
        if m.kind == "country" or m.kind == "person":
            continue
        organ = m.name
        of = re.match(r"^(.+?)\s+of\s+(?:the\s+)?(.+)$", m.name)
        own = _state_in(m, of.group(2) if of else m.name.split()[0], facts)
        if own is not None and (is_organ(of.group(1), formal=True) if of else
                                len(m.name.split()) > 1 and is_organ(m.name.split(" ", 1)[1])):
            # "the armed forces of Norvania", "the Norvanian armed forces": the organ holds its state
            if _governs().search(of.group(1) if of else m.name.split(" ", 1)[1]):
                _as_government(m, own)      # "the Norvanian Government" the model tagged: that mention is it
            else:
                out.append(_phrase(own, m.start, m.end, text, m.sentence))
            continue
        # "Ministry of Health" + " of the " + "Republic of Norvania"
        after = re.match(r"\s+of\s+(?:the\s+)?", text[m.end:m.end + 10])
        state = states.get(m.end + after.end()) if after else None
        if state is not None and is_organ(organ, formal=True) and m.kb_id and m.kb_id.startswith("inst:"):
            out.append(_phrase(state, m.start, state.end, text, m.sentence))
    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    for m in named:
        if m.kind in ("place", "other") and m.label == "GPE" and " " not in m.name and \
                text[m.end:m.end + 2] in ("'s", "\u2019s"):
            # "Norwania's government" where the article never shows Norwania to be a state: the organ shows it
            m = _phrase(m, m.start, m.end, text, m.sentence)
        if m.kind != "country":
            continue
        # "the government of Norvania", "the armed forces of the Republic of Norvania" in lower case
        before = ORGAN_OF.search(text[max(0, m.start - 40):m.start])
        if before is not None:
            # the organ is the last word or two ("the side of X": "side", "armed forces of X": "armed forces")
            words = before.group(1).split()
            organ = next((" ".join(words[k:]) for k in range(len(words))
                          if _organs(True).fullmatch(" ".join(words[k:]))), None)
            start = m.start - len(before.group(0)) + before.group(1).rfind(organ) if organ else -1
            if organ and free(start, start + len(organ)):
                out.append(_phrase(m, start, m.end, text, m.sentence))
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        demonym = " " not in m.name and _demonym(m.name, facts)
        possessive = span.end < len(doc) and doc[span.end].text in ("'s", "\u2019s")
        if not demonym and not possessive:
            continue
        # "the Norvanian side", "Norvanian intelligence", "Norvania's government": up to two lower-case words
        for n in (2, 1):
            words = doc[span.end + possessive:span.end + possessive + n]
            if len(words) < n or not all(t.is_lower and t.is_alpha for t in words) or words[-1].pos_ != "NOUN" or \
                    _organs().fullmatch(words.text) is None:
                continue
            if not free(words.start_char, words.end_char):
                break
            out.append(_phrase(m, m.start, words.end_char, text, m.sentence))
            break
    out.extend(_capital_governments(named, facts, free, text))
    out.extend(_city_governments(doc, facts, mentions + out, doc_id or (named[0].doc if named else "")))
    out.extend(_unknown_demonym_phrases(doc, free, text, doc_id or (named[0].doc if named else "")))
    # hints of whose capital a city nobody calls one is, for the corpus to weigh (resolve/capitals.py)
    hints = capital_hints(doc, facts, mentions + out)
    untagged = hinted_mentions(doc, hints, mentions + out, doc_id or (named[0].doc if named else ""))
    mark_hints(mentions + untagged, hints)
    return out + untagged


def _capital_governments(named: list[Mention], facts: StateFacts, free, text: str) -> list[Mention]:
    """ "the Vestra government", "the Vestra regime": a capital (the knowledge base's, or one the article taught)
    and a word for a government name the government of the capital's state (``_as_government``).

    named (list[Mention]): the document's named mentions in text order.
    facts (StateFacts): what the document taught about states.
    free (callable): whether a character range holds no mention yet.
    text (str): the document's text.
    RETURNS (list[Mention]): new government mentions (ids left empty).
    """
    kb = get_kb()
    words = data.load("state_names.yaml").get("capital_governments", [])
    out = []
    for m in named:
        if m.kind == "person" and " " not in m.name and facts.capital(m.name) is not None:
            # a capital the article taught, which the model read as a person ("The Vestra government said"; "Vestra
            # is the capital of Quorvia"): the city
            m.kind, m.label, m.role, m.affiliation, m.affiliation_kb = "place", "GPE", None, None, None
        if m.kind == "country" or " " in m.name:
            continue
        after = re.match(r"\s+(%s)\b" % "|".join(map(re.escape, words)), text[m.end:m.end + 20]) if words else None
        if after is None or not free(m.end + 1, m.end + after.end()):
            continue
        code = kb.capital_country(m.name)
        entry = kb.country(code) if code else None
        ref = facts.capital(m.name) if entry is None else None
        if entry is None and ref is None:
            continue
        name = entry.name if entry is not None else ref.name
        state = Mention(id="", doc=m.doc, start=m.start, end=m.end, text=m.text, name=name, kind="country",
                        kb_id=entry.id if entry is not None else (f"country:{ref.code}" if ref.code else None),
                        local_key=name)
        g = _phrase(state, m.start, m.end + after.end(), text, m.sentence)
        _as_government(g, state)
        out.append(g)
    return out


def _city_governments(doc: Doc, facts: StateFacts, mentions: list[Mention], doc_id: str) -> list[Mention]:
    """ "the Tesselburg regime", "the regime in Tesselburg", "the Tesselburg authorities" of a city the article does
    not know for a capital: a government mention for the corpus to give a state (``capitalacts.city_governments``).
    A ruling body's descriptor over its organ word ("The regime" of "The regime in Tesselburg") becomes it; any
    other mention over the phrase (the city's own aside) leaves the phrase alone.

    RETURNS (list[Mention]): new government mentions (ids left empty); descriptors changed in place.
    """
    city_of, state_of = readers(doc, facts)
    out = []
    for g in city_governments(doc, city_of, state_of, doc_id):
        clash = [m for m in mentions + out if m.start < g.end and g.start < m.end and
                 m.name.lower() != g.affiliation.lower()]
        if not clash:
            out.append(g)
        elif len(clash) == 1 and clash[0].kb_id == "shape:ruler" and not clash[0].pronoun:
            ruler = clash[0]    # "The regime" the ruler finder read: the government the city names
            for f in ("start", "end", "text", "name", "kind", "label", "kb_id", "local_key", "affiliation"):
                setattr(ruler, f, getattr(g, f))
    return out


def _unknown_demonym_phrases(doc: Doc, free, text: str, doc_id: str) -> list[Mention]:
    """ "the Norvanian government" in an article that never names Norvania: the model reads "Norvanian" as a
    nationality and no mention holds it. The phrase is a mention of the state its stem names ("Norvania"), for
    the corpus to join to the state other articles name (``resolve.actors`` folds a final vowel)."""
    from .states import StateFacts, demonym_state
    facts = StateFacts()
    out = []
    # the entity type from the token table: only a nationality word can start such a phrase
    for token in [doc[i] for i, ent in enumerate(tokens(doc).ent_type) if ent == "NORP"]:
        if not token.is_title or not free(token.idx, token.idx + len(token)):
            continue
        for n in (2, 1):
            words = doc[token.i + 1:token.i + 1 + n]
            if len(words) < n or not all(t.is_lower and t.is_alpha for t in words) or words[-1].pos_ != "NOUN" or \
                    _organs().fullmatch(words.text) is None or not free(words.start_char, words.end_char):
                continue
            ref = demonym_state(facts, token.text)
            if ref is not None:
                state = Mention(id="", doc=doc_id, start=token.idx, end=words.end_char, text=token.text, name=ref.name,
                                kind="country", local_key=ref.name)
                m = _phrase(state, token.idx, words.end_char, text, 0)
                m.sentence = sum(1 for s in doc.sents if s.start <= token.i) - 1
                out.append(m)
            break
    return out


def _state_in(m: Mention, text: str, facts: StateFacts) -> Mention | None:
    """The state an organ's mention names in its own words ("Norvania" of "armed forces of Norvania",
    "Norvanian" of "Norvanian armed forces"), as a mention-like record to key the phrase by; None if none."""
    kb = get_kb()
    code = kb.country_of_text(text)
    if code and kb.country(code) is not None:
        entry = kb.country(code)
        return Mention(id="", doc=m.doc, start=m.start, end=m.end, text=text, name=entry.name, kind="country",
                       kb_id=entry.id, local_key=entry.name)
    ref = facts.state_named(text) or facts.demonym(text)
    if ref is None:
        return None
    return Mention(id="", doc=m.doc, start=m.start, end=m.end, text=text, name=ref.name, kind="country",
                   local_key=ref.name)
