"""Quantities: "eight jet fighters", "up to 1,200 people", "hundreds of soldiers",
"between 10 and 20 tanks", "six MiG-29s and two Su-24s" (a sum of parts, ``sums.py``).

Numbers are read from digits ("1,200", "2.5") and words (``data/quantities.yaml``), with a
bound before them ("at least", "up to", "approximately"), a range ("10 to 20"), and the unit
from the noun the number counts (with its modifiers: "jet fighters", "Russian mercenaries";
a casualty word makes "people killed"). Numbers that are part of a name ("MiG-29", "Su-24"),
dates, times and ordinals are not quantities.
"""
from __future__ import annotations

from bisect import bisect_left
from ..model import Quantity
from .lexicons import Numbers, numbers
from .percents import find_percent
from .numerals import (_bound_before, _currency, _in_name, _is_number_at, _is_year, _skip_ent,  # noqa: F401
                       _vague_at, _vague_first, is_number_token, modifier_number, parse_number, scale_of)
from .sums import elliptic_count, sums as _sums
from .tallies import Tallies, is_dated, is_furniture, is_indefinite, ranked, tallies  # noqa: F401 (re-exported)
from .tokens import tokens
from .units import is_measure, normalise_unit, rate_after
from .durations import duration_at
from .counted import _casualty, _casualty_verb, _population, _unit_of, _victim_verbs  # noqa: F401 (split from here)

def find_quantities(doc, start: int, end: int, lex: Numbers | None = None) -> list[tuple[Quantity, object, int, int]]:
    """Quantities among tokens [start, end): (Quantity, unit head token or None, first, last token index)."""
    lex = lex or numbers()
    table = tokens(doc)
    starts = _starts(table, lex)
    out = []
    i = start
    while i < end:
        # a token that is neither a number nor the first word of a vague amount starts nothing (each test below
        # fails at it): go to the next one that may (found once per document)
        k = bisect_left(starts, i)
        if k == len(starts) or starts[k] >= end:
            break
        i = starts[k]
        vague = _vague_at(doc, i, end, lex)
        if vague is not None:
            words, (low, high), j = vague
            unit_tok, unit = _unit(doc, j, end, lex)
            last = unit_tok.i if unit_tok is not None else None
            if unit_tok is None:
                # "put the number of foreign fighters at "hundreds"": the unit is the tally's;
                # "wounded dozens": the casualty verb's
                ref = _referent(doc, doc[i + len(words) - 1], start, lex) or \
                    _object_of_casualty(doc[i + len(words) - 1])
                if ref is not None:
                    unit_tok, unit = ref
                    last = i + len(words) - 1
            if unit_tok is not None:
                b0, bound = _bound_before(doc, i, lex)
                q = Quantity(value=low, unit=normalise_unit(unit), low=low, high=high,
                             text=doc[b0:last + 1].text, bound="vague")
                out.append((q, unit_tok, b0, last))
                i = last + 1
                continue
        # "61 percent", "78%": a share, with what it measures (percents.py)
        if _is_number_at(table, i, lex) and (share := find_percent(doc, i, end, lex)) is not None:
            out.append(share)
            i = share[3] + 1
            continue
        # "lasted eight days", "six hours every day": a duration that is a figure (durations.py)
        if table.ent_type[i] in ("DATE", "TIME") and _is_number_at(table, i, lex) and \
                (dur := duration_at(doc, i, end, lex)) is not None:
            out.append(dur)
            i = dur[3] + 1
            continue
        # the Token is built only for a number
        if _is_number_at(table, i, lex) and not _in_name(t := doc[i]) and not _is_year(t) and not _negated(doc, i) and \
                (not _skip_ent(t, lex) or t.ent_type_ == "DATE" and (_referent(doc, t, start, lex) is not None
                                                                    or _object_of_casualty(t) is not None)):
            j = i
            while j + 1 < end and not _skip_ent(doc[j + 1], lex):
                if modifier_number(doc[j + 1]) and doc[j + 1].text[:1].isdigit():
                    break         # "12 500-kilo bombs": the second number modifies the noun
                if is_number_token(doc[j + 1], lex) or scale_of(doc[j + 1].lower_, lex) is not None:
                    j += 1        # "2.5 million", "40 thousands persons" (a translation's plural scale)
                elif doc[j + 1].is_space and "\n" not in doc[j + 1].text and j + 2 < end and \
                        is_number_token(doc[j + 2], lex) and doc[j].text.isdigit():
                    j += 2        # "12 000" with a no-break space between the groups
                elif doc[j + 1].text == "-" and j + 2 < end and (doc[j + 2].lower_,) in lex.units:
                    j += 2          # "twenty-five"
                else:
                    break
            value = parse_number(doc[i:j + 1], lex)
            if value is None:
                i += 1
                continue
            if is_furniture(doc, j, end) or is_dated(doc, i, j):
                # "4 min read", "15 October": page furniture and dates are never figures
                i = j + 1
                continue
            b0, bound = _bound_before(doc, i, lex)
            low = high = None
            # a range: "10 to 20", "between 10 and 20", "10-20"
            k = j + 1
            if k + 1 < end and doc[k].lower_ in ("to", "and", "-", "–", "or") and is_number_token(doc[k + 1], lex) \
                    and not _tally_change(doc, i):
                m = k + 1
                while m + 1 < end and (is_number_token(doc[m + 1], lex) or doc[m + 1].lower_ in lex.scales):
                    m += 1
                other = parse_number(doc[k + 1:m + 1], lex)
                if other is not None and other > value:
                    low, high, bound = value, other, "range"
                    if b0 == i and i > 0 and doc[i - 1].lower_ == "between":
                        b0 = i - 1
                    j = m
            cur = _currency(doc, i, j, lex)
            if cur is not None:
                unit, unit_tok = cur, None
                last = j
                if j + 1 < end and doc[j + 1].lower_ in lex.currency:
                    last = j + 1
            else:
                whole = _part_of_total(doc, j, end, lex)
                unit_tok, unit = whole or (_casualty_after(doc, j, end, lex) or _referent(doc, doc[j], start, lex)
                                           or _unit_of(doc[j], end, lex) or _unit(doc, j + 1, end, lex))
                if unit_tok is None:
                    unit_tok, unit = (_object_of_casualty(doc[j]) or _predicate_noun(doc, j, end, lex)
                                      or _partitive(doc, j, end, lex) or _counted(doc, doc[j], lex)
                                      or _antecedent(doc, doc[j], lex) or _earlier_figure(doc, i, j, lex)
                                      or elliptic_count(doc, i, j, out) or (None, None))
                if unit_tok is None:
                    i = j + 1
                    continue
                last = max(unit_tok.i, j)
                if unit_tok.i < i or whole is not None:
                    # the unit came from a tally named before the number; or "12 of the 52 workers": the part
                    # is "12", and the total (52) is read next as a figure of its own
                    last = j
                elif is_measure(unit) and (rate := rate_after(doc, last, end)) > last:
                    unit, last = f"{unit} {doc[last + 1:rate + 1].text}", rate     # "cubic metres per second"
                unit = normalise_unit(unit)
            if bound in ("at_least",) and low is None:
                low = value
            elif bound == "at_most" and high is None:
                high = value
            q = Quantity(value=value, unit=unit, low=low, high=high, text=doc[b0:last + 1].text,
                         bound=bound or "exact")
            out.append((q, unit_tok, b0, last))
            i = last + 1
            continue
        i += 1
    return ranked(_sums(doc, out))


def _starts(table, lex: Numbers) -> list[int]:
    """The positions where a figure may start: a number (``_is_number_at``) or the first word of a vague amount
    ("hundreds", "dozens"), computed once per document and lexicon."""
    found = table.memo.get("quantity_starts")
    if found is None or found[0] is not lex:
        first = _vague_first(lex)
        # ``_is_number_at`` holds only for a token that starts with a digit, a one-word number or a scale word
        # (commas dropped, a scale also in the plural): asked only of those
        words = {u[0] for u in lex.units if len(u) == 1}
        text = table.text
        found = table.memo["quantity_starts"] = (lex, [
            i for i, low in enumerate(table.lower) if low in first or (
                text[i][:1].isdigit() or (w := low.replace(",", "")) in words or scale_of(w, lex) is not None)
            and _is_number_at(table, i, lex)])
    return found[1]


def _casualty_after(doc, j, end, lex: Numbers):
    """A casualty word right after the number with no noun of its own: "26 dead", "30 wounded were taken"."""
    k = j + 1
    if k >= end or doc[k].lower_ not in lex.casualty_words:
        return None
    if k + 1 < end and doc[k + 1].pos_ in ("NOUN", "PROPN"):
        return None               # "30 wounded soldiers": the noun is the unit
    return doc[k], lex.casualty_words[doc[k].lower_]


def _object_of_casualty(num):
    """A bare number that a casualty verb takes: "kills nine", "wounding 40"; also the object the parser
    reads as an adverbial after a bound ("kills at least 31")."""
    if num.dep_ == "nsubj" and num.head.pos_ == "VERB":
        # "11 had died": the subject of a verb of dying (victim_verbs); not a partitive ("eleven thousand of the
        # villagers have fled": the villagers are counted)
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in num.children):
            return None
        hurt = _victim_verbs().get(num.head.lemma_.lower())
        return (num.head, hurt) if hurt else None
    if num.dep_ not in ("dobj", "nsubjpass") and not (num.dep_ == "npadvmod" and num.i > num.head.i):
        return None
    hurt = _casualty_verb(num.head)
    return (num.head, hurt) if hurt else None


def _partitive(doc, j: int, end: int, lex: Numbers):
    """A count of a part: "eleven thousand of the residents" (residents), "eleven thousand of them"
    (the plural noun named before, in its sentence or the one before)."""
    k = j + 1
    if k + 1 >= end or doc[k].lower_ != "of":
        return None
    nxt = doc[k + 1]
    if nxt.lower_ in tallies().partitive:
        sent = doc[j].sent
        first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for m in range(k - 1, first - 1, -1):
            t = doc[m]
            if m <= j and m >= j - 3 and (t.pos_ == "NUM" or t.lower_ in lex.scales):
                continue
            if t.tag_ == "NNS" and t.lemma_.lower() not in lex.not_units and \
                    t.lemma_.lower() not in tallies().count_nouns:
                return t, t.text
        return None
    if (nxt.pos_ == "DET" or nxt.tag_ == "PRP$") and k + 2 < end and doc[k + 2].lower_ in lex.casualty_words and \
            not (k + 3 < end and doc[k + 3].pos_ in ("NOUN", "PROPN")):
        # "identified 49 of the dead", "300 of the wounded": a casualty word as a noun names the people
        return doc[k + 2], lex.casualty_words[doc[k + 2].lower_]
    # "two of the frigates", "two of its frigates" (a possessive determiner is tagged PRP$)
    return _unit(doc, k + 2, end, lex) if (nxt.pos_ == "DET" or nxt.tag_ == "PRP$") and k + 2 < end else None


def _part_of_total(doc, j: int, end: int, lex: Numbers):
    """A part of a counted total: "released 12 of the 52 workers" — the unit is the total's noun (workers).

    RETURNS (tuple | None): (the total's noun, its unit) when "of" + determiner + a number follows.
    """
    k = j + 1
    if k + 1 >= end or doc[k].lower_ != "of":
        return None
    m = k + 2 if doc[k + 1].pos_ == "DET" or doc[k + 1].tag_ == "PRP$" else k + 1    # "12 of 52 workers"
    if m >= end:
        return None
    if not is_number_token(doc[m], lex):
        return None
    while m + 1 < end and (is_number_token(doc[m + 1], lex) or doc[m + 1].lower_ in lex.scales):
        m += 1
    hit = _unit_of(doc[m], end, lex) or _unit(doc, m + 1, end, lex)
    return hit if hit and hit[0] is not None else None


def _tally_change(doc, i: int) -> bool:
    """ "the toll rose from 52 to 61": two figures of a tally that changed, not a range."""
    return i > 0 and doc[i - 1].lower_ == "from" and doc[i - 1].head.lemma_.lower() in tallies().tally_verbs


def _earlier_figure(doc, i: int, j: int, lex: Numbers):
    """A figure given before, named by its number alone: "up from the 19 it reported last week", "from
    19": the unit of the nearest count before it in its sentence or the one before."""
    if i == 0 or doc[i - 1].lower_ not in ("the", "from"):
        return None
    sent = doc[i].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    unit = _previous_unit(doc, i, lex, reach=i - first)
    return (doc[j], unit) if unit else None


def _counted(doc, num, lex: Numbers):
    """A number that a counting verb takes with no noun of its own: "rescuers now count 19", "the agency
    counts nine" (the casualty word or toll named before it, else the nearest count before); "the dead
    now number 19" (its subject).

    RETURNS (tuple | None): (the noun the unit comes from, the unit).
    """
    tal = tallies()
    verb, dep = num.head, num.dep_
    if verb.is_quote and verb.dep_ == "punct" and dep == "nummod":
        verb, dep = verb.head, "dobj"     # 'the agency says "at least 40"': the parser hangs the number on the quote
    elif dep == "pobj" and verb.lower_ in tal.count_verb_preps and verb.dep_ == "prep" and \
            verb.head.lemma_.lower() in tal.count_verbs:
        verb, dep = verb.head, "dobj"     # "the rebels speak of 140,000": the figure the verb gives
    if dep not in ("dobj", "attr", "npadvmod") or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if lemma in tal.amount_verbs:
        for subj in subjects:
            if subj.pos_ in ("NOUN", "ADJ") and subj.lemma_.lower() not in lex.not_units:
                first = next((t.i for t in doc[subj.left_edge.i:subj.i + 1] if t.pos_ != "DET"), subj.i)
                return subj, lex.casualty_words.get(subj.lower_, doc[first:subj.i + 1].text)
        return None
    if lemma not in tal.count_verbs:
        return None
    said = {t.i for s in subjects for t in s.subtree}
    # the casualty word may stand two sentences back: "X counted 61 dead. Y says 'at least 40'. Z says 47."
    first = _sentences_back(doc, num, 2)
    for k in range(num.i - 1, first - 1, -1):
        t = doc[k]
        if k in said:
            continue
        if t.lower_ in lex.casualty_words:
            return t, lex.casualty_words[t.lower_]
        hurt = _casualty_verb(t)
        if hurt is not None:
            return t, hurt
        if (t.lemma_.lower(),) in tal.toll_nouns:
            return t, tal.toll_nouns[(t.lemma_.lower(),)]
    unit = _previous_unit(doc, num.i, lex)
    return (verb, unit) if unit else None


def _sentences_back(doc, tok, n: int) -> int:
    """The first token of the sentence ``n`` sentences before ``tok``'s (or of the document's first)."""
    first = tok.sent.start
    for _ in range(n):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    return first


def _predicate_noun(doc, j, end, lex: Numbers):
    """The noun a number is said to be: "14 were children", "19 of the dead were women" (a part of a whole)."""
    k = j + 1
    if k + 2 < end and doc[k].lower_ == "of" and doc[k + 1].pos_ == "DET":
        k += 3                    # "of the dead"
    if k + 1 >= end or doc[k].lemma_ != "be":
        return None
    m = k + 1
    # "no more than 90,000 are 'genuine' refugees", "twelve were young men": over quotes and adjectives
    while m + 1 < min(end, k + 5) and (doc[m].is_quote or doc[m].pos_ == "ADJ" and doc[m].dep_ == "amod"):
        m += 1
    if doc[m].tag_ == "NNS" and doc[m].lemma_.lower() not in lex.not_units:
        return doc[m], doc[m].text
    return None


def _antecedent(doc, num, lex: Numbers):
    """The unit of a number standing alone as a subject: "Start with the drones. The minister says
    twelve were launched" counts drones. The nearest plural common noun before it, in its sentence or
    the one before; not a partitive ("two of the dead" are a part, not a count of the dead)."""
    preps = [c for c in num.children if c.dep_ == "prep"]
    # "Of those, about 1,200 had crossed": a fronted partitive pronoun points back like the bare number
    fronted = [p for p in preps if p.i < num.i and any(o.lower_ in tallies().partitive for o in p.children)]
    # a verbless answer is a bare number too: "How many refugees are there? About 600."
    fragment = num.dep_ == "ROOT"
    if not fragment and num.dep_ not in ("nsubj", "nsubjpass") or len(fronted) < len(preps):
        return None
    if not fragment and any(c.dep_ in ("attr", "acomp") for c in num.head.children):
        return None               # "twelve were children": the predicate says what they are
    sent = num.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    vague = _vague_first(lex)
    for k in range(min([num.i] + [p.i for p in fronted]) - 1, first - 1, -1):
        t = doc[k]
        if t.tag_ == "NNS" and t.lemma_.lower() not in lex.not_units and t.lower_ not in lex.not_units \
                and t.lemma_.lower() not in tallies().count_nouns and t.lower_ not in vague:
            return t, t.text      # not a vague amount ("arrested dozens, and 14 remain": no unit "dozens")
    return None


def _negated(doc, i) -> bool:
    """ "not one soldier": a denial that there are any, not a count of one."""
    return i > 0 and doc[i].lower_ in ("one", "1") and doc[i - 1].lower_ in tallies().negating


def _referent(doc, num, start: int, lex: Numbers):
    """The unit of a figure given to a tally: "the death toll has risen to 31" (people killed),
    "the number of people killed ... has risen to 17", "puts the number of drones used at 20",
    "put the figure at some 150" (what the article counted just before).

    num: the (last) token of the number.
    RETURNS (tuple | None): (the tally's noun, the unit).
    """
    tal = tallies()
    holders = []
    head = num.head
    if num.dep_ == "pobj" and head.lower_ == "from" and head.head.lower_ in ("up", "down") and \
            (toll := _toll_of(head, tal)) is not None:
        return toll, _tally_unit(doc, toll, start, lex)      # "the toll rose to 11 …, up from eight"
    if num.dep_ == "pobj" and head.lower_ == "from" and head.head.lower_ in ("up", "down"):
        # "412,000 households had lost power, up from the 340,000 it reported": a change from an earlier
        # figure counts what the figure just before it in the sentence counts (not the estimate's "of");
        # that figure's own count, not an earlier one ("rose to 61, up from 52" is the toll's)
        prev = next((t for t in reversed(doc[num.sent.start:num.i]) if t.pos_ == "NUM"), None)
        hit = _unit_of(prev, len(doc), lex) if prev is not None and prev.dep_ in ("nummod", "quantmod") else None
        if hit is not None:
            return head, hit[1]
    if num.dep_ == "pobj" and head.lower_ == "to" and (level := _collective_level(doc, num, head, lex)) is not None:
        return level
    bound_prep = num.dep_ == "pobj" and (head.lower_,) in _bound_preps(lex) and head.head.pos_ in ("VERB", "AUX") \
        and head.head.lemma_.lower() in tal.tally_verbs
    if num.dep_ == "pobj" and (head.lower_ in ("to", "at", "of", "from") or bound_prep):
        holder = head.head
        # "rose to 61, up from 52": the earlier figure of the tally (only through the tally verb)
        if holder.pos_ in ("NOUN", "PROPN") and head.lower_ != "from":
            holders.append(holder)                 # "a toll of 47"
            holders += [c for c in holder.children if c.dep_ == "appos"]   # "..., the death toll, already at 47"
        else:
            # the tally verb may sit above a participle: "puts the number of drones used in the attack at 20"
            verb = next((a for a in head.ancestors if a.lemma_.lower() in tal.tally_verbs or a.pos_ == "AUX"), None)
            if verb is not None and verb.i >= start:
                holders += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    elif num.dep_ in ("dobj", "attr") and head.lemma_.lower() in tal.tally_verbs:
        holders += [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]   # "reached 47"
    elif num.dep_ in ("nummod", "appos") and head.i < num.i and head.lemma_.lower() in tal.count_nouns:
        holders.append(head)              # "confirmed the number 210,000", "gave the figure, 40"
    for h in holders:
        unit = _tally_unit(doc, h, start, lex)
        if unit is not None:
            return h, unit
    # "the ministry put the number at 120": a count noun given a figure with nothing before it naming
    # what it counts is still a figure (its kind is left to the content, resolve/figures.py)
    bare = next((h for h in holders if h.lemma_.lower() in tal.count_nouns and h.i < num.i and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in h.children)), None)
    if bare is not None:
        return bare, ""
    # "X put it at 315,000", "Y estimates that at 40": a pronoun given a figure points back to the count
    # before it (in its sentence or the ones before)
    it = next((h for h in holders if h.i < num.i and h.dep_ == "dobj" and h.lower_ in tal.figure_pronouns), None)
    if it is None:
        return None
    # "… disagreed over the number of refugees. The minister put it at 315,000": the tally named before
    told = next((t for t in reversed(doc[_sentences_back(doc, it, 1):it.i]) if t.lemma_.lower() in tal.count_nouns
                 and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)), None)
    unit = _tally_unit(doc, told, start, lex) if told is not None else _previous_unit(doc, num.i, lex)
    return (it, unit) if unit else None


def _bound_preps(lex: Numbers) -> frozenset[tuple[str, ...]]:
    """The one-word bounds that are prepositions ("below", "above", "under", "over"): "the figure is below
    30,000" gives the figure to the tally as "at" does."""
    return frozenset(w for w, _ in lex.bounds if len(w) == 1 and w[0] in ("below", "above", "under", "over"))


def _collective_level(doc, num, to, lex: Numbers):
    """A body of people brought to a level: "40 more monitors …, bringing the mission to 160", "raised the force
    to 3,000" — the figure counts what the count just before counted (its increment words left out: the level is
    the whole). RETURNS (tuple | None): (the collective noun, the unit)."""
    tal = tallies()
    verb = to.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in tal.tally_verbs:
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < to.i), None)
    if noun is None or noun.lemma_.lower() not in tal.collective_nouns:
        return None
    unit = _previous_unit(doc, noun.i, lex, reach=noun.i - _sentences_back(doc, noun, 1) + 1)
    if not unit:
        return None
    kept = [w for w in unit.split() if w.lower() not in tal.increment_words]
    return (noun, " ".join(kept)) if kept else None


def _toll_of(tok, tal):
    """The toll a tally verb of the sentence has for its subject or object, or None ("the death toll … rose to
    11 after three wounded officers died, … up from eight": the earlier figure is the toll's, not the officers')."""
    return next((c for v in tok.sent if v.lemma_.lower() in tal.tally_verbs for c in v.children
                 if c.dep_ in ("nsubj", "nsubjpass", "dobj") and (c.lemma_.lower(),) in tal.toll_nouns), None)


def _tally_unit(doc, noun, start: int, lex: Numbers) -> str | None:
    """The unit a tally noun stands for: a toll's, the "of" of a count, else the count just before."""
    tal = tallies()
    lemma = noun.lemma_.lower()
    mods = tuple(c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i)
    for key in ((*mods[-1:], lemma), (lemma,)):
        if key in tal.toll_nouns:
            return tal.toll_nouns[key]
    if lemma not in tal.count_nouns:
        # "a city of 300,000": a place's size is a count of its people
        pop = _population()
        return pop[1] if lemma in pop[0] else None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.lemma_.lower() not in lex.not_units:
                first = next((t.i for t in doc[obj.left_edge.i:obj.i + 1] if t.pos_ != "DET"), obj.i)
                return _casualty(doc, obj, doc[first:obj.i + 1].text.strip(" ,"), lex)[1]
            if obj is not None and obj.lower_ in lex.casualty_words:
                return lex.casualty_words[obj.lower_]    # "the number of displaced", "the number of dead"
            return None
    # the count just before, in its sentence ("52 people were killed; X put the figure at 11") or earlier
    return _previous_unit(doc, noun.i, lex)


def _previous_unit(doc, before: int, lex: Numbers, reach: int = 120) -> str | None:
    """The unit of the nearest count before a position ("at least 40 contractors ... put the figure at 150")."""
    table = tokens(doc)
    pos, dep = table.pos, table.dep      # from the token table: a Token only at a counting number (speed)
    for k in range(before - 1, max(-1, before - reach), -1):
        # also a translation's plural scale read as a noun: "fifteen thousands refugees" (thousands → refugees)
        if dep[k] in ("nummod", "quantmod") and (pos[k] == "NUM" or scale_of(table.lower[k], lex) is not None):
            hit = _unit_of(doc[k], len(doc), lex)
            if hit is not None and scale_of(hit[0].lower_, lex) is None:
                return hit[1]
            if hit is not None and (after := _unit(doc, hit[0].i + 1, len(doc), lex))[0] is not None:
                return after[1]   # "three hundred fifteen thousands refugees": the noun after the scale
    return None


def _unit(doc, j, end, lex: Numbers):
    """The counted noun after position ``j`` with its modifiers ("Russian-made military planes")."""
    k = j
    limit = min(end, j + 6)
    while k < limit:
        t = doc[k]
        if t.pos_ in ("NOUN", "PROPN") and t.lower_ not in lex.not_units and t.lemma_.lower() not in lex.not_units:
            # extend over a compound run ("jet fighters", "MiG 29s")
            m = k
            while m + 1 < limit and doc[m + 1].pos_ in ("NOUN", "PROPN") and doc[m + 1].dep_ in ("compound", "dobj", "nsubj", "pobj", "appos", "conj") \
                    and doc[m].dep_ == "compound":
                m += 1
            # "40 thousand of persons": the unit is "persons", not "of persons"
            first = next((x for x in range(j, m) if doc[x].lower_ != "of"), m)
            return _casualty(doc, doc[m], doc[first:m + 1].text.strip(" ,"), lex)
        if t.pos_ in ("ADJ", "NUM", "PUNCT") and t.text not in ",.;" or t.dep_ in ("amod", "compound", "nummod", "quantmod") \
                or t.lower_ in ("of",):
            k += 1
            continue
        return None, None
    return None, None
