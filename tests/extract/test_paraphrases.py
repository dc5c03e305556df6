"""Paraphrase robustness suite: one invented event per PLOVER type, written in the syntactic forms a news writer
or a machine translation uses (active, passive with and without agent, nominal, possessive nominal, coordination,
relative clauses, apposition, modal, reported, fronted adverbials, MT word orders). The relation must come out the
same in every form. Each type also has a negated form (recorded, not dropped) and a look-alike that must NOT give the
event. Invented states, capitals and sentences only.

``CASES`` is read by a small counting script (docs/claims.md, "Paraphrase suite") to tabulate failures per form and
per type; cases that still fail are marked ``xfail(strict=True)`` in ``FAILING`` with the reason, never deleted.
"""
from __future__ import annotations

import pytest

from claimgraph import data
from tests.extract.invented import extract, name

pytestmark = pytest.mark.model

S, S2, O, CITY = "Zarvenia", "Ostravia", "Drevnia", "Kostrel"
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
# "did not support X" is recorded as the type its negation becomes (REJECT), other types as negated=True
NEGATED_AS = data.load("plover.yaml")["negated"]

# per type: past VP, base VP, past-participle VP, passive clause (object only), of/by nominal, possessive nominal,
# relative clause with an object gap (the object is the antecedent), machine-translation order
LEX = {
    "ASSAULT": ("shelled {O}", "shell {O}", "shelled {O}", "{O} was shelled", "the shelling of {O} by {S}",
                "{S}'s offensive against {O}", "{O}, which {S} shelled on Tuesday,", "By {S} was shelled {O}"),
    "MOBILIZE": ("sent troops to {O}", "send troops to {O}", "sent troops to {O}", "Troops were sent to {O}",
                 "the deployment of troops to {O} by {S}", "{S}'s deployment of troops to {O}",
                 "{O}, to which {S} sent troops on Tuesday,", "By {S} were sent troops to {O}"),
    "AID": ("supplied drones to {O}", "supply drones to {O}", "supplied drones to {O}", "Drones were supplied to {O}",
            "the delivery of drones to {O} by {S}", "{S}'s supply of drones to {O}",
            "{O}, to which {S} supplied drones on Tuesday,", "To {O} were delivered by {S} four drones"),
    "SUPPORT": ("backed {O}", "back {O}", "backed {O}", "{O} was backed", "the backing of {O} by {S}",
                "{S}'s support for {O}", "{O}, which {S} backed on Tuesday,", "By {S} was supported {O}"),
    "CONSULT": ("held talks with {O}", "hold talks with {O}", "held talks with {O}", "{O} was consulted",
                "the talks with {O} held by {S}", "{S}'s talks with {O}", "{O}, with which {S} held talks on Tuesday,",
                "With {O} were held talks by {S}"),
    "AGREE": ("signed a ceasefire with {O}", "sign a ceasefire with {O}", "signed a ceasefire with {O}",
              "A ceasefire with {O} was signed", "the signing of a ceasefire with {O} by {S}",
              "{S}'s agreement with {O}", "{O}, with which {S} signed a ceasefire on Tuesday,",
              "By {S} with {O} was signed a ceasefire"),
    "COOPERATE": ("formed an alliance with {O}", "form an alliance with {O}", "formed an alliance with {O}",
                  "An alliance with {O} was formed", "the alliance of {S} with {O}", "{S}'s alliance with {O}",
                  "{O}, with which {S} formed an alliance on Tuesday,", "By {S} with {O} was formed an alliance"),
    "CONCEDE": ("returned the captured villages to {O}", "return the captured villages to {O}",
                "returned the captured villages to {O}", "The captured villages were returned to {O}",
                "the return of the villages to {O} by {S}", "{S}'s return of the villages to {O}",
                "{O}, to which {S} returned the villages on Tuesday,", "To {O} were returned by {S} the villages"),
    "RETREAT": ("withdrew its troops from {O}", "withdraw its troops from {O}", "withdrawn its troops from {O}",
                "Troops were withdrawn from {O}", "the withdrawal of troops from {O} by {S}",
                "{S}'s withdrawal from {O}", "{O}, from which {S} withdrew its troops on Tuesday,",
                "From {O} were withdrawn by {S} the troops"),
    "REQUEST": ("urged {O} to free the prisoners", "urge {O} to free the prisoners", "urged {O} to free the prisoners",
                "{O} was urged to free the prisoners", "the appeal to {O} by {S}", "{S}'s appeal to {O}",
                "{O}, which {S} urged on Tuesday to free the prisoners,", "By {S} was urged {O} to free the prisoners"),
    "ACCUSE": ("accused {O} of war crimes", "accuse {O} of war crimes", "accused {O} of war crimes",
               "{O} was accused of war crimes", "the accusations against {O} by {S}", "{S}'s accusations against {O}",
               "{O}, which {S} accused of war crimes on Tuesday,", "By {S} was accused {O} of war crimes"),
    "REJECT": ("rejected the proposal of {O}", "reject the proposal of {O}", "rejected the proposal of {O}",
               "The proposal of {O} was rejected", "the rejection of the proposal of {O} by {S}",
               "{S}'s rejection of the proposal of {O}", "{O}, whose proposal {S} rejected on Tuesday,",
               "By {S} was rejected the proposal of {O}"),
    "THREATEN": ("threatened {O} with military action", "threaten {O} with military action",
                 "threatened {O} with military action", "{O} was threatened with military action",
                 "the threats against {O} by {S}", "{S}'s threats against {O}",
                 "{O}, which {S} threatened with military action on Tuesday,",
                 "By {S} was threatened {O} with military action"),
    "PROTEST": ("boycotted {O}", "boycott {O}", "boycotted {O}", "{O} was boycotted", "the boycott of {O} by {S}",
                "{S}'s boycott of {O}", "{O}, which {S} boycotted on Tuesday,", "By {S} was boycotted {O}"),
    "SANCTION": ("imposed sanctions on {O}", "impose sanctions on {O}", "imposed sanctions on {O}",
                 "Sanctions were imposed on {O}", "the imposition of sanctions on {O} by {S}",
                 "{S}'s sanctions against {O}", "{O}, on which {S} imposed sanctions on Tuesday,",
                 "On {O} were imposed by {S} sanctions"),
    "COERCE": ("blockaded {O}", "blockade {O}", "blockaded {O}", "{O} was blockaded", "the blockade of {O} by {S}",
               "{S}'s blockade of {O}", "{O}, which {S} blockaded on Tuesday,", "By {S} was blockaded {O}"),
}

# a sentence that names both states near the type's word but does not say the event happened between them
LOOKALIKE = {
    "ASSAULT": "A film about the shelling of cities by armies was shown in {S} and {O}.",
    "MOBILIZE": "{S} sent a letter to {O} about troops.",
    "AID": "{S} and {O} both buy drones from abroad.",
    "SUPPORT": "Support for {S} is falling in {O}, the poll showed.",
    "CONSULT": "{S} held elections, and {O} holds talks on its budget.",
    "AGREE": "{S} signed a ceasefire with rebels, and {O} watched.",
    "COOPERATE": "{S}'s alliance collapsed, officials in {O} said.",
    "CONCEDE": "Villagers returned to {S} from {O}.",
    "RETREAT": "{S} withdrew its ambassador's car from a race in {O}.",
    "REQUEST": "{S} asked about the weather in {O}.",
    "ACCUSE": "A court in {S} heard that a man from {O} was accused of theft.",
    "REJECT": "{S} rejected a proposal of its own parliament, diplomats in {O} said.",
    "THREATEN": "{S} is threatened by floods, and so is {O}.",
    "PROTEST": "Farmers in {S} boycotted a market, and farmers in {O} did too.",
    "SANCTION": "{S} imposed sanctions on its own banks, a bank in {O} said.",
    "COERCE": "{S}'s blockade runners were honoured in {O}.",
}


# "Y, X's main backer, …": an agent noun in apposition (the types with one in the lexicon)
AGENT_NOUN = {"AID": "main arms supplier", "SUPPORT": "main backer", "COOPERATE": "closest ally",
              "CONSULT": "chief mediator", "ASSAULT": "attacker"}


def _fill(pattern: str) -> str:
    return pattern.format(S=S, O=O)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def forms(type_: str) -> dict[str, tuple[str, tuple, str]]:
    """The forms of one type's event: form -> (text, expected (subject, type, object), what else to check)."""
    past, base, pp, passive, nominal, possessive, rel_object, mt = (_fill(p) for p in LEX[type_])
    rel = (S, type_, O)
    return {
        "active": (f"{S} {past} on Tuesday.", rel, ""),
        "passive_by": (f"{passive} by {S} on Tuesday.", rel, ""),
        "passive_no_agent": (f"{passive} on Tuesday.", (None, type_, O), ""),
        "nominal_of_by": (f"{_cap(nominal)} began on Tuesday, officials said.", rel, ""),
        "possessive": (f"{possessive} began on Tuesday, officials said.", rel, ""),
        "coordinated": (f"{S} and {S2} {past} on Tuesday.", rel, "both"),
        "coordinated_objects": (f"{S} {LEX[type_][0].format(S=S, O=O + ' and ' + S2)} on Tuesday.", rel,
                                "both_objects"),
        "relative_subject": (f"{S}, which {past} on Tuesday, has four million people.", rel, ""),
        "relative_object": (f"{rel_object} has four million people.", rel, ""),
        "apposition": (f"{S}, a small state on the coast, {past} on Tuesday.", rel, ""),
        "modal": (f"{S} plans to {base}.", rel, "modality"),
        "expected": (f"{S} is expected to {base} next week.", rel, "modality"),
        "reported": (f"Officials in {CITY} said {S} had {pp}.", rel, ""),
        "fronted_long": (f"On Tuesday evening, {S}, according to officials in {CITY}, {past}.", rel, ""),
        "mt_order": (f"{mt} on Tuesday.", rel, ""),
        "negated": (f"{S} did not {base} on Tuesday.", rel, "negated"),
    } | ({"agent_apposition": (f"{S}, {O}'s {AGENT_NOUN[type_]}, said on Tuesday it would act.", rel, "")}
         if type_ in AGENT_NOUN else {})


CASES = [(t, f, *case) for t in LEX for f, case in forms(t).items()]

# (type, form) -> why it still fails; marked xfail(strict=True) so a fix shows
FAILING: dict[tuple[str, str], str] = {
    ("AID", "possessive"): "'supply' is no event noun (ambiguous: supplies as things)",
    ("AID", "mt_order"): "mention: the invented name is not recognised in this position (NER; actors)",
    ("AGREE", "mt_order"): "mention: the invented name is not recognised in this position (NER; actors)",
    ("COOPERATE", "passive_no_agent"): "an event noun with an object and no doer ('an alliance with Y') is not kept",
    ("COOPERATE", "nominal_of_by"): "mention: the invented name is not recognised in this position (NER; actors)",
    ("COOPERATE", "mt_order"): "mention: the invented name is not recognised in this position (NER; actors)",
    ("CONCEDE", "nominal_of_by"): "'return' is no event noun (ambiguous: the return of refugees)",
    ("CONCEDE", "possessive"): "'return' is no event noun (ambiguous: the return of refugees)",
    ("PROTEST", "passive_by"): "the boycotted state is read as a place (NER kind): a protest's place is no target",
    ("PROTEST", "passive_no_agent"): "the boycotted state is read as a place (NER kind): a protest's place is no target",
    ("SANCTION", "mt_order"): "MT order: 'by X sanctions' parsed as one noun phrase (X a compound of the thing)",
}


def events(nlp, text: str) -> list[tuple]:
    """(subject, type, object, negated, modality) of every relation a claim of an invented text yields, read the way
    the shared scorer reads them: the claim's event, and a speaker's speech act towards its target (the accused is
    the content's subject; a negated act, ``event.speech_negated``, is negated), a denial being the speaker's REJECT."""
    claims, by_id = extract(nlp, text)
    out = []
    for c in claims:
        e = c.event
        subject, obj = name(by_id, e.subject_mention), name(by_id, e.object_mention)
        if e.type:
            out.append((subject, e.type, obj, e.negated, e.modality))
        speaker = name(by_id, c.speaker_mention)
        act = c.speech_type or e.speech_negated     # a speech act said not to be done is recorded, negated
        if speaker and act:
            target = subject if act == "ACCUSE" else obj or subject
            out.append((speaker, act, target, not c.speech_type, e.speech_modality or e.modality))
        if speaker and c.stance == "denies":
            out.append((speaker, "REJECT", subject, False, e.modality))
    return out


def matches(found: list[tuple], expected: tuple, check: str) -> bool:
    """Whether an event of ``found`` is the expected (subject, type, object), with the form's extra check."""
    subject, type_, obj = expected
    for s, t, o, negated, modality in found:
        if t != type_:
            continue
        pair_ok = (s, o) == (subject, obj) or (type_ in SYMMETRIC and (o, s) == (subject, obj))
        if subject is None:
            # passive without agent: the object must be right and no invented agent given
            pair_ok = o == obj and s is None or (type_ in SYMMETRIC and s == obj and o is None)
        if not pair_ok:
            continue
        if check == "negated" and not negated:
            continue
        if check != "negated" and negated:
            continue
        if check == "modality" and not modality:
            continue
        return True
    return False


def case_passes(nlp, type_: str, form: str, text: str, expected: tuple, check: str) -> bool:
    """Whether one case of the suite passes (the counting script and the test share this)."""
    found = events(nlp, text)
    if check == "negated" and expected[1] in NEGATED_AS and \
            matches(found, (expected[0], NEGATED_AS[expected[1]], expected[2]), ""):
        return True
    if check == "both_objects":
        return matches(found, expected, "") and matches(found, (expected[0], expected[1], S2), "")
    if check == "both":
        return matches(found, expected, "") and matches(found, (S2, expected[1], expected[2]), "")
    return matches(found, expected, check)


def _params():
    for type_, form, text, expected, check in CASES:
        marks = []
        if (type_, form) in FAILING:
            marks.append(pytest.mark.xfail(strict=True, reason=FAILING[(type_, form)]))
        yield pytest.param(type_, form, text, expected, check, id=f"{type_}-{form}", marks=marks)


@pytest.mark.parametrize("type_,form,text,expected,check", list(_params()))
def test_paraphrases_relation_holds(nlp, type_, form, text, expected, check):
    assert case_passes(nlp, type_, form, text, expected, check), (text, events(nlp, text))


@pytest.mark.parametrize("type_", list(LOOKALIKE))
def test_paraphrases_lookalike_gives_no_event(nlp, type_):
    text = _fill(LOOKALIKE[type_])
    found = events(nlp, text)
    assert not any(t == type_ and {s, o} == {S, O} for s, t, o, _, _ in found), (text, found)


# -- the mechanisms the suite's failures led to, each with a look-alike that must not give it -------------------
@pytest.mark.parametrize("text,expected", [
    # a subject the parser hung on a fronted time phrase
    ("Late on Friday, Ostravia, in a move that surprised diplomats, shelled Drevnia.",
     ("Ostravia", "ASSAULT", "Drevnia")),
    # MT order: the patient after a passive verb with no passive subject
    ("By Ostravia was bombed Drevnia last night.", ("Ostravia", "ASSAULT", "Drevnia")),
    # a pied-piped relative pronoun stands for its antecedent
    ("Drevnia, to which Ostravia sent troops in May, has closed its border.", ("Ostravia", "MOBILIZE", "Drevnia")),
    # a passive's agent hung on the verb's complement
    ("Drevnia was threatened with severe consequences by Ostravia.", ("Ostravia", "THREATEN", "Drevnia")),
    # a boycott named as a noun; lifting one is a concession to its target
    ("The boycott of Drevnia's ports by Ostravia entered its third week.", ("Ostravia", "PROTEST", "Drevnia")),
    ("Ostravia lifted its boycott of Drevnia on Friday.", ("Ostravia", "CONCEDE", "Drevnia")),
    # a two-word preposition fills one role ("out of": from)
    ("Ostravia pulled its forces out of Drevnia in March.", ("Ostravia", "RETREAT", "Drevnia")),
    # giving back land or captives is a concession
    ("Ostravia handed back the prisoners and returned the border districts to Drevnia.",
     ("Ostravia", "CONCEDE", "Drevnia")),
])
def test_paraphrases_mechanism_gives_relation(nlp, text, expected):
    assert matches(events(nlp, text), expected, ""), (text, events(nlp, text))


@pytest.mark.parametrize("text,type_", [
    # a date apposition is no subject: no doer rather than a guessed one
    ("On Friday, May 4, shelled Drevnia.", "ASSAULT"),
    # a by-phrase of time on the complement is no agent
    ("Drevnia was hit with rockets by night.", "ASSAULT"),
    # "which" as the subject of its own clause is not a pied-piped object
    ("Ostravia, which sent troops to the border, signed nothing.", "MOBILIZE"),
    # lifting a boycott is no protest
    ("Ostravia lifted its boycott of Drevnia on Friday.", "PROTEST"),
    # a time is no party conceded to (the suite's CONCEDE-fronted_long case needs it: a party hung on the time)
    ("On Friday night, Drevnia, according to its ministry, returned the prisoners to Ostravia.", "CONCEDE"),
    # "out of" on a verb that is no event is no retreat
    ("Ostravia ran out of fuel near Drevnia.", "RETREAT"),
    # people returning to a place concede nothing
    ("Families from Ostravia returned to their villages in Drevnia.", "CONCEDE"),
])
def test_paraphrases_mechanism_lookalike(nlp, text, type_):
    found = events(nlp, text)
    assert not any(t == type_ and s == "Ostravia" and o == "Drevnia" for s, t, o, _, _ in found), (text, found)
    if type_ == "ASSAULT":
        assert not any(t == type_ and s for s, t, o, _, _ in found), (text, found)


@pytest.mark.parametrize("text,expected,check", [
    # a cleft: the focus does what the clause says
    ("It was Ostravia that shelled Drevnia on Friday.", ("Ostravia", "ASSAULT", "Drevnia"), ""),
    # a subject the parser hung on the auxiliary an inserted phrase cut off
    ("Ostravia has, for months, supplied drones to Drevnia.", ("Ostravia", "AID", "Drevnia"), ""),
    ("Zarvenia had, by then, sent troops to Drevnia.", ("Zarvenia", "MOBILIZE", "Drevnia"), ""),
    # a fronted passive participle clause acts on the main clause's subject
    ("Backed by Ostravia, Drevnia rejected the deal.", ("Ostravia", "SUPPORT", "Drevnia"), ""),
    ("Shelled by Ostravia overnight, Drevnia called for talks.", ("Ostravia", "ASSAULT", "Drevnia"), ""),
    # a retreat from one's own positions keeps its doer (two-word preposition or not)
    ("Ostravia pulled its forces out of their forward bases.", ("Ostravia", "RETREAT", None), ""),
    # the antecedent of a relative clause fills its object gap ("the troops that X sent")
    ("The troops that Ostravia sent to Drevnia came home in May.", ("Ostravia", "MOBILIZE", "Drevnia"), ""),
    # a passive agreement or meeting "between X and Y": the pair are the parties
    ("A defence pact was signed between Ostravia and Drevnia.", ("Ostravia", "AGREE", "Drevnia"), ""),
    ("Talks were held on Friday between Ostravia and Drevnia.", ("Ostravia", "CONSULT", "Drevnia"), ""),
    # "neither … nor" on the subject negates the clause
    ("Neither Ostravia nor Zarvenia sent troops to Drevnia.", ("Ostravia", "MOBILIZE", "Drevnia"), "negated"),
])
def test_paraphrases_clause_forms(nlp, text, expected, check):
    assert matches(events(nlp, text), expected, check), (text, events(nlp, text))


@pytest.mark.parametrize("text,bad", [
    # a participle with its own auxiliary is active: its subject is the main clause's, nothing acts on it
    ("Having shelled Drevnia, Ostravia called for talks.", ("Drevnia", "ASSAULT", "Ostravia")),
    # supporting oneself is no support
    ("Ostravia backed its own army.", ("Ostravia", "SUPPORT", "Ostravia")),
    # a letter sent is no deployment
    ("The letter that Ostravia sent to Drevnia was leaked.", ("Ostravia", "MOBILIZE", "Drevnia")),
    # a host of talks between two others is no party to them
    ("Zarvenia hosted talks between Ostravia and Drevnia.", ("Zarvenia", "CONSULT", None)),
    # "either … or" negates nothing
    ("Either Ostravia or Zarvenia sent troops to Drevnia.", ("Ostravia", "MOBILIZE", "Drevnia", True)),
    # an expletive "there" on the auxiliary is no subject
    ("There have, since May, been attacks on Drevnia.", ("there", "ASSAULT", "Drevnia")),
])
def test_paraphrases_clause_forms_lookalike(nlp, text, bad):
    found = events(nlp, text)
    if len(bad) == 4:
        assert not any((s, t, o, n) == bad for s, t, o, n, _ in found), (text, found)
    else:
        assert not any((s, t, o) == bad or (t == bad[1] and s and s.lower() == bad[0]) for s, t, o, _, _ in found), \
            (text, found)
