"""What an earlier mention must be for a pronoun or a role noun to stand for it: the actors stage's gender
check and title words (extract/coref.py), the nouns whose "of X" names a place, and portfolios ("the
foreign minister" never stands for the defence minister). Used by ``arguments.ActorIndex``."""
from __future__ import annotations

from ..model import Mention


def _place_of_heads() -> frozenset[str]:
    """Nouns whose "of X" names the place itself ("the city of X", "the centre of X"): metonyms.yaml."""
    from .. import data

    return frozenset(data.load("metonyms.yaml").get("locative", {}).get("place_of_heads", []))


def _person_noun(token) -> bool:
    """A noun for a person's position ("minister", "leader", "official"): the actors stage's title words."""
    from .coref import is_person_noun

    return is_person_noun(token.lemma_)


def _pronoun_fits(pronoun: str, mention: Mention, doc) -> bool:
    """The actors stage's gender check for "he"/"she" (extract/coref.py)."""
    from .coref import pronoun_fits

    return pronoun_fits(pronoun, mention, doc)


def _load_coref():
    """The actors stage's pronoun and descriptor helper (extract/coref.py), else None."""
    try:
        from .coref import resolve_pronoun
    except ImportError:
        return None
    return resolve_pronoun


def _portfolio(token) -> str:
    """The portfolio words before a role noun ("foreign" of "the foreign minister"), or ""."""
    from .names import lexicon
    words = [c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound") and c.is_lower]
    return " ".join(w for w in words if w in lexicon().portfolios)


def _same_portfolio(token, role: str) -> bool:
    """Can "the foreign minister" stand for a person of this role? Not for the defence minister: a portfolio
    before the noun must be the person's (no portfolio on either side fits)."""
    from .names import lexicon
    portfolio = _portfolio(token)
    if not portfolio or f"{portfolio} {token.lemma_.lower()}" in role:
        return True
    # a person whose role names no portfolio ("Minister X") may hold any
    return not any(w in lexicon().portfolios for w in role.split())
