"""A ruling body's and an army's common nouns as mentions of the one body an article names (extract/rulers.py).
Every state, body and person here is invented for the tests."""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document

pytestmark = pytest.mark.model


def run(nlp, text):
    return find_mentions(Document(id="dtest", path="test.txt", text=text), nlp(text))


def keyed(mentions, name):
    return [m.local_key for m in mentions if m.name == name]


@pytest.mark.parametrize("descriptor", ["junta", "regime", "military government"])
def test_rulers_descriptor_joins_the_one_ruling_body(nlp, descriptor):
    text = (f"The Supreme Council for National Renewal seized power in Ostravia in May. On Monday the "
            f"{descriptor} said it would hold elections next year.")
    assert keyed(run(nlp, text), descriptor) == ["Supreme Council for National Renewal"]


def test_rulers_descriptor_of_an_article_naming_no_body_is_left_for_the_corpus(nlp):
    from claimgraph.extract.rulers import RULER
    text = "Rebels attacked a convoy near Mordell on Monday. The junta said the regime would respond."
    found = [m for m in run(nlp, text) if m.name in ("junta", "regime")]
    assert len(found) == 2 and {m.kb_id for m in found} == {RULER} and {m.local_key for m in found} == {"junta"}


@pytest.mark.parametrize("text", [
    # two ruling bodies: the noun could be either
    "The Supreme Council for National Renewal and the Government of National Unity met on Monday. The "
    "junta said it would hold elections.",
    # the regime of a person is his, not the ruling body's
    "The Supreme Council for National Renewal met on Monday. Exiles fled the regime of Marek Tolvan in 2019.",
])
def test_rulers_descriptor_left_alone(nlp, text):
    assert not [m for m in run(nlp, text) if m.name in ("junta", "regime")]


def test_rulers_general_staff_joins_the_one_army(nlp):
    text = "The Ostravian army denied the report. The general staff said 12 soldiers died."
    mentions = run(nlp, text)
    army = next(m for m in mentions if m.name == "Ostravian army")
    assert keyed(mentions, "general staff") == [army.local_key]


def test_rulers_general_staff_of_two_armies_is_left_alone(nlp):
    text = ("The Ostravian army and the Pellish army exchanged fire. The general staff said 12 soldiers died.")
    assert not keyed(run(nlp, text), "general staff")


@pytest.mark.parametrize("text,linked", [
    # the ruling body of the state named after it
    ("The Supreme Council for National Renewal of Ostravia met on Monday. The military government of Ostravia "
     "said it would hold elections.", True),
    # another state's regime
    ("The Supreme Council for National Renewal of Ostravia met on Monday. It condemned the regime in Pellonia.",
     False),
])
def test_rulers_descriptor_of_a_state_is_its_ruling_body_only(nlp, text, linked):
    found = [m for m in run(nlp, text) if m.name in ("military government", "regime")]
    assert bool(found) == linked


def test_rulers_lower_case_head_of_the_ruling_body_joins_it(nlp):
    text = ("The National Defence and Renewal Committee has ruled Ostravia since January. The committee's "
            "spokesman said elections would wait.")
    assert keyed(run(nlp, text), "committee") == ["National Defence and Renewal Committee"]


def test_rulers_lower_case_head_of_another_body_is_left_alone(nlp):
    # "the committee" where the ruling body is a council: some other committee
    text = ("The Supreme Council for National Renewal has ruled Ostravia since January. The committee of "
            "inquiry will report in May.")
    assert not keyed(run(nlp, text), "committee")


def test_rulers_lower_case_head_with_a_remit_of_its_own_is_left_alone(nlp):
    text = ("The National Defence and Renewal Committee has ruled Ostravia since January. The committee on "
            "trade will report in May.")
    assert not keyed(run(nlp, text), "committee")
