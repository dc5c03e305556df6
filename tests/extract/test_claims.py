"""Claims and events: voice, nominal events, negation, modality, quotes, dates, places (invented actors)."""
from __future__ import annotations

import pytest

from claimgraph.extract.claims import find_claims
from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document

pytestmark = pytest.mark.model


def extract(nlp, text: str, published: str | None = None):
    """(claims, mentions by id) for one invented article."""
    document = Document(id="t", path="t.txt", text=text, published=published)
    doc = nlp(text)
    mentions = find_mentions(document, doc)
    claims = find_claims(document, doc, mentions)
    return claims, {m.id: m for m in mentions}


def name(by_id, mention_id):
    m = by_id.get(mention_id)
    return (m.local_key or m.name) if m else None


def events(claims, by_id, type_=None):
    """(subject, type, object) of every claim's event."""
    return {(name(by_id, c.event.subject_mention), c.event.type, name(by_id, c.event.object_mention))
            for c in claims if c.event.type and (type_ is None or c.event.type == type_)}


@pytest.mark.parametrize("text,expected", [
    ("General Tomas Varga attacked the Norland Front on Monday.", ("Tomas Varga", "ASSAULT", "Norland Front")),
    ("The Norland Front was attacked by General Tomas Varga on Monday.", ("Tomas Varga", "ASSAULT", "Norland Front")),
    ("Karl Odum met with General Tomas Varga in Lyon.", ("Karl Odum", "CONSULT", "Tomas Varga")),
    ("Karl Odum urged General Tomas Varga to leave the city.", ("Karl Odum", "REQUEST", "Tomas Varga")),
    ("Karl Odum, a businessman who has openly backed the Norland Front, arrived in Lyon.",
     ("Karl Odum", "SUPPORT", "Norland Front")),
])
def test_claims_voice_and_clauses(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in events(claims, by_id), events(claims, by_id)


def test_claims_prepositional_object_and_place(nlp):
    claims, by_id = extract(nlp, "The Norland Liberation Army sent regular troops to Marseille in March.")
    mob = [c for c in claims if c.event.type == "MOBILIZE"]
    assert mob and mob[0].event.location == "Marseille"
    place = mob[0].event.place
    assert place.country == "France" and place.admin1 and abs(place.lat - 43.3) < 0.5


def test_claims_in_support_of(nlp):
    claims, by_id = extract(nlp, "The Norland Front moved fighters to Lyon in support of General Tomas Varga.")
    assert ("Norland Front", "SUPPORT", "Tomas Varga") in events(claims, by_id)
    assert ("Norland Front", "MOBILIZE", None) in {(s, t, None) for s, t, o in events(claims, by_id)}


def test_claims_coordinated_subjects(nlp):
    claims, by_id = extract(nlp, "Karl Odum and Ilse Brandt attacked the Norland Front in Lyon.")
    found = events(claims, by_id, "ASSAULT")
    assert ("Karl Odum", "ASSAULT", "Norland Front") in found and ("Ilse Brandt", "ASSAULT", "Norland Front") in found


@pytest.mark.parametrize("text,expected", [
    ("The attack on the Norland Front by forces loyal to Karl Odum failed.", ("Karl Odum", "ASSAULT", "Norland Front")),
    ("The Norland Front has seen huge support from Karl Odum in the form of drones.",
     ("Karl Odum", "SUPPORT", "Norland Front")),
    ("Varga's offensive against the Norland Front stalled last week.", ("Varga", "ASSAULT", "Norland Front")),
    ("Karl Odum's strongest supporter, General Tomas Varga, arrived in Lyon.", ("Tomas Varga", "SUPPORT", "Karl Odum")),
])
def test_claims_nominal_events(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    got = {(s and s.split()[-1], t, o and o.split()[-1]) for s, t, o in events(claims, by_id)}
    want = tuple(x.split()[-1] for x in expected[::2])
    assert (want[0], expected[1], want[1]) in got, got


def test_claims_negation_becomes_rejection(nlp):
    claims, by_id = extract(nlp, "Karl Odum does not support the Norland Front.")
    assert ("Karl Odum", "REJECT", "Norland Front") in events(claims, by_id)


def test_claims_negated_event_is_marked(nlp):
    claims, _ = extract(nlp, "General Tomas Varga did not attack the Norland Front in Lyon.")
    assault = [c for c in claims if c.event.type == "ASSAULT"]
    assert assault and assault[0].event.negated


def test_claims_threat_is_the_event(nlp):
    claims, by_id = extract(nlp, "General Tomas Varga threatened to attack the Norland Front in Lyon.")
    threat = [c for c in claims if c.speech_type == "THREATEN"]
    assert threat and (name(by_id, threat[0].event.subject_mention), threat[0].event.type,
                       name(by_id, threat[0].event.object_mention)) == ("Tomas Varga", "THREATEN", "Norland Front")
    assert "attack the Norland Front" in threat[0].content_text


def test_claims_refusal(nlp):
    claims, by_id = extract(nlp, "Karl Odum refused to meet with General Tomas Varga.")
    assert ("Karl Odum", "REJECT", "Tomas Varga") in events(claims, by_id)


@pytest.mark.parametrize("text,modality", [
    ("General Tomas Varga could attack the Norland Front next week.", "could"),
    ("General Tomas Varga plans to attack the Norland Front in Lyon.", "plans to"),
    ("General Tomas Varga is preparing to attack the Norland Front in Lyon.", "prepares to"),
])
def test_claims_modality(nlp, text, modality):
    claims, _ = extract(nlp, text)
    assault = [c for c in claims if c.event.type == "ASSAULT"]
    assert assault and assault[0].event.modality == modality


def test_claims_quote_over_sentences_with_trailing_attribution(nlp):
    text = ("\u201cWe moved our soldiers to Lyon. We will stay there as long as it takes,\u201d said Karl Odum, "
            "the commander.\nThe weather was cold.")
    claims, by_id = extract(nlp, text)
    quoted = [c for c in claims if c.quote]
    assert quoted and all(name(by_id, c.speaker_mention) == "Karl Odum" for c in quoted)
    c = quoted[0]
    assert "We moved our soldiers" in c.content_text and "as long as it takes" in c.content_text
    assert c.text.startswith("\u201cWe moved") and "said Karl Odum" in c.text
    assert not any(c.speaker_text for c in claims if "weather" in c.text)


def test_claims_quote_continues_after_attribution(nlp):
    text = ("\u201cThe front is quiet today,\u201d said Karl Odum, the commander. \u201cBut the Norland Front "
            "attacked our positions in Lyon last night.\u201d")
    claims, by_id = extract(nlp, text)
    second = [c for c in claims if "positions" in (c.content_text or "")]
    assert second and all(name(by_id, c.speaker_mention) == "Karl Odum" and c.quote for c in second)


def test_claims_colon_quote(nlp):
    text = "Karl Odum told reporters on Monday: \u201cThe Norland Front attacked our positions in Lyon.\u201d"
    claims, by_id = extract(nlp, text)
    said = [c for c in claims if c.quote]
    assert said and name(by_id, said[0].speaker_mention) == "Karl Odum"
    assert said[0].content_text.startswith("The Norland Front attacked")


def test_claims_pronoun_speaker_becomes_mention(nlp):
    text = "Karl Odum arrived in Lyon on Monday. He said the Norland Front had attacked the city."
    claims, by_id = extract(nlp, text)
    said = [c for c in claims if c.speaker_text == "He"]
    assert said
    m = by_id[said[0].speaker_mention]
    assert m.pronoun and m.name == "Karl Odum" and m.text == "He"


def test_claims_outlet_statement_has_no_speaker(nlp):
    claims, _ = extract(nlp, "The Norland Front attacked the city of Lyon on Monday.")
    assert claims and all(c.speaker_text is None and c.speaker_mention is None for c in claims)
    assert claims[0].content_text == claims[0].text


def test_claims_ids_offsets_and_order(nlp):
    text = ("Karl Odum said the Norland Front had attacked Lyon. General Tomas Varga denied it. "
            "The Norland Front, which Varga backs, sent 40 tanks to Lyon.")
    document_text = text
    claims, _ = extract(nlp, text)
    assert [c.id for c in claims] == [f"t:c{i}" for i in range(len(claims))]
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    for c in claims:
        assert document_text[c.start:c.end] == c.text
        if c.content_start is not None:
            assert document_text[c.content_start:c.content_end] == c.content_text


@pytest.mark.parametrize("phrase,date", [
    ("on Thursday", "2020-05-07"),
    ("last November", "2019-11-01"),
    ("on 3 April", "2020-04-03"),
    ("on October 30, 2018", "2018-10-30"),
])
def test_claims_relative_dates(nlp, phrase, date):
    claims, _ = extract(nlp, f"General Tomas Varga attacked the Norland Front in Lyon {phrase}.", published="2020-05-09")
    assault = [c for c in claims if c.event.type == "ASSAULT"]
    assert assault and assault[0].event.date == date and assault[0].event.date_text


def test_claims_capital_by_demonym(nlp):
    claims, _ = extract(nlp, "General Tomas Varga attacked the French capital on Monday.")
    assault = [c for c in claims if c.event.type == "ASSAULT"]
    assert assault and assault[0].event.place and assault[0].event.place.name == "Paris"


# -- constructions that name the parties indirectly (sentences written here; names invented or general) --
@pytest.mark.parametrize("text,expected", [
    # accused/blamed X of doing: X is the doer of the inner event
    ("Chad accused Niger of arming the Norland Front.", ("Niger", "AID", "Norland Front")),
    # an unnamed government is an organ of its state (its own actor whose country is the state; docs/actors.md)
    ("Karl Odum accused the government of Niger of shelling its own villages.",
     ("government (Niger)", "ASSAULT", None)),
    # predicate adjectives: "holds X responsible" is an accusation of X
    ("The Chadian foreign ministry holds Niger fully responsible for the consequences of the raid.",
     ("Chadian foreign ministry", "ACCUSE", "Niger")),
    # taking control of a place is an attack on it
    ("The Norland Front took control of Kessin on Sunday.", ("Norland Front", "ASSAULT", "Kessin")),
    # a nominal attack whose doer the parser hangs on the passive verb
    ("Nine civilians were killed in the shelling of Kessin by the fighters of the Norland Front.",
     ("Norland Front", "ASSAULT", "Kessin")),
    # an attack that did something needs no named target
    ("The shelling by forces loyal to General Tomas Varga hit the market.", ("Tomas Varga", "ASSAULT", None)),
    # the partner's phrase under a means noun
    ("Karl Odum discussed the crisis by telephone with General Tomas Varga.", ("Karl Odum", "CONSULT", "Tomas Varga")),
    # passive hosting of talks: the host consults, no other party named
    ("The summit was hosted by General Tomas Varga.", ("Tomas Varga", "CONSULT", None)),
    ("The drones were delivered by the Norland Front.", ("Norland Front", "AID", None)),
    # "names X as the main supplier of Y"
    ("The report names the Norland Front as the main supplier of General Tomas Varga.",
     ("Norland Front", "AID", "Tomas Varga")),
])
def test_claims_indirect_parties(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in events(claims, by_id), events(claims, by_id)


@pytest.mark.parametrize("text,expected", [
    ("Envoys of Chad and Niger met face to face in the Malian capital on Saturday.", [("Chad", "CONSULT", "Niger")]),
    ("Chad and Niger agreed to a prisoner exchange.", [("Chad", "AGREE", "Niger")]),
    ("Chad calls on the African Union and the Arab League to condemn the raid.",
     [("Chad", "REQUEST", "African Union"), ("Chad", "REQUEST", "Arab League")]),
])
def test_claims_coordination_gives_each_pair(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    found = events(claims, by_id)
    for rel in expected:
        assert rel in found, found


def test_claims_coordinated_requesters_each_request(nlp):
    claims, by_id = extract(nlp, "Chad and Niger have urged restraint.")
    requesters = {name(by_id, c.speaker_mention) for c in claims if c.speech_type == "REQUEST"} | \
        {name(by_id, c.event.subject_mention) for c in claims if c.event.type == "REQUEST"}
    assert {"Chad", "Niger"} <= requesters, requesters


@pytest.mark.parametrize("text", [
    "The Norland Front only defended its people.",
    "The Norland Front supports its own fighters in Kessin.",
])
def test_claims_no_reflexive_relation(nlp, text):
    claims, by_id = extract(nlp, text)
    assert not any(s and s == o for s, _, o in events(claims, by_id)), events(claims, by_id)


def test_claims_said_type_object_is_not_a_location(nlp):
    claims, _ = extract(nlp, "The Chadian foreign ministry holds Niger fully responsible for the raid.")
    accuse = [c for c in claims if c.event.type == "ACCUSE"]
    assert accuse and accuse[0].event.location is None


def test_claims_headline_is_its_own_sentence(nlp):
    # the body's first sentence starts with the headline's words: it must parse whole, not in fragments
    text = ("Chad, Niger envoys meet in Bamako\n\nEnvoys of Chad and Niger met in Bamako on Monday "
            "for the first time since the raid on Kessin.")
    claims, by_id = extract(nlp, text)
    assert not any(c.start == 0 and "Monday" in c.text for c in claims)
    assert ("Chad", "CONSULT", "Niger") in events(claims, by_id)


def test_claims_dateline_is_not_the_subject(nlp):
    text = ("Rebels shell Kessin\n\nKESSIN, Oct 3 (Sahel Wire) - Fighters of the Norland Front shelled the centre "
            "of the Malian town of Kessin on Sunday, the ministry said.")
    claims, by_id = extract(nlp, text)
    assault = [c for c in claims if c.event.type == "ASSAULT" and c.event.subject_mention]
    assert assault and name(by_id, assault[0].event.subject_mention) == "Norland Front"
    assert name(by_id, assault[0].event.object_mention) == "Kessin" and assault[0].event.location == "Kessin"


@pytest.mark.parametrize("text,type_", [
    ("President Karl Odum cut short a visit to France and flew back to the capital.", "CONSULT"),
    ("General Tomas Varga postponed the attack on the Norland Front.", "ASSAULT"),
])
def test_claims_called_off_event_gives_no_relation(nlp, text, type_):
    claims, by_id = extract(nlp, text)
    assert not [e for e in events(claims, by_id, type_) if e[0] and e[2]], events(claims, by_id)


def test_claims_denied_event_is_negated(nlp):
    claims, by_id = extract(nlp, "Karl Odum denied that his government had sent drones to the Norland Front.")
    aid = [c for c in claims if c.event.type == "AID"]
    assert aid and all(c.stance == "denies" and c.event.negated for c in aid)


@pytest.mark.parametrize("text,expected", [
    # "the army" refers back to the last actor whose name ends in "army"
    ("The Malian army denied the report. Meanwhile the army's own drones hit a school in Kessin.",
     ("Malian army", "ASSAULT", None)),
    # a referential "it" is the doer; "it seems" is not
    ("The Norland Front said it supported the Malian mediation.", ("Norland Front", "SUPPORT", "Mali")),
    ("It seems the Norland Front attacked Kessin.", ("Norland Front", "ASSAULT", "Kessin")),
])
def test_claims_noun_and_pronoun_doers(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in events(claims, by_id), events(claims, by_id)


@pytest.mark.parametrize("text,expected", [
    # the addressee of a demand after "from"
    ("The Chadian government demanded from Niger to stop the deliveries of weapons to the Norland Front.",
     ("government (Chad)", "REQUEST", "Niger")),
    # "uses X to …, while propping up Y": the user props Y up, not the instrument
    ("Chad is using the contractors to keep deniability while propping up General Tomas Varga.",
     ("Chad", "SUPPORT", "Tomas Varga")),
])
def test_claims_request_source_and_instrument(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in events(claims, by_id), events(claims, by_id)


def test_claims_defending_oneself_is_no_speech_act(nlp):
    claims, _ = extract(nlp, "The Norland Front only defended its people.")
    assert not any(c.speech_type == "SUPPORT" for c in claims)


@pytest.mark.parametrize("text,expected", [
    ("Kessin came under attack from the Norland Front.", ("Norland Front", "ASSAULT", "Kessin")),
    # passive accusation: the accused does the inner event
    ("Niger was accused by Chad of attacking the Norland Front.", ("Niger", "ASSAULT", "Norland Front")),
    ("Chad sent 50 million dollars in aid to Niger.", ("Chad", "AID", "Niger")),
    ("Chad's troops were deployed to Niger.", ("Chad", "MOBILIZE", "Niger")),
    ("The Norland Front received weapons from Chad.", ("Chad", "AID", "Norland Front")),
    # "on Y" misattached to the attacker
    ("Niger condemned the attack by the Norland Front on Kessin.", ("Norland Front", "ASSAULT", "Kessin")),
])
def test_claims_more_indirect_parties(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in events(claims, by_id), events(claims, by_id)


@pytest.mark.parametrize("text,wrong", [
    # who condemns, investigates or reports an attack did not carry it out
    ("Niger condemned the attack on Kessin.", ("Niger", "ASSAULT", "Kessin")),
    ("The UN investigated the shelling of Kessin.", ("United Nations", "ASSAULT", "Kessin")),
    # nationality is not the sender
    ("Syrian fighters were sent to Kessin.", ("Syria", "MOBILIZE", "Kessin")),
])
def test_claims_host_is_not_the_doer(nlp, text, wrong):
    claims, by_id = extract(nlp, text)
    assert wrong not in events(claims, by_id), events(claims, by_id)


@pytest.mark.parametrize("text,expected", [
    ("Chad and Niger exchanged fire near Kessin.", ("Chad", "ASSAULT", "Niger")),
    ("Chadian troops clashed with the Norland Front near Kessin.", ("Chad", "ASSAULT", "Norland Front")),
    ("Fighting between Chad and the Norland Front killed ten people.", ("Chad", "ASSAULT", "Norland Front")),
    ("Heavy clashes between Chad and Niger were reported near Kessin.", ("Chad", "ASSAULT", "Niger")),
    ("Chad bombarded Norland Front positions near Kessin.", ("Chad", "ASSAULT", "Norland Front")),
    ("Niger brokered a truce between Chad and the Norland Front.", ("Niger", "CONSULT", "Norland Front")),
])
def test_claims_reciprocal_and_brokered(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in events(claims, by_id), events(claims, by_id)


def test_claims_coordinated_attackers_do_not_attack_each_other(nlp):
    claims, by_id = extract(nlp, "Chad and Niger attacked Kessin.")
    found = events(claims, by_id, "ASSAULT")
    assert ("Chad", "ASSAULT", "Kessin") in found and ("Chad", "ASSAULT", "Niger") not in found


@pytest.mark.parametrize("text,expected,wrong", [
    # a relative clause on the speaker is the outlet's own statement
    ("Niger's president, who met Chad's leader last week, said the Norland Front attacked Kessin.",
     ("Niger", "CONSULT", "Chad"), None),
    # "which" is no person: the clause the parser hung on a person belongs to the body named before it
    ("Ali Musa, a minister in the Chadian government of national unity (GNU) – which is fighting the Norland "
     "Front for control of Kessin – said on Monday that the talks had failed.",
     ("government of national unity", "ASSAULT", "Norland Front"), ("Ali Musa", "ASSAULT", "Norland Front")),
    # the warned party is the would-be doer
    ("Chad warned Niger against attacking Kessin.", ("Niger", "ASSAULT", "Kessin"), ("Chad", "ASSAULT", "Kessin")),
    # a conflict named by a demonym is not the state
    ("The US urges all parties to the Malian conflict to stop military actions in the region.",
     None, ("United States", "REQUEST", "Mali")),
    # a request that would have been made was not made
    ("Chad blocked a statement by the Security Council that would have called on the Norland Front to stop.",
     None, ("UN Security Council", "REQUEST", "Norland Front")),
    # a request for an end to attacks on X asks nothing of X
    ("Chad called for an end to the attacks on Kessin.", None, ("Chad", "REQUEST", "Kessin")),
])
def test_claims_clauses_and_guards(nlp, text, expected, wrong):
    claims, by_id = extract(nlp, text)
    found = events(claims, by_id) | {(name(by_id, c.speaker_mention), c.speech_type, name(by_id, c.event.object_mention))
                                     for c in claims if c.speech_type}
    if expected:
        assert expected in found, found
    if wrong:
        assert wrong not in found, found


def test_claims_no_plans_is_negation(nlp):
    claims, _ = extract(nlp, "Niger has no plans to attack Chad.")
    assault = [c for c in claims if c.event.type == "ASSAULT"]
    assert assault and all(c.event.negated for c in assault)


@pytest.mark.parametrize("text,expected", [
    ("The Chadian-backed Norland Front attacked Kessin.", ("Chad", "SUPPORT", "Norland Front")),
    ("A Chadian-led coalition has bombed Kessin.", ("Chad", "ASSAULT", "Kessin")),
    ("Chad deployed warships off the coast of Niger.", ("Chad", "MOBILIZE", "Niger")),
])
def test_claims_hyphen_participles_and_moves(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in events(claims, by_id), events(claims, by_id)


def test_claims_pronoun_conjunct_is_not_a_second_doer(nlp):
    claims, by_id = extract(nlp, "Chad and its allies launched strikes on Kessin.")
    assert len([c for c in claims if c.event.type == "ASSAULT"]) == 1


def test_claims_rejected_party(nlp):
    claims, by_id = extract(nlp, "Chad rejected Niger's offer of talks.")
    rejected = [c for c in claims if c.speech_type == "REJECT"]
    assert rejected and name(by_id, rejected[0].event.object_mention) == "Niger"


def test_claims_talks_between_parties(nlp):
    claims, by_id = extract(nlp, "The talks between Chad and Niger collapsed on Monday.")
    assert ("Chad", "CONSULT", "Niger") in events(claims, by_id)
    claims, by_id = extract(nlp, "Mali organized negotiations between Chad and Niger.")
    found = events(claims, by_id)
    assert ("Mali", "CONSULT", "Chad") in found and ("Chad", "CONSULT", "Niger") not in found


@pytest.mark.parametrize("text,expected", [
    ("Chad welcomed Niger's decision to withdraw its troops from Kessin.", ("Niger", "RETREAT", "Kessin")),
    ("The plan by Chad to attack Kessin was leaked.", ("Chad", "ASSAULT", "Kessin")),
])
def test_claims_owner_of_an_infinitive_clause(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in events(claims, by_id), events(claims, by_id)


@pytest.mark.parametrize("text,expected", [
    ("Hana Resh told reporters on Friday that the Kessin Guard had delivered 12 artillery pieces to the Marl Front.",
     ("Kessin Guard", "AID", "Marl Front")),
    ("The Marl Front operated with help from the Kessin Guard.", ("Kessin Guard", "AID", "Marl Front")),
    ("The Marl Front was blacklisted by the Kessin Guard last spring.", ("Kessin Guard", "SANCTION", "Marl Front")),
    ("The Kessin Guard fired cluster munitions into the Marl Front positions.", ("Kessin Guard", "ASSAULT", "Marl Front")),
    ("Officers were present when the Kessin Guard fired on the Marl Front.", ("Kessin Guard", "ASSAULT", "Marl Front")),
    ("The Kessin Guard demanded that the Marl Front withdraw its fighters.", ("Kessin Guard", "REQUEST", "Marl Front")),
])
def test_claims_reported_and_passive_events(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in events(claims, by_id), events(claims, by_id)


def test_claims_title_before_the_name_gives_the_person(nlp):
    text = "President Tomas Varga spoke by telephone with the Minister of Foreign Affairs of France, Hana Resh."
    claims, by_id = extract(nlp, text)
    assert ("Tomas Varga", "CONSULT", "Hana Resh") in events(claims, by_id), events(claims, by_id)


@pytest.mark.parametrize("text,threat", [
    ("Hana Resh warned that her forces would strike the Kessin Guard.", True),
    ("Hana Resh warned that the Kessin Guard offensive would displace thousands.", False),
    ("\"If Kessin Guard units cross the river, we will respond with force,\" Hana Resh warned.", True),
    ("Hana Resh warned that the harvest would be poor this year.", False),
    ("Hana Resh warned that the Kessin Guard had closed the road to Lyon.", False),
])
def test_claims_warning_of_harm_to_come_threatens(nlp, text, threat):
    claims, by_id = extract(nlp, text)
    got = ("Hana Resh", "THREATEN", "Kessin Guard") in events(claims, by_id)
    assert got is threat, events(claims, by_id)


def test_claims_state_army_noun_modifier_assaults(nlp):
    claims, by_id = extract(nlp, "Russian army drones bombed a clinic in Lyon.")
    assert any(t == "ASSAULT" and s and "Russia" in s for s, t, o in events(claims, by_id)), events(claims, by_id)


@pytest.mark.parametrize("text,expected", [
    ("Hana Resh called the Kessin Guard to send observers to Lyon.", ("Hana Resh", "REQUEST", "Kessin Guard")),
    ("The Marl Front suspended all flights to and from the Kessin Guard airfields.",
     ("Marl Front", "SANCTION", "Kessin Guard")),
    ("\"We give humanitarian aid to the Marl Front,\" said Hana Resh.", ("Hana Resh", "AID", "Marl Front")),
    ("The Kessin Guard delivered a shipment of rifles to the Marl Front.", ("Kessin Guard", "AID", "Marl Front")),
])
def test_claims_calls_flights_first_person_and_shipments(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in events(claims, by_id), events(claims, by_id)


def test_claims_call_without_infinitive_requests_nothing(nlp):
    claims, by_id = extract(nlp, "Hana Resh called the Kessin Guard a gang of thieves.")
    assert not any(t == "REQUEST" for s, t, o in events(claims, by_id)), events(claims, by_id)


def test_claims_quoted_denial_keeps_the_event_negated(nlp):
    claims, by_id = extract(nlp, "\"The Kessin Guard does not supply any weapon to the Marl Front,\" Hana Resh said.")
    aid = [c for c in claims if c.event.type == "AID"]
    assert aid and all(c.event.negated and c.stance == "denies" for c in aid)


def test_claims_call_to_discuss_is_no_request(nlp):
    claims, by_id = extract(nlp, "Tomas Varga called Hana Resh to discuss the crisis.")
    assert not any(t == "REQUEST" for s, t, o in events(claims, by_id)), events(claims, by_id)


def test_claims_co_organisers_do_not_consult_each_other(nlp):
    claims, by_id = extract(nlp, "Russia and Turkey hosted talks in Lyon last month.")
    assert ("Russia", "CONSULT", "Turkey") not in events(claims, by_id), events(claims, by_id)


@pytest.mark.parametrize("text", [
    "On Monday, delegations of Russia and Turkey met in Lyon. Both delegations agreed to extend the ceasefire.",
    "On Monday, delegations of Russia and Turkey met in Lyon. Both delegations signed a memorandum.",
])
def test_claims_both_parties_named_before_agree(nlp, text):
    claims, by_id = extract(nlp, text)
    assert ("Russia", "AGREE", "Turkey") in events(claims, by_id), events(claims, by_id)


@pytest.mark.parametrize("text,expected", [
    ("The closure of the border with the Marl Front is a step the Kessin Guard threatened in March.",
     ("Kessin Guard", "THREATEN", "Marl Front")),
    ("The Marl Front's drones, supplied by the Kessin Guard, struck Lyon.", ("Kessin Guard", "AID", "Marl Front")),
])
def test_claims_threatened_step_and_owner_of_given_thing(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in events(claims, by_id), events(claims, by_id)


@pytest.mark.parametrize("text,expected", [
    ("The Marl Front declared the Kessin Guard envoy persona non grata.", ("Marl Front", "SANCTION", "Kessin Guard")),
    ("The Marl Front declared the Kessin Guard a terrorist organisation.", ("Marl Front", "SANCTION", "Kessin Guard")),
])
def test_claims_declaration_against_a_party(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in events(claims, by_id), events(claims, by_id)


def test_claims_plain_declaration_is_no_sanction(nlp):
    claims, by_id = extract(nlp, "The Marl Front declared that the talks with the Kessin Guard were over.")
    assert not any(t == "SANCTION" for s, t, o in events(claims, by_id)), events(claims, by_id)
