"""An official statement printed whole (``extract/statements.py``): its body's uncued sentences are the issuing
body's, an unnamed source it cites is first in via, and what follows the statement is not its. Invented texts."""
from __future__ import annotations

import pytest

from tests.extract.invented import extract, name

pytestmark = pytest.mark.model

HEAD = ("VELMORA PRESS AGENCY (VPA)\nOFFICIAL | 3 March 2026\n\n{heading}\n\n"
        "Belvik, 3 March (VPA) - The Ministry of Defence of the Republic of Velmora\n"
        "informs that on 2 March the Air Force struck a depot of the Korro Front near the town of Osk.\n\n")
BODY = ("According to intelligence data, the depot was used to store rockets fired at Velmoran towns.\n\n"
        "According to the Northern Command of the Velmoran Armed Forces, six gunmen crossed the border.\n\n"
        "The government of Tarkistan has ignored six notes of the Republic of Velmora on this matter.\n"
        "Two more brigades have been moved to the northern border.\n\n"
        "Photo: Soldiers of the brigade guard a road near Osk.\n(c) VPA / Ministry of Defence press service\n")


def _speakers(nlp, text: str) -> dict[str, tuple]:
    claims, by_id = extract(nlp, text)
    return {c.content_text: (name(by_id, c.speaker_mention), [v.name for v in c.via]) for c in claims}


@pytest.mark.parametrize("heading", [
    "STATEMENT OF THE MINISTRY OF DEFENCE OF THE REPUBLIC OF VELMORA ON THE\nSITUATION AT THE NORTHERN BORDER",
    "COMMUNIQUE OF THE MINISTRY OF DEFENCE OF THE REPUBLIC OF VELMORA",
    "PRESS RELEASE: MINISTRY OF DEFENCE OF THE REPUBLIC OF VELMORA ON THE STRIKE NEAR OSK",
])
def test_statements_body_speaks_in_its_uncued_sentences(nlp, heading):
    found = _speakers(nlp, HEAD.format(heading=heading) + BODY)
    ministry = "Ministry of Defence (Velmora)"
    said = {k.strip(): v for k, v in found.items() if k}
    assert any(k.startswith("The government of Tarkistan") and v[0] == ministry for k, v in said.items()), said
    assert any(k.startswith("Two more brigades") and v[0] == ministry for k, v in said.items()), said
    # an unnamed source the body cites: the body speaks, the source is first in via
    assert any(k.startswith("the depot was used") and v == (ministry, ["intelligence data"]) for k, v in said.items())
    # a named source keeps speaking, the body passes it on
    assert any(k.startswith("six gunmen crossed") and v[1] == ["The Ministry of Defence of the Republic of Velmora"]
               for k, v in said.items()), said
    # the caption after the statement is not the ministry's
    assert not any(k.startswith("Photo") and v[0] == ministry for k, v in said.items()), said


@pytest.mark.parametrize("heading", [
    "FIGHTING FLARES AGAIN AT THE NORTHERN BORDER",                        # a headline, no statement
    "STATEMENT OF THE FOREIGN MINISTRY OF TARKISTAN ON THE BORDER",        # another body than the first speaker
    "Statement of the Ministry of Defence of the Republic of Velmora",     # not a heading in capitals
])
def test_statements_lookalikes_leave_the_outlet_speaking(nlp, heading):
    found = _speakers(nlp, HEAD.format(heading=heading) + BODY)
    assert not any(k.startswith("Two more brigades") and v[0] for k, v in found.items()), found
