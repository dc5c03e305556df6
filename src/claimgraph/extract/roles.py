"""Roles and affiliations of people, read from titles and appositions.

- a title before the name: "Peruvian Foreign Minister Pavel Drozdov" -> role "foreign minister", country PE;
  "Deputy State Department Spokesperson for Africa X" -> role "deputy spokesperson", affiliation the
  State Department; "Minister of Foreign Affairs of Peru X" -> role "foreign minister", country PE;
- an apposition after it: "X, a minister in the Kabul-based government" -> role "minister", affiliation
  that government; "Gen. X, commander, U.S. Southern Command" -> role "commander", affiliation SOUTHCOM;
- an apposition before it: "the Kenyan president, Amos Ndegwa" -> role "president", country KE.

A country after "to" or "for" is where the person is posted ("Ambassador to Peru", "envoy for Chad"),
not where they belong, and is skipped.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .kb import fold, get_kb
from .names import lexicon
from .states import doc_states, looks_like_demonym
from .tokens import tokens as token_table

CONNECTORS = {"of", "for", "to", "the", "'s", "\u2019s", "at", "in", "on"}
POSTING = {"to", "for", "in"}
MAX_TITLE_TOKENS = 12


@dataclass
class RoleInfo:
    """What the text says about a person's position."""

    role: str | None = None
    country: str | None = None          # ISO alpha-2
    affiliation: str | None = None      # organisation as written
    affiliation_kb: str | None = None   # its kb id, or "country:XX" when only its country is known

    def merge(self, other: "RoleInfo") -> None:
        """Fill what is missing from another reading."""
        self.role = self.role or other.role
        self.country = self.country or other.country
        if not self.affiliation:
            self.affiliation, self.affiliation_kb = other.affiliation, other.affiliation_kb


def _word(token: Token) -> str:
    w = fold(token.text).strip(".")
    lex = lexicon()
    if w.endswith("s") and w not in lex.title_words and w[:-1] in lex.title_words:
        w = w[:-1]  # "presidents Amos Ndegwa and ..."
    return lex.abbreviations.get(w, w)


def is_title_token(token: Token) -> bool:
    """A word that can be part of a title or rank ("Foreign", "Minister", "Gen.", "Deputy")."""
    return _word(token) in lexicon().title_words or _word(token) in lexicon().abbreviations


def normalise_role(words: list[str]) -> str | None:
    """A role from its title words: "Minister of Foreign Affairs" -> "foreign minister".

    words (list[str]): folded words of the title phrase, connectors included.
    RETURNS (str | None): the role, or None when the words hold no office or rank.
    """
    lex = lexicon()
    if not any(w in lex.offices or w in lex.ranks or any(w == o.split()[-1] for o in lex.offices) for w in words):
        return None
    text = " ".join(words)
    for form, name in sorted(lex.portfolios.items(), key=lambda kv: -len(kv[0])):
        for pre in (f"minister of the {form}", f"minister of {form}", f"minister for {form}"):
            if pre in text:
                text = text.replace(pre, f"{name} minister")
        if f"{form} minister" in text and form != name:
            text = text.replace(f"{form} minister", f"{name} minister")
    words = [w for w in text.split() if w not in lex.honorifics]
    while words and words[-1] in CONNECTORS:
        words.pop()
    while words and words[0] in CONNECTORS:
        words.pop(0)
    return " ".join(words) or None


def _entity_at(doc: Doc, i: int) -> Span | None:
    table = token_table(doc)
    if not table.ent_type[i]:
        return None
    for ent in table.ent_spans:     # built once per document, not a Span per entity per call (speed)
        if ent.start <= i < ent.end:
            return ent
    return None


def _read_phrase(doc: Doc, tokens: list[Token], info: RoleInfo) -> None:
    """Read role words, countries and organisations from the tokens of a title phrase."""
    kb = get_kb()
    facts = doc_states(doc)
    words: list[str] = []
    seen: set[int] = set()
    possessive_cut = max((k for k, t in enumerate(tokens) if t.lower_ in ("'s", "\u2019s")), default=-1)
    for k, token in enumerate(tokens):
        if token.i in seen:
            continue
        prev = tokens[k - 1].lower_ if k else ""
        ent = _entity_at(doc, token.i)
        if ent is not None and (ent.end > tokens[-1].i + 1 or ent.start < tokens[0].i
                                or all(is_title_token(t) for t in ent)):
            ent = None  # the name's own entity ("Marshal X" tagged ORG), or a title tagged ORG ("Defense")
        if ent is not None and ent.label_ in ("GPE", "NORP", "ORG", "FAC", "LOC"):
            seen.update(range(ent.start, ent.end))
            text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            code = kb.country_of_text(text)
            if ent.label_ == "NORP" and code is None:
                code = kb.demonym_country(text.split()[0]) if text else None
            entry = kb.lookup(text, generic=True)
            state = None if code else facts.state_of_text(text)
            if prev in POSTING and (code or state or ent.label_ == "GPE"):
                continue  # where the person is posted, not whom they serve
            if code and (entry is None or entry.kind == "country"):
                info.country = info.country or code
            elif state is not None or ent.label_ == "NORP" and looks_like_demonym(text):
                # a state the knowledge base does not know; an unlearned demonym is kept for resolve to read
                info.affiliation = info.affiliation or (state.name if state is not None else text)
            elif ent.label_ in ("ORG", "FAC"):
                if not info.affiliation:
                    info.affiliation = text
                    info.affiliation_kb = entry.id if entry is not None and not entry.generic else None
                    if info.affiliation_kb is None:
                        lead = kb.demonym_country(text.split()[0]) if text else None
                        if lead:
                            info.affiliation_kb = f"country:{lead}"
            continue
        code = kb.demonym_country(token.text)
        if code and prev not in POSTING:
            info.country = info.country or code
            continue
        state = facts.state_of_text(token.text)  # also a learned state the model took for a person
        if state is not None and prev not in POSTING:
            info.affiliation = info.affiliation or state.name
            continue
        if k > possessive_cut and (is_title_token(token) or token.lower_ in CONNECTORS):
            words.append(_word(token))
    role = normalise_role(words)
    if role and not info.role:
        info.role = role
    if not info.country and not info.affiliation:
        # "President of the Republic X": the one "Republic of ..." the article names
        for k, token in enumerate(tokens[1:], 1):
            if tokens[k - 1].lower_ == "the" and token.is_title:
                named = {ref.name for key, ref in facts.names.items() if key.startswith(token.lower_ + " of ")}
                if len(named) == 1:
                    info.affiliation = named.pop()


def title_before(doc: Doc, start: int) -> tuple[RoleInfo, int]:
    """The title phrase right before a name (token index ``start``).

    doc (Doc): the parsed document.
    start (int): the first token of the name.
    RETURNS (tuple[RoleInfo, int]): what it says, and the first token of the title phrase (``start`` when none).
    """
    info = RoleInfo()
    i = start - 1
    first = start
    while i >= 0 and start - i <= MAX_TITLE_TOKENS:
        token = doc[i]
        if token.is_space and token.text.count("\n") < 2:
            i -= 1
            continue  # a hard line wrap inside the title
        if "\n" in token.text or token.is_punct and token.lower_ not in ("'s", "\u2019s", "."):
            break
        if token.tag_ == "NNS" and doc[i + 1].lower_ == "of":
            break  # "the fighters of General X": a group around the person, not a title
        # a demonym belongs to the title whatever the model tagged it ("Norvanian Defence" read as a person)
        if is_title_token(token) or token.ent_type_ in ("GPE", "NORP", "ORG") or token.lower_ in CONNECTORS or \
                get_kb().demonym_country(token.text) or doc_states(doc).state_of_text(token.text):
            first = i
            i -= 1
            continue
        break
    tokens = [doc[k] for k in range(first, start)]
    while tokens and tokens[0].lower_ in CONNECTORS:
        tokens.pop(0)
    if tokens and any(is_title_token(t) for t in tokens):
        _read_phrase(doc, tokens, info)
        return info, tokens[0].i
    return info, start


def apposition_after(doc: Doc, end: int) -> RoleInfo:
    """An apposition after a name: ", a minister in the X government", ", commander, U.S. Africa Command"."""
    info = RoleInfo()
    if end >= len(doc) or doc[end].text != ",":
        return info
    i = end + 1
    if i < len(doc) and doc[i].lower_ in ("a", "an", "the", "who", "now"):
        if doc[i].lower_ == "who":
            return info
        i += 1
    # the phrase must start with a title word within two words ("a senior minister", "U.S. special envoy")
    window = [doc[k] for k in range(i, min(i + 4, len(doc)))]
    if not any(is_title_token(t) for t in window):
        return info
    tokens: list[Token] = []
    segments = 0
    while i < len(doc) and len(tokens) < MAX_TITLE_TOKENS * 2:
        token = doc[i]
        if token.text in (",",):
            segments += 1
            if segments > 1:
                break
            i += 1
            continue
        if token.is_punct and token.text not in ("'s", "\u2019s", "-"):
            break
        if token.pos_ in ("VERB", "AUX") or token.lower_ in ("who", "which", "that", "said", "told"):
            break
        tokens.append(token)
        i += 1
    _read_phrase(doc, tokens, info)
    return info


def _is_state(doc: Doc, text: str) -> bool:
    """A known or learned state the model took for a person ("the envoy for Norvania, X Y")."""
    return bool(get_kb().country_of_text(text) or doc_states(doc).state_of_text(text))


def apposition_before(doc: Doc, start: int) -> RoleInfo:
    """An apposition before a name: "the Kenyan president, Amos Ndegwa"."""
    info = RoleInfo()
    if start < 2 or doc[start - 1].text != ",":
        return info
    head = doc[start - 2]
    # walk back over the noun phrase that ends right before the comma
    i = start - 2
    while i >= 0 and doc[i].is_punct and doc[i].text in (")", "]"):
        # "the leader of the US military command in Latin America (SOUTHCOM), General X"
        i -= 1
        while i >= 0 and doc[i].text not in ("(", "["):
            i -= 1
        i -= 1
    head = doc[i] if i >= 0 else head
    while i >= 0 and start - i <= MAX_TITLE_TOKENS * 2 and doc[i].text not in (",", ".", ";", ":", "\u201c", '"') \
            and doc[i].text.count("\n") < 2 and doc[i].pos_ not in ("VERB", "AUX") and \
            (doc[i].ent_type_ != "PERSON" or _is_state(doc, doc[i].text)) and doc[i].lower_ not in ("and", "or", "with"):
        i -= 1
    tokens = [doc[k] for k in range(i + 1, start - 1) if not doc[k].is_space]
    heads = [t for t in tokens if _word(t) in lexicon().offices or _word(t) == "counterpart"]
    if not heads or head.pos_ not in ("NOUN", "PROPN"):
        return info
    _read_phrase(doc, tokens, info)
    if info.role == "counterpart":
        info.role = None
    return info


def read_roles(doc: Doc, start: int, end: int) -> tuple[RoleInfo, int]:
    """Everything the text right around a person's name says about their role.

    doc (Doc): the parsed document.
    start (int), end (int): the name's token span.
    RETURNS (tuple[RoleInfo, int]): the role info and the first token of the title before the name.
    """
    info, first = title_before(doc, start)
    info.merge(apposition_after(doc, end))
    info.merge(apposition_before(doc, first))
    if info.role and not info.country and not info.affiliation:
        info.merge(_state_after_name(doc, end))
    return info, first


def _state_after_name(doc: Doc, end: int) -> RoleInfo:
    """Whose official a titled person is when the state follows the name: "Foreign Minister X of Norvania"."""
    info = RoleInfo()
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return info
    j = end + 1 + (doc[end + 1].lower_ == "the" and end + 2 < len(doc))
    ent = _entity_at(doc, j)
    text = doc[j:ent.end].text if ent is not None else doc[j].text
    code = get_kb().country_of_text(text)
    if code:
        info.country = code
    else:
        state = doc_states(doc).state_of_text(text)
        if state is not None:
            info.affiliation = state.name
    return info


def ministers_of_ministries(mentions: list) -> None:
    """A minister with no state of their own belongs to the state of the one ministry of that portfolio the
    article names ("The Norvanian Foreign Ministry said ... Foreign Minister X told reporters")."""
    kb = get_kb()
    states: dict[str, set[tuple[str, str | None]]] = {}
    for m in mentions:
        entry = kb.entries.get(m.kb_id or "")
        if entry is not None and entry.generic and m.affiliation:
            states.setdefault(entry.id, set()).add((m.affiliation, m.affiliation_kb))
    for m in mentions:
        words = (m.role or "").split()
        if m.kind != "person" or m.affiliation or len(words) < 2 or words[-1] != "minister":
            continue
        ministry = kb.lookup(f"{words[-2]} ministry", generic=True)
        found = states.get(ministry.id, set()) if ministry is not None else set()
        if len(found) == 1:
            m.affiliation, m.affiliation_kb = next(iter(found))
