"""Names a machine translation or a short reference bends: a state glued before the person who serves it ("the
deputy of minister of interior of Tarvania Ivo Perak"), and an outlet called by its last word ("the Times") in an
article that names a local outlet with that word ("the Vestra Times"), which is that outlet, not the one the
knowledge base knows by that word.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..model import Mention
from .names import ends_like_a_state, is_given_name, lexicon


def state_before_person(doc: Doc, start: int, end: int, label: str) -> bool:
    """Is doc[start:end] a state glued before a person's full name after "of" ("of Kadrowia Oskar Lindkvist")?
    An ORG only after a title's "of" chain, when every word after the state is a capitalised proper noun.

    doc (Doc): the parsed document.
    start (int), end (int): the entity's tokens.
    label (str): the entity's label ("PERSON" or "ORG"; others never).
    RETURNS (bool): whether the first token is a state to cut off before the person.
    """
    if end - start < 3 or not start or doc[start - 1].lower_ != "of" or not ends_like_a_state(doc[start].text) \
            or is_given_name(doc[start].text):
        return False
    titled = title_chain_before(doc, start - 1)
    if label == "PERSON":
        # a given name says a person begins; else only a title's "of" chain ("deputy of minister of")
        return is_given_name(doc[start + 1].text) or end - start == 3 and titled
    # an "organisation" only after a title's chain ("the shares of Kessaria Milan Holdings" stay a company)
    return label == "ORG" and titled and end - start <= 4 and \
        all(t.is_title and t.pos_ == "PROPN" for t in doc[start + 1:end])


def title_chain_before(doc: Doc, of: int) -> bool:
    """Does the "of" at token ``of`` end a chain of lower-case title words and "of" ("the deputy of minister of
    interior of") that starts with a title word?

    RETURNS (bool): True when a title word stands among the lower-case words right before it.
    """
    words = lexicon().title_words
    i = of
    while i > 0 and of - i < 8 and doc[i - 1].is_lower and doc[i - 1].is_alpha:
        i -= 1
        if doc[i].lower_ in words:
            return True
    return False


def local_outlets(mentions: list[Mention]) -> None:
    """Link a one-word outlet the knowledge base knows ("Times" -> The Times) to the one outlet of the article
    whose name ends with that word ("the Vestra Times"), in place. Two such outlets, or none, leave it alone.

    mentions (list[Mention]): the document's mentions (typed and linked).
    """
    named = [m for m in mentions if m.kind == "media" and not m.pronoun and len(m.name.split()) > 1]
    for m in mentions:
        if m.kind != "media" or not (m.kb_id or "").startswith("media:") or len(m.name.split()) != 1:
            continue
        own = {o.local_key or o.name: o for o in named if o.name.split()[-1].lower() == m.name.lower() and
               o.kb_id != m.kb_id}
        if len(own) == 1:
            o = next(iter(own.values()))
            m.local_key, m.kb_id, m.affiliation, m.affiliation_kb = o.local_key or o.name, o.kb_id, \
                o.affiliation, o.affiliation_kb
