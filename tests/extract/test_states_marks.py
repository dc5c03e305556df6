"""States learned from marks only a state bears (invented names): a ship flagged in it, a royal branch of its
forces — also where the small model tags the bare name a person."""
from __future__ import annotations

import pytest

from claimgraph.extract.states import learn_states

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,state", [
    ("A Tessmark-flagged grain ship was stopped on Friday. Tessmark protested.", "Tessmark"),
    ("Two frigates of the Royal Ostvald Navy sailed at dawn. Ostvald said the convoy would go on.", "Ostvald"),
    ("The ferry, which is Kelvarra-registered, was held for a day.", "Kelvarra"),
])
def test_states_marks_teach_a_state(nlp, text, state):
    names = {ref.name for ref in learn_states(nlp(text)).names.values()}
    assert state in names


@pytest.mark.parametrize("text", [
    "Martin Dale's navy jacket was found on the quay.",          # a person's possessive
    "Putin's navy sailed past the cape.",                        # rhetoric about a person: no mark
    "The Royal Norvanian Navy sent a frigate.",                  # a demonym: no state of that name
    "The Royal Australian Navy sent a frigate.",                 # a known demonym
    "The Royal Air Force flew over the town.",                   # no state word at all
])
def test_states_marks_look_alikes_teach_nothing(nlp, text):
    names = {ref.name for ref in learn_states(nlp(text)).names.values()}
    assert not names & {"Martin", "Dale", "Putin", "Norvanian", "Australian", "Air"}
