"""Reading numbers: digits and number words ("1,200", "twenty-five", "2.5 million"), the bound before a
figure ("at least", "up to"), vague amounts ("hundreds of"), currencies, and the numbers that are no
counts (dates, times, ordinals, percentages, digits glued to a name). Used by ``quantities.py``.
"""
from __future__ import annotations

import re

from .lexicons import Numbers
from .tokens import tokens

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
# a decimal comma, as machine translation leaves it ("1,5 million"): read only before a scale word, where
# "1,5" can be no thousands separator
_DECIMAL_COMMA = re.compile(r"^\d{1,3},\d{1,2}$")
# a thousands group written after a space ("1 500", "12 000"): a 3-digit group after a 1-3 digit lead
_GROUP = re.compile(r"^\d{3}$")
_LEAD = re.compile(r"^\d{1,3}$")
SKIP_ENTS = {"DATE", "TIME", "ORDINAL", "PERCENT"}
PERCENT_WORDS = frozenset({"%", "percent", "per", "pct", "percentage"})
_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb"})


def parse_number(tokens, lex: Numbers) -> float | None:
    """The value of a run of number tokens ("1,200", "two hundred", "2.5 million"), or None."""
    total = 0.0
    current = None
    prev = ""
    for t in tokens:
        w = t.lower_.replace(",", "")
        scale = scale_of(w, lex)
        if t.is_space:
            continue              # "12 000" with a no-break space: one figure
        if _GROUP.match(t.text) and _LEAD.match(prev) and current is not None and not modifier_number(t):
            # "1 500", "12 000": a thousands group after a space, as translations and European styles write it
            current = current * 1000 + float(t.text)
            prev = t.text
            continue
        prev = t.text
        if _DECIMAL_COMMA.match(t.text) and _scale_next(t, lex):
            current = (current or 0) + float(t.text.replace(",", "."))
        elif _DIGITS.match(t.text.replace(" ", "")):
            current = (current or 0) + float(w)
        elif (w,) in lex.units:
            current = (current or 0) + lex.units[(w,)]
        elif scale is not None and current is not None:
            current *= scale
            if scale >= 1000:
                total += current
                current = None
        elif w in ("and", "-"):
            continue
        else:
            return None
    if current is not None:
        total += current
    return total if tokens else None


def modifier_number(t) -> bool:
    """A number glued by a hyphen to the word after it ("500-kilo bombs", "40-tonne trucks"): a modifier of
    the noun, never a thousands group of the number before it."""
    return t.whitespace_ == "" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in ("-", "\u2013")


def scale_of(word: str, lex: Numbers) -> float | None:
    """The multiplier a scale word stands for, also in the plural a translation leaves after a number
    ("40 thousands persons" = 40,000 persons); None for any other word."""
    if word in lex.scales:
        return lex.scales[word]
    return lex.scales.get(word[:-1]) if word.endswith("s") else None


def _scale_next(t, lex: Numbers) -> bool:
    """Is the token after ``t`` a scale word ("1,5 million")?"""
    return t.i + 1 < len(t.doc) and scale_of(t.doc[t.i + 1].lower_, lex) is not None


def is_number_token(t, lex: Numbers) -> bool:
    """Is token ``t`` a figure or a number word (the numbers lexicon: units, scales after a figure)?"""
    return _is_number_at(tokens(t.doc), t.i, lex)


def _is_number_at(table, i: int, lex: Numbers) -> bool:
    """``is_number_token`` of token ``i``, read from the token table (called at nearly every token of a claim)."""
    text = table.text
    if _DIGITS.match(text[i]):
        return True
    w = table.lower[i].replace(",", "")
    if _DECIMAL_COMMA.match(text[i]):
        return i + 1 < len(text) and scale_of(table.lower[i + 1], lex) is not None
    if (w,) in lex.units:
        return True
    # a scale after a figure: "2.5 million", "40 thousands", "1,5 million"
    return scale_of(w, lex) is not None and i > 0 and (
        _DIGITS.match(text[i - 1]) is not None or _DECIMAL_COMMA.match(text[i - 1]) is not None)


def _in_name(t) -> bool:
    """Digits glued to a name: MiG-29, Su-24s, F-16, Resolution 2259."""
    if t.i > 0:
        prev = t.nbor(-1)
        if prev.text in ("-",) and t.i > 1 and t.nbor(-2).text[:1].isupper():
            return True
        if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.whitespace_ == "" and not prev.is_punct:
            return True
        if prev.text[:1].isupper() and prev.pos_ == "PROPN" and t.ent_type_ not in ("CARDINAL", "QUANTITY", "MONEY"):
            return prev.ent_type_ in ("PRODUCT", "ORG", "LAW", "WORK_OF_ART")
    return False


def _skip_ent(t, lex: Numbers) -> bool:
    """Dates, times, ordinals, percentages; but the tagger's "DATE" on "10 and 20 tanks" is a count."""
    if t.ent_type_ not in SKIP_ENTS:
        return False
    if t.ent_type_ == "DATE":
        head = t.head if t.dep_ == "nummod" else t.head.head if t.dep_ == "conj" else None
        if head is not None and head.pos_ == "NOUN" and head.lemma_.lower() not in lex.not_units:
            return False
        return not _counts_next(t, lex)
    if t.ent_type_ == "PERCENT":
        # the tagger calls "no more than 80 Varnian instructors" a percentage: only a per cent sign or word is one
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
        words = {x.lower_ for x in (ent if ent is not None else [t])}
        return bool(words & PERCENT_WORDS) or any("%" in x.text for x in (ent if ent is not None else [t]))
    return True


def _counts_next(t, lex: Numbers) -> bool:
    """A bare number the tagger calls a date that a plural noun right after it counts: "During the operation
    14 armed militants were neutralised" (the parser hung "14" on "operation"). Only a date of digits alone (no
    month, day or year beside it) before adjectives and a plural noun that is no unit of time."""
    doc = t.doc
    ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
    if ent is None or len(ent) != 1 or not t.text[:1].isdigit() or t.i + 1 >= len(doc) or \
            re.fullmatch(r"(1[89]|20)\d\d", t.text):
        return False              # "During 2020 troops left": a year, whatever follows
    k = t.i + 1
    while k < min(len(doc), t.i + 4) and doc[k].pos_ == "ADJ":
        k += 1
    n = doc[k] if k < len(doc) else None
    return n is not None and n.tag_ == "NNS" and n.lemma_.lower() not in lex.not_units and \
        n.lower_ not in lex.not_units


def _is_year(t) -> bool:
    return bool(re.fullmatch(r"(1[89]|20)\d\d", t.text)) and t.ent_type_ in ("DATE", "") and (
        t.i == 0 or t.nbor(-1).lower_ in ("in", "since", "of", "by", "until", "before", "after", "from", "to", ",", "and"))


def _lows(doc) -> list[str]:
    return tokens(doc).lower


def _vague_at(doc, i, end, lex: Numbers):
    lows = _lows(doc)
    if lows[i] not in _vague_first(lex) or i > 0 and lows[i - 1] == "how":
        return None             # "how many refugees?" asks for a number, it gives none
    for words, rng in _vague_sorted(lex):
        n = len(words)
        if i + n <= end and tuple(lows[i:i + n]) == words:
            j = i + n
            while j < end and lows[j] in _QUOTES:
                j += 1            # '"hundreds" of foreign fighters'
            if j < end and lows[j] == "of":
                j += 1
            if j < end and is_number_token(doc[j], lex):
                return None      # "as many as 40": a bound, not a vague amount
            for bwords, _ in lex.bounds:
                for off in range(len(bwords)):
                    s = i - off
                    e = s + len(bwords)
                    if s >= 0 and e < end and tuple(lows[s:e]) == bwords and is_number_token(doc[e], lex):
                        return None
            return words, rng, j
    return None


_VAGUE: dict[int, tuple] = {}


def _vague_sorted(lex: Numbers):
    key = id(lex)
    if key not in _VAGUE:
        items = sorted(lex.vague.items(), key=lambda x: -len(x[0]))
        _VAGUE[key] = (items, frozenset(w[0] for w, _ in items))
    return _VAGUE[key][0]


def _vague_first(lex: Numbers) -> frozenset[str]:
    _vague_sorted(lex)
    return _VAGUE[id(lex)][1]


def _bound_before(doc, i, lex: Numbers) -> tuple[int, str | None]:
    lows = _lows(doc)
    for words, bound in lex.bounds:
        n = len(words)
        if i - n >= 0 and tuple(lows[i - n:i]) == words:
            return i - n, bound
    return i, None


def _currency(doc, i, j, lex: Numbers) -> str | None:
    if i > 0 and doc[i - 1].text.lower() in lex.currency:
        return lex.currency[doc[i - 1].text.lower()]
    if j + 1 < len(doc) and doc[j + 1].lower_ in lex.currency:
        return lex.currency[doc[j + 1].lower_]
    return None
