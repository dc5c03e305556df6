"""Every entry of the claim-stage lexicons pinned on a sentence written here (invented actors).

Each test is parametrized from the data file itself, so an entry added to plover.yaml,
attribution.yaml, hedges.yaml or quantities.yaml is tested the moment it is added.
"""
from __future__ import annotations

import pytest

from claimgraph import data
from claimgraph.extract.claims import find_claims
from claimgraph.extract.hedges import HedgeFinder
from claimgraph.extract.lexicons import plover
from claimgraph.extract.mentions import find_mentions
from claimgraph.extract.quantities import find_quantities
from claimgraph.extract.quotes import find_quotes
from claimgraph.model import Document

pytestmark = pytest.mark.model

A = "General Tomas Varga"
B = "Karl Odum"
PLACE = "Kessin"

# English past tenses the templates need (test-only; the product reads lemmas from the parser)
IRREGULAR = {
    "meet": "met", "send": "sent", "strike": "struck", "shoot": "shot", "hit": "hit", "fight": "fought",
    "give": "gave", "sell": "sold", "bring": "brought", "lay": "laid", "withdraw": "withdrew", "hold": "held",
    "have": "had", "begin": "began", "make": "made", "cut": "cut", "break": "broke", "build": "built",
    "seek": "sought", "win": "won", "lose": "lost", "get": "got", "see": "saw", "stand": "stood",
    "speak": "spoke", "tell": "told", "say": "said", "think": "thought", "find": "found", "write": "wrote",
    "swear": "swore", "feel": "felt", "mislead": "misled", "set": "set", "put": "put", "fly": "flew",
    "deal": "dealt", "lead": "led", "keep": "kept", "leave": "left", "run": "ran", "take": "took",
    "rush": "rushed", "step": "stepped", "ship": "shipped", "mass": "massed", "show": "showed",
    "ally": "allied", "rally": "rallied", "supply": "supplied", "reply": "replied", "deny": "denied",
    "imply": "implied", "testify": "testified", "signal": "signalled", "slam": "slammed", "prop": "propped",
    "equip": "equipped", "plan": "planned", "regret": "regretted", "admit": "admitted", "rebut": "rebutted",
    "overthrow": "overthrew", "flee": "fled", "ambush": "ambushed", "spread": "spread", "forecast": "forecast",
    "freeze": "froze", "stop": "stopped", "withhold": "withheld", "shut": "shut", "bear": "bore",
    "transfer": "transferred", "let": "let", "quit": "quit", "throw": "threw", "overrun": "overran", "retake": "retook",
}


def past(verb: str) -> str:
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


# nouns with no plural ("sent help", "shared its expertise"): the template uses them as they are
MASS_NOUNS = {"help", "expertise", "evidence", "information", "knowledge", "headquarters", "premises"}
# premises searched (round 6): "searched the office of X", one place of the party's
PREMISES = {"office", "headquarters", "home", "house", "residence", "flat", "apartment"}


def plural(noun: str) -> str:
    if noun in MASS_NOUNS:
        return noun
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def claims_of(nlp, text: str):
    document = Document(id="t", path="t.txt", text=text)
    doc = nlp(text)
    mentions = find_mentions(document, doc)
    by_id = {}
    claims = find_claims(document, doc, mentions)
    by_id.update({m.id: m for m in mentions})
    return claims, by_id


def event_types(claims) -> set[str]:
    return {c.event.type for c in claims if c.event.type}


def names(claims, by_id, role: str) -> set[str]:
    out = set()
    for c in claims:
        mid = getattr(c.event, f"{role}_mention")
        if mid in by_id:
            m = by_id[mid]
            out |= {m.name, m.local_key or m.name}
    return out


def a_does_it_to_b(claims, by_id) -> bool:
    """Does one of ``claims`` have A (Tomas Varga) as its subject and B (Karl Odum) as its object?"""
    return any("Tomas Varga" in names([c], by_id, "subject") and "Karl Odum" in names([c], by_id, "object")
               for c in claims)


_plover = data.load("plover.yaml")
_cues = data.load("attribution.yaml")
_hedges = data.load("hedges.yaml")
_numbers = data.load("quantities.yaml")

# Objects that suit each type in a transitive template
VERB_OBJECT = {"MOBILIZE": f"troops to {PLACE}", "RETREAT": f"from {PLACE}", "PROTEST": f"in {PLACE}"}
INTRANSITIVE = {"cooperate", "collaborate", "coordinate", "partner", "ally", "retreat", "withdraw", "evacuate",
                "protest", "demonstrate", "rally", "appeal", "mediate", "arbitrate", "negotiate", "agree", "settle", "concede",
                "yield", "boycott"}
# Verbs whose past form the tagger reads as an adjective after a name ("X armed Y"): pinned in the progressive
PROGRESSIVE = {"arm"}


@pytest.mark.parametrize("verb,type_", sorted(_plover["verbs"].items()))
def test_lexicon_plover_verb(nlp, verb, type_):
    if verb in INTRANSITIVE or type_ in ("RETREAT", "PROTEST"):
        text = f"{A} {past(verb)} with {B} in {PLACE} on Monday."
        if type_ in ("RETREAT", "PROTEST"):
            text = f"{A} {past(verb)} from {PLACE} on Monday." if type_ == "RETREAT" else \
                f"{A} {past(verb)} against {B} in {PLACE} on Monday."
    elif type_ == "MOBILIZE":
        text = f"{A} {past(verb)} soldiers to {PLACE} on Monday."
    elif verb in PROGRESSIVE:
        text = f"{A} is {verb}ing {B} in {PLACE}."
    else:
        text = f"{A} {past(verb)} {B} in {PLACE} on Monday."
    claims, by_id = claims_of(nlp, text)
    # a verb that is also a reporting cue (accuse, deny, urge …) is typed as the speech act
    speech = {c.speech_type for c in claims}
    assert type_ in event_types(claims) | speech, text
    typed = [c for c in claims if c.event.type == type_ or c.speech_type == type_]
    assert any("Tomas Varga" in names([c], by_id, "subject") or c.speaker_text and "Varga" in c.speaker_text
               for c in typed), text


@pytest.mark.parametrize("phrase,type_", sorted(_plover["phrasal"].items()))
def test_lexicon_plover_phrasal(nlp, phrase, type_):
    verb, particle = phrase.split(" ", 1)
    if type_ == "RETREAT":
        text = f"{A}'s army {past(verb)} {particle} of {PLACE} on Monday."
    elif type_ == "REQUEST" and particle == "for":
        text = f"{A} {past(verb)} {particle} talks with {B} in {PLACE}."
    elif type_ == "REQUEST":
        text = f"{A} {past(verb)} {particle} {B} to leave {PLACE}."
    elif type_ == "COOPERATE" and particle == "up":
        text = f"{A} {past(verb)} {particle} with {B} in {PLACE}."
    elif particle in ("up", "down", "out", "back") or verb == "open":
        text = f"{A} {past(verb)} {particle} against {B} in {PLACE}."
        if verb == "prop":
            text = f"{A} {past(verb)} {particle} {B} in {PLACE}."
        if verb in ("back", "step"):
            text = f"{A} {past(verb)} {particle} after talks with {B} in {PLACE}."
    else:
        text = f"{A} {past(verb)} {particle} {B} in {PLACE}."
    claims, _ = claims_of(nlp, text)
    assert type_ in event_types(claims) | {c.speech_type for c in claims}, text


VO_PARAMS = []
for _entry in _plover["verb_objects"]:
    for _v in _entry["verbs"]:
        VO_PARAMS.append((_v, _entry["objects"][0], _entry["type"]))
    for _o in _entry["objects"][1:]:
        VO_PARAMS.append((_entry["verbs"][0], _o, _entry["type"]))


# things whose entry needs a frame of its own (a curfew over a place, tear gas at people, the assets of a party,
# positions abandoned): the template says what the entry means
VO_FRAMES = {
    "curfew": "{A} {verb} a curfew in {PLACE}.", "emergency": "{A} {verb} a state of emergency in {PLACE}.",
    "lockdown": "{A} {verb} a lockdown in {PLACE}.",
    "gas": "{A} {verb} tear gas at {B} in {PLACE}.", "teargas": "{A} {verb} teargas at {B} in {PLACE}.",
    **{t: "{A} {verb} the {things} of {B} near {PLACE}." for t in ("patrol", "convoy", "asset", "property", "fund",
                                                                   "account")},
    **{t: "{A} {verb} the {thing} to {PLACE}." for t in ("road", "route", "highway", "passage")},
    # round 5 (rel7): a place sealed or encircled, power cut to a place
    **{t: "{A} {verb} the {thing} of {PLACE}." for t in ("town", "city", "village", "area", "district",
                                                        "neighbourhood", "neighborhood", "enclave", "valley", "settlement", "suburb", "province",
                                                        "region")},
    **{t: "{A} {verb} {thing} to {PLACE}." for t in ("power", "electricity", "water", "internet")},
    **{t: "{A} {verb} the {thing} of {B} in {PLACE}." for t in PREMISES},
    **{t: "{A} {verb} its {things} near {PLACE}." for t in ("position", "outpost", "post", "stronghold",
                                                            "trench", "garrison", "checkpoint", "foothold",
                                                            "bridgehead")},
    # round 7 (rel9): forces taken out of a place
    **{t: "{A} {verb} its {things} from {PLACE}." for t in ("troop", "soldier", "force", "fighter", "man", "unit",
                                                            "battalion", "brigade", "division", "regiment",
                                                            "personnel", "militant", "mercenary", "contractor",
                                                            "garrison", "army", "gunman", "combatant")},
}


@pytest.mark.parametrize("verb,obj,type_", VO_PARAMS)
def test_lexicon_plover_verb_object(nlp, verb, obj, type_):
    if obj in VO_FRAMES and type_ in ("COERCE", "RETREAT"):
        text = VO_FRAMES[obj].format(A=A, B=B, PLACE=PLACE, verb=past(verb), thing=obj, things=plural(obj))
        claims, _ = claims_of(nlp, text)
        assert type_ in event_types(claims), text
        return
    prep = {"MOBILIZE": f"to {PLACE}", "AID": f"to {B}", "ASSAULT": f"against {B}", "CONSULT": f"with {B}",
            "SANCTION": f"on {B}", "AGREE": f"with {B}", "COOPERATE": f"with {B}", "REQUEST": f"from {B}",
            "THREATEN": f"against {B}", "PROTEST": f"against {B}", "CONCEDE": f"to {B}",
            "ACCUSE": "for the attack", "COERCE": f"bound for {B}"}[type_]
    noun = plural(obj) if type_ in ("MOBILIZE", "AID", "SANCTION", "COOPERATE", "CONSULT", "CONCEDE") else f"a {obj}"
    if verb == "observe":
        # ("observe" is also a report cue, "as X observed": read as the act only in a body's content clause)
        text = f"The {PLACE} council said it would observe {noun} {prep}."
    elif verb == "carry" or verb == "step":
        text = f"{A} {past(verb)} out {noun} {prep} in {PLACE}." if verb == "carry" else \
            f"{A} {past(verb)} up {noun} {prep} in {PLACE}."
    else:
        text = f"{A} {past(verb)} {noun} {prep} in {PLACE}."
    claims, _ = claims_of(nlp, text)
    assert type_ in event_types(claims), text


NOUN_PREP = {"ASSAULT": "on", "SUPPORT": "for", "CONSULT": "with", "COOPERATE": "with", "AID": "to",
             "MOBILIZE": "to", "RETREAT": "from", "REQUEST": "on", "ACCUSE": "against", "REJECT": "of",
             "THREATEN": "against", "PROTEST": "against", "SANCTION": "on", "COERCE": "of", "AGREE": "with"}


@pytest.mark.parametrize("noun,type_", sorted(_plover["nouns"].items()))
def test_lexicon_plover_noun(nlp, noun, type_):
    target = PLACE if type_ in ("MOBILIZE", "RETREAT") else B
    prep = "of" if noun in ("shelling", "bombing", "bombardment", "siege") else NOUN_PREP[type_]
    text = f"{A}'s {noun} {prep} {target} began last week."
    claims, by_id = claims_of(nlp, text)
    hits = [c for c in claims if c.event.type == type_]
    assert hits, text
    assert any("Tomas Varga" in names([c], by_id, "subject") for c in hits), text


@pytest.mark.parametrize("noun,type_", sorted(_plover["agent_nouns"].items()))
def test_lexicon_plover_agent_noun(nlp, noun, type_):
    text = f"{B}'s strongest {noun}, {A}, arrived in {PLACE} on Monday."
    claims, by_id = claims_of(nlp, text)
    hits = [c for c in claims if c.event.type == type_]
    assert hits, text
    assert a_does_it_to_b(hits, by_id), text


@pytest.mark.parametrize("phrase,type_", sorted(_plover["prep_phrases"].items()))
def test_lexicon_plover_prep_phrase(nlp, phrase, type_):
    text = f"{A} sent soldiers to {PLACE} {phrase} {B} last week."
    claims, by_id = claims_of(nlp, text)
    hits = [c for c in claims if c.event.type == type_]
    assert hits, text
    assert any("Karl Odum" in names([c], by_id, "object") for c in hits), text


@pytest.mark.parametrize("verb,type_", sorted(_plover["negated"].items()))
def test_lexicon_plover_negated(nlp, verb, type_):
    # the negated form of a type's first verb becomes the mapped type
    lemma = next(v for v, t in _plover["verbs"].items() if t == verb)
    prep = "with " if lemma in INTRANSITIVE else ""
    text = f"{A} does not {lemma} {prep}{B} in {PLACE}."
    claims, _ = claims_of(nlp, text)
    assert type_ in event_types(claims), text


@pytest.mark.parametrize("noun,kinds", sorted(_plover["group_nouns"].items()))
def test_lexicon_plover_group_noun_is_read(noun, kinds):
    assert kinds and all(k in ("person", "country", "government", "organization", "armed_group", "media",
                                "place", "other") for k in kinds)


def _cue_text(lemma: str, entry: dict) -> str:
    arg = (entry or {}).get("arg")
    if (entry or {}).get("objects"):
        # a figure cue: "put the number of soldiers moved to Kessin at 300"
        prep = entry.get("prep", "at")
        prep = prep if isinstance(prep, str) else prep[0]
        return f"{A} {past(lemma)} the {entry['objects'][0]} of soldiers moved to {PLACE} {prep} 300."
    if (entry or {}).get("figure"):
        # a counting cue reports only a figure: "counted 300 soldiers moved to Kessin"
        return f"{A} {past(lemma)} 300 soldiers moved to {PLACE}."
    if entry.get("needs") == "harm":
        # a tracing cue names the one blamed after "to": "traced the attack on soldiers in Kessin to Y"
        return f"{A} {past(lemma)} the attack on soldiers in {PLACE} to {B}."
    if entry.get("needs") == "dismissal":
        # a naming cue rejects only with a dismissive label, here in machine translation's order (the label
        # before a long object): 'named "a <label>" the report that …'
        label = _cues["labelling"]["dismissing_labels"][0]
        return f'{A} {past(lemma)} "a {label}" the report that {B} had moved soldiers to {PLACE}.'
    if entry.get("needs") == "untyped_clause":
        # a refusal rejects only with an infinitive the PLOVER lexicon does not type: "declined to name the
        # soldiers moved to Kessin" (not "declined to comment": test_lexicon_attribution_verb)
        return f"{A} {past(lemma)} to name the soldiers moved to {PLACE}."
    if arg == "of":
        return f"{A} {past(lemma)} {B} of moving soldiers to {PLACE}."
    if arg in ("with", "for"):
        return f"{A} {past(lemma)} {B} {arg} moving soldiers to {PLACE}."
    if arg == "xcomp":
        return f"{A} {past(lemma)} {B} to move soldiers to {PLACE}."
    return f"{A} {past(lemma)} that {B} had moved soldiers to {PLACE}."


@pytest.mark.parametrize("lemma,entry", sorted(_cues["verbs"].items()))
def test_lexicon_attribution_verb(nlp, lemma, entry):
    entry = entry or {}
    text = _cue_text(lemma, entry)
    for clause in entry.get("not_clauses", []):
        # the clauses a refusal cue leaves alone ("declined to comment on …") make no speech act of its type
        other, _ = claims_of(nlp, f"{A} {past(lemma)} to {clause} on the soldiers moved to {PLACE}.")
        assert not any(c.speech_type == entry.get("type") for c in other), clause
    claims, _ = claims_of(nlp, text)
    said = [c for c in claims if c.speaker_text and "Varga" in c.speaker_text]
    assert said, text
    assert any(c.content_text and "soldiers" in c.content_text for c in said), text
    if entry.get("type"):
        assert entry["type"] in {c.speech_type for c in said} | {c.event.type for c in said}, text
    if entry.get("stance") == "denies":
        assert all(c.stance == "denies" for c in said), text


@pytest.mark.parametrize("phrase,entry", sorted(_cues["phrasal"].items()))
def test_lexicon_attribution_phrasal(nlp, phrase, entry):
    verb, particle = phrase.split(" ", 1)
    if particle == "it":
        # verb + object cues come in an aside with "as": "As X put it, …"
        text = f"As {A} {past(verb)} it, {B} had moved soldiers to {PLACE}."
    elif (entry or {}).get("arg") == "xcomp":
        text = f"{A} {past(verb)} {particle} {B} to move soldiers to {PLACE}."
    elif particle in ("for", "to"):
        text = f"{A} {past(verb)} {particle} the withdrawal of soldiers from {PLACE}."
    elif (entry or {}).get("needs") == "proposal":
        # a rejection of a proposal only: "turned down an offer to send soldiers", not "turned down the volume"
        text = f"{A} {past(verb)} {particle} an offer to send soldiers to {PLACE}."
        claims, _ = claims_of(nlp, f"{A} {past(verb)} {particle} the volume of the radio near {PLACE}.")
        assert not any(c.speaker_text and "Varga" in c.speaker_text for c in claims)
    else:
        text = f"{A} {past(verb)} {particle} that {B} had moved soldiers to {PLACE}."
    claims, _ = claims_of(nlp, text)
    said = [c for c in claims if c.speaker_text and "Varga" in c.speaker_text]
    assert said and any("soldiers" in (c.content_text or "") for c in said), text


@pytest.mark.parametrize("phrase", _cues["source_preps"])
def test_lexicon_attribution_source_prep(nlp, phrase):
    text = f"{B} moved soldiers to {PLACE}, {phrase} {A}."
    claims, _ = claims_of(nlp, text)
    if phrase not in ("quoting", "citing"):     # "…, according to X", "…, by the data of X"
        assert any(c.speaker_text and "Varga" in c.speaker_text and "soldiers" in c.content_text for c in claims), text
    else:   # quoting/citing name the source a statement leans on
        text = f"The Daily Kessin Star, {phrase} {A}, said that {B} moved soldiers to {PLACE}."
        claims, _ = claims_of(nlp, text)
        assert any(c.speaker_text and "Varga" in c.speaker_text and any("Star" in v.name for v in c.via)
                   for c in claims), text


@pytest.mark.parametrize("phrase", _cues["via_preps"])
def test_lexicon_attribution_via_prep(nlp, phrase):
    words = phrase.split()
    if words[0] in ("seen", "obtained", "reviewed", "published", "posted", "broadcast", "aired", "reported", "released",
                    "cited", "quoted"):
        text = f"{B} moved soldiers to {PLACE}, according to a report {phrase} the Kessin Herald."
    elif words[0] == "as":
        # "…, as reported by X": X is who the statement comes through (speaker or via)
        text = f"{B} moved soldiers to {PLACE}, {phrase} the Kessin Herald."
        claims, _ = claims_of(nlp, text)
        assert any("Herald" in (c.speaker_text or "") or any("Herald" in v.name for v in c.via) for c in claims), text
        return
    else:
        text = f"{A} said {phrase} the Kessin Herald that {B} had moved soldiers to {PLACE}."
    claims, _ = claims_of(nlp, text)
    assert any(any("Herald" in v.name for v in c.via) for c in claims), text


@pytest.mark.parametrize("phrase", _cues["denial_phrases"])
def test_lexicon_attribution_denial_phrase(nlp, phrase):
    text = f"{A} said that the reports about {PLACE} were {phrase}."
    claims, _ = claims_of(nlp, text)
    said = [c for c in claims if c.speaker_text and "Varga" in c.speaker_text]
    assert said and all(c.stance == "denies" for c in said), text


@pytest.mark.parametrize("word,term", sorted(_hedges["words"].items()))
def test_lexicon_hedge_word(nlp, word, term):
    if word in ("could", "may", "might"):
        text = f"{B} {word} attack {PLACE} next week."
    else:
        text = f"Observers described the {word} attack on {PLACE} in detail."
    doc = nlp(text)
    hits = HedgeFinder(doc, find_quotes(text)).hits
    assert any(h.label == word and h.term == term for h in hits), text


@pytest.mark.parametrize("phrase,term", sorted(_hedges["phrases"].items()))
def test_lexicon_hedge_phrase(nlp, phrase, term):
    text = f"Observers wrote that {phrase} the attack on {PLACE} happened."
    doc = nlp(text)
    hits = HedgeFinder(doc, find_quotes(text)).hits
    label = phrase.replace("cannot", "can not")      # matched on spaCy's tokens
    assert any(h.label == label and h.term == term for h in hits), text


@pytest.mark.parametrize("word", sorted(_hedges["scare_quotable"]))
def test_lexicon_hedge_scare_quote(nlp, word):
    text = f"The ministry said it had \u201c{word}\u201d the attack on {PLACE}."
    doc = nlp(text)
    hits = HedgeFinder(doc, find_quotes(text)).hits
    assert any(h.label == f'"{word}"' for h in hits), text


@pytest.mark.parametrize("word,term", sorted(_hedges["boosters"].items()))
def test_lexicon_hedge_booster(nlp, word, term):
    text = f"Observers said {word} the attack on {PLACE} happened."
    doc = nlp(text)
    finder = HedgeFinder(doc, find_quotes(text))
    assert any(h.booster and h.term == term for h in finder.hits), text
    assert finder.certainty(finder.hits) == term


@pytest.mark.parametrize("word,value", sorted((k, v) for k, v in _numbers["units"].items()))
def test_lexicon_number_word(nlp, word, value):
    text = f"{A} sent {word} tanks to {PLACE}."
    doc = nlp(text)
    found = find_quantities(doc, 0, len(doc))
    assert found and found[0][0].value == value and found[0][0].unit == "tanks", text


@pytest.mark.parametrize("word,mult", sorted(_numbers["scales"].items()))
def test_lexicon_number_scale(nlp, word, mult):
    text = f"{A} sent 3 {word} rifles to {PLACE}." if len(word) > 2 else f"{A} sent 3{word} rifles to {PLACE}."
    doc = nlp(text)
    found = find_quantities(doc, 0, len(doc))
    assert found and found[0][0].value == 3 * mult, text


@pytest.mark.parametrize("phrase,rng", sorted(_numbers["vague"].items()))
def test_lexicon_number_vague(nlp, phrase, rng):
    of = "" if phrase in ("several", "many", "numerous", "a few") or phrase.endswith(" of") else " of"
    text = f"{A} sent {phrase}{of} soldiers to {PLACE}."
    doc = nlp(text)
    found = find_quantities(doc, 0, len(doc))
    assert found, text
    q = found[0][0]
    assert q.bound == "vague" and q.low == rng["low"] and q.value == rng["low"] and q.unit == "soldiers", text


@pytest.mark.parametrize("phrase,bound", sorted(_numbers["bounds"].items()))
def test_lexicon_number_bound(nlp, phrase, bound):
    text = f"{A} sent {phrase} 40 soldiers to {PLACE}."
    doc = nlp(text)
    found = find_quantities(doc, 0, len(doc))
    assert found and found[0][0].value == 40 and found[0][0].bound == bound, text


@pytest.mark.parametrize("symbol,code", sorted(_numbers["currency"].items()))
def test_lexicon_number_currency(nlp, symbol, code):
    text = f"{A} paid {symbol}40 million to {B}." if len(symbol) == 1 else f"{A} paid 40 million {symbol} to {B}."
    doc = nlp(text)
    found = find_quantities(doc, 0, len(doc))
    assert found and found[0][0].unit == code and found[0][0].value == 40_000_000, text


@pytest.mark.parametrize("word,unit", sorted(_numbers["casualty_words"].items()))
def test_lexicon_number_casualty_word(nlp, word, unit):
    text = f"At least 12 people were {word} in {PLACE}." if word not in ("deaths", "death", "casualties") else \
        f"The shelling of {PLACE} caused 12 {word}."
    doc = nlp(text)
    found = find_quantities(doc, 0, len(doc))
    assert found and found[0][0].value == 12, text
    assert found[0][0].unit in (unit, word, f"people {word}"), text


def test_lexicon_types_are_plover():
    lex = plover()
    from claimgraph.model import PLOVER_TYPES

    assert set(lex.verbs.values()) <= set(PLOVER_TYPES)
    assert set(lex.nouns.values()) <= set(PLOVER_TYPES)


@pytest.mark.parametrize("thing", sorted(_plover.get("self_contained", [])))
def test_lexicon_plover_self_contained(nlp, thing):
    # the thing names the whole event: the doer alone is a relation
    verb = next((e["verbs"][0] for e in _plover["verb_objects"] if thing in e["objects"]), None)
    with_prep = next((e for e in _plover.get("verb_prep_objects", []) if thing in e["objects"]), None)
    assert verb or with_prep, f"{thing} is in no verb_objects or verb_prep_objects entry"
    if verb:
        text = f"The {plural(thing)} were {past(verb)} by {A} last week."
    else:       # "put its forces on alert": the thing is the object of the verb's preposition
        text = f"{A} {past(with_prep['verb'])} the troops {with_prep['prep']} {thing} last week."
    claims, by_id = claims_of(nlp, text)
    assert any("Tomas Varga" in names([c], by_id, "subject") for c in claims if c.event.type), text


@pytest.mark.parametrize("thing,preps", sorted(_plover.get("object_preps", {}).items()))
def test_lexicon_plover_object_preps(nlp, thing, preps):
    # the first entry naming the thing: a verb + object entry, else a phrase ("declared martial law in X")
    entries = [(e["verbs"][0], e["type"], thing) for e in _plover["verb_objects"] if thing in e["objects"]]
    entries += [(e["verbs"][0], e["type"], o) for e in _plover.get("phrase_objects", []) for o in e["objects"]
                if o.split()[-1] == thing or o.split()[0] == thing]
    # round 5 (rel7): people let in under an agreement ("agreed to allow inspectors from X to visit", frames.py)
    entries += [("allow", "AGREE", thing)] if not entries else []
    verb, type_, named = entries[0]
    for prep in preps:
        text = f"{A} {past(verb)} {named} {prep} {PLACE} on Sunday."
        if verb == "allow":
            who = {"poss": f"{PLACE}'s {plural(thing)}", "amod": f"the {PLACE} {plural(thing)}",
                   "compound": f"the {PLACE} {plural(thing)}"}.get(prep, f"{plural(thing)} {prep} {PLACE}")
            text = f"{A} agreed to allow {who} to visit the site on Sunday."
        elif prep in ("poss", "amod", "compound"):        # "confiscated Kessin's assets", "blocked Kessin patrols"
            text = f"{A} {past(verb)} {PLACE}'s {plural(thing)} on Sunday." if prep == "poss" else \
                f"{A} {past(verb)} the {PLACE} {plural(thing)} on Sunday."
        elif thing == "emergency":
            text = f"{A} {past(verb)} a state of emergency {prep} {PLACE} on Sunday."
        elif thing in PREMISES and prep == "of":
            text = f"{A} {past(verb)} the {thing} of {PLACE} on Sunday."
        claims, by_id = claims_of(nlp, text)
        hits = [c for c in claims if c.event.type == type_]
        assert hits and any(PLACE in names([c], by_id, "object") or c.event.location == PLACE for c in hits), text


VP_PARAMS = [(v, p, e["type"]) for e in _plover.get("verb_predicates", []) for v in e["verbs"][:1] for p in e["predicates"]]
VP_PARAMS += [(v, e["predicates"][0], e["type"]) for e in _plover.get("verb_predicates", []) for v in e["verbs"][1:]]


@pytest.mark.parametrize("verb,predicate,type_", VP_PARAMS)
def test_lexicon_plover_verb_predicate(nlp, verb, predicate, type_):
    text = f"{A} {verb}s {B} {predicate} for the raid on {PLACE}."
    claims, by_id = claims_of(nlp, text)
    hits = [c for c in claims if c.event.type == type_]
    assert a_does_it_to_b(hits, by_id), text


@pytest.mark.parametrize("type_", sorted(_plover.get("symmetric", [])))
def test_lexicon_plover_symmetric(nlp, type_):
    verb = next(v for v, t in _plover["verbs"].items() if t == type_)
    text = f"{A} and {B} {past(verb)} in {PLACE} on Monday."
    claims, by_id = claims_of(nlp, text)
    hits = [c for c in claims if c.event.type == type_]
    assert a_does_it_to_b(hits, by_id), text


@pytest.mark.parametrize("word", sorted(_plover.get("adjectival_participles", [])))
def test_lexicon_plover_adjectival_participle(nlp, word):
    text = f"Chad accused {word} Niger of shelling {PLACE}."
    claims, by_id = claims_of(nlp, text)
    accused = [c for c in claims if c.speech_type == "ACCUSE"]
    assert any("Niger" in names([c], by_id, "subject") for c in accused), text


@pytest.mark.parametrize("host", sorted(_plover.get("cancelling_hosts", [])))
def test_lexicon_plover_cancelling_host(nlp, host):
    words = host.split()
    verb = past(words[0]) + (" " + " ".join(words[1:]) if len(words) > 1 else "")
    text = f"{A} {verb} the attack on {B} in {PLACE}."
    claims, by_id = claims_of(nlp, text)
    assert not any("Karl Odum" in names([c], by_id, "object") for c in claims if c.event.type == "ASSAULT"), text
    control = f"{A} began the attack on {B} in {PLACE}."
    claims, by_id = claims_of(nlp, control)
    assert any("Karl Odum" in names([c], by_id, "object") for c in claims if c.event.type == "ASSAULT"), control


@pytest.mark.parametrize("type_", sorted(_plover.get("reflexive_keeps_subject", [])))
def test_lexicon_plover_reflexive_keeps_subject_is_read(type_):
    assert type_ in plover().reflexive_keeps_subject


@pytest.mark.parametrize("verb", sorted(_plover.get("expletive_it_verbs", [])))
def test_lexicon_plover_expletive_it_verb(nlp, verb):
    from claimgraph.extract.grammar import _expletive

    doc = nlp(f"It will {verb} so.")
    v = next(t for t in doc if t.lemma_.lower() == verb)
    assert _expletive(v), verb
    assert not _expletive(next(t for t in nlp("It attacked the town.") if t.lemma_ == "attack"))


@pytest.mark.parametrize("verb", sorted(_plover.get("observer_hosts", [])))
def test_lexicon_plover_observer_host(nlp, verb):
    text = f"{A} {past(verb)} the attack on {PLACE}."
    claims, by_id = claims_of(nlp, text)
    assert not any("Tomas Varga" in names([c], by_id, "subject") for c in claims if c.event.type == "ASSAULT"), text


@pytest.mark.parametrize("verb", sorted(_plover.get("receiving_verbs", [])))
def test_lexicon_plover_receiving_verb(nlp, verb):
    text = f"{A} {past(verb)} weapons from {B} last year."
    claims, by_id = claims_of(nlp, text)
    assert any("Karl Odum" in names([c], by_id, "subject") and "Tomas Varga" in names([c], by_id, "object")
               for c in claims if c.event.type == "AID"), text


@pytest.mark.parametrize("verb", sorted(_plover.get("under_hosts", [])))
def test_lexicon_plover_under_host(nlp, verb):
    form = {"be": "was", "come": "came", "fall": "fell"}.get(verb, past(verb))
    text = f"{PLACE} {form} under attack from {A} on Monday."
    claims, by_id = claims_of(nlp, text)
    assert any("Tomas Varga" in names([c], by_id, "subject") for c in claims if c.event.type == "ASSAULT"), text


@pytest.mark.parametrize("word", sorted(_plover.get("reciprocal", [])))
def test_lexicon_plover_reciprocal(nlp, word):
    if word in _plover["nouns"]:
        text = f"{plural(word).capitalize() if word != 'fighting' else 'Fighting'} between {A} and {B} were reported in {PLACE}."
    elif word in _plover["verbs"]:
        text = f"{A} and {B} {past(word)} in {PLACE} on Monday."
    else:
        text = f"{A} and {B} {past(word)} fire in {PLACE} on Monday."
    claims, by_id = claims_of(nlp, text)
    assert a_does_it_to_b([c for c in claims if c.event.type], by_id), text


@pytest.mark.parametrize("head", sorted(set(_plover.get("not_actor_heads", []))))
def test_lexicon_plover_not_actor_head(nlp, head):
    text = f"{A} urged all parties to the Malian {head} to stop."
    claims, by_id = claims_of(nlp, text)
    assert not any("Mali" in names([c], by_id, "object") for c in claims), text


@pytest.mark.parametrize("verb", sorted(_plover.get("hyphen_participles", [])))
def test_lexicon_plover_hyphen_participle(nlp, verb):
    type_ = _plover["verbs"][verb]
    text = f"The Chadian-{past(verb)} Norland Front attacked {PLACE}."
    claims, by_id = claims_of(nlp, text)
    assert any("Chad" in names([c], by_id, "subject") and "Norland Front" in names([c], by_id, "object")
               for c in claims if c.event.type == type_), text


@pytest.mark.parametrize("verb", sorted(_plover.get("leader_participles", [])))
def test_lexicon_plover_leader_participle(nlp, verb):
    text = f"A Chadian-{past(verb)} coalition has attacked {PLACE}."
    claims, by_id = claims_of(nlp, text)
    assert any("Chad" in names([c], by_id, "subject") for c in claims if c.event.type == "ASSAULT"), text
