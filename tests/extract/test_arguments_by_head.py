"""``ActorIndex._by_head``: a definite noun phrase points back to an organisation named before it by the
name's last noun ("the army" for "the Zemlish army") or by its head before "of" ("the ministry" for "the
Ministry of Health of X") — never by a word in another form that happens to open a name ("the valleys" is
not "VALLEY COURIER", a masthead in capitals the parser heads by its first word).

Every name and sentence here is invented for the tests.
"""
from __future__ import annotations

import duckdb
import pytest

import claimgraph
from tests.extract.invented import extract, name

BLOG = """{name}
Home | News | Opinion | Donate

MERKA: WHAT THE CAPITAL DOES NOT WANT YOU TO SEE

Posted on October 14, 2026 by Anton Bresk

Share | Tweet | Email

Regime media are screaming about a "rebel massacre" in Merka. But the people of Merka tell a different story.

The governor of the province, Ilan Torvic, spoke to us on Sunday. He also accused Dranmoor of blocking food convoys
to the {plural} for three weeks. He said the army shelled the {plural} again.
"""


def _objects(nlp, text):
    claims, by_id = extract(nlp, text)
    return [(c.event.type, name(by_id, c.event.object_mention)) for c in claims if c.event]


@pytest.mark.model
@pytest.mark.parametrize("masthead,plural", [
    ("VALLEY COURIER", "valleys"),
    ("HIGHLAND DISPATCH", "highlands"),
    ("LOWLAND COURIER", "lowlands"),
])
def test_by_head_plural_common_noun_is_not_the_masthead(tmp_path, masthead, plural):
    # a blog's masthead in capitals (its own outlet): the parser heads it by its first word, and "the valleys"
    # (that word's plural, lemma "valley") was linked back to the outlet as the object of the blockade
    (tmp_path / "blog.txt").write_text(BLOG.format(name=masthead, plural=plural))
    store = tmp_path / "s.duckdb"
    claimgraph.build([str(tmp_path / "blog.txt")], store=str(store), workers=1)
    con = duckdb.connect(str(store), read_only=True)
    try:
        linked = con.execute("SELECT m.text FROM mentions m JOIN actors a ON a.id = m.actor "
                             "WHERE a.kind = 'media' AND lower(m.text) LIKE ?", [f"%{plural}%"]).fetchall()
    finally:
        con.close()
    assert linked == [], linked
