"""Words a he/she never stands for: a state, a capital, or a word the article writes as a state's.

The parser sometimes tags a one-word state a person ("a spokeswoman for the Brannoch army": "Brannoch" as
PERSON), and a person mention of one word with a role looks like a person he/she may stand for. A state or capital
the knowledge base lists, a demonym, or a word the article writes before a state organ's head ("the <X> army",
"the <X> ministry": data ``attribution.yaml`` ``state_organ_heads``) is a state, and "she" is never a state.
``coref.pronoun_fits`` asks ``state_word``.
"""
from __future__ import annotations

from functools import lru_cache

from .. import data
from .kb import get_kb
from .tokens import tokens

STATE_WORDS_KEY = "claimgraph_state_words"      # doc.user_data: lower-cased words the article writes as a state's


@lru_cache(maxsize=1)
def _organ_heads() -> frozenset[str]:
    """The heads of state organs (data ``attribution.yaml``: ``state_organ_heads``)."""
    return frozenset(data.load("attribution.yaml").get("state_organ_heads", []))


def _article_state_words(doc) -> frozenset[str]:
    """The capitalised words the article writes as a compound before a state organ ("the Brannoch army"),
    found once per document and kept in ``doc.user_data``."""
    if doc is None or not hasattr(doc, "vocab"):
        return frozenset()      # no parsed article (a caller's stand-in): the knowledge base alone decides
    cached = doc.user_data.get(STATE_WORDS_KEY)
    if cached is not None:
        return cached
    heads = _organ_heads()
    table = tokens(doc)
    lemma, pos, dep, head, text = table.lemma_lower, table.pos, table.dep, table.head, table.text
    # only the organ nouns are looked at (one set lookup per token, over the document's token table); a modifier
    # is a capitalised proper noun before its head
    organs = {i for i in range(table.n) if lemma[i] in heads and pos[i] == "NOUN"}
    found = {text[i].lower() for i in range(table.n)
             if head[i] in organs and head[i] > i and dep[i] in ("compound", "amod") and pos[i] == "PROPN"
             and text[i][:1].isupper()} if organs else set()
    result = frozenset(found)
    doc.user_data[STATE_WORDS_KEY] = result
    return result


def state_word(name: str, doc=None) -> bool:
    """Is a one-word name a state (a country or capital the knowledge base lists, a demonym) or a word the
    article writes as a state's ("the Brannoch army")?

    name (str): the mention's name or key. doc (Doc | None): the parsed article.
    RETURNS (bool): True only for one word; a name of two words or more is never judged here.
    """
    if not name or " " in name.strip():
        return False
    return get_kb().state_word(name) or name.lower() in _article_state_words(doc)
