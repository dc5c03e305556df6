"""An outlet named after a city ("the Travesk Courier") takes the city's bare word only where it is used as a
medium ("told Travesk"), never where the word is a party to an act ("Quelmark accused Travesk").

Every city, outlet and sentence here is invented for the tests.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.mtnames import MEDIUM, mark_medium_uses
from claimgraph.model import Mention
from claimgraph.resolve.actors import resolve_actors


def _m(doc, n, name, kind, label):
    return Mention(id=f"{doc}:m{n}", doc=doc, start=n * 10, end=n * 10 + len(name), text=name, name=name,
                   kind=kind, label=label)


@pytest.mark.parametrize("label,joined", [
    ("GPE", False),       # "Quelmark accused Travesk of ...": the city (or its state), not the outlet
    (MEDIUM, True),       # "officials told Travesk": the outlet by its first word
])
def test_organs_medium_city_word_joins_the_outlet_only_as_a_medium(label, joined):
    mentions = [_m("d1", 0, "Travesk Courier", "media", "ORG"), _m("d2", 0, "Quelmark", "other", "GPE"),
                _m("d2", 1, "Travesk", "other", label)]
    actors, of, _ = resolve_actors(mentions)
    assert (of["d2:m1"] == of["d1:m0"]) is joined


def test_organs_medium_organisation_word_still_joins():
    # a bare word the model read as an organisation ("Harbourline corrected the figure") joins as before
    mentions = [_m("d1", 0, "Harbourline News", "media", "ORG"), _m("d2", 0, "Harbourline", "organization", "ORG")]
    actors, of, _ = resolve_actors(mentions)
    assert of["d2:m0"] == of["d1:m0"]


@pytest.mark.model
@pytest.mark.parametrize("text,word,medium", [
    ("Officials told Travesk that the shelling continued.", "Travesk", True),
    ("According to Travesk, the talks are over.", "Travesk", True),
    ("Travesk reported that 12 people died in the shelling.", "Travesk", True),
    ("Quelmark accused Travesk of shelling the villages.", "Travesk", False),
    ("Travesk rejected the accusation on Monday.", "Travesk", False),
    ("Travesk later corrected the figure.", "Travesk", True),
])
def test_organs_medium_uses_marked_in_the_text(nlp, text, word, medium):
    doc = nlp(text)
    start = text.index(word)
    m = Mention(id="d:m0", doc="d", start=start, end=start + len(word), text=word, name=word, kind="other",
                label="GPE")
    mark_medium_uses(doc, [m])
    assert (m.label == MEDIUM) is medium
