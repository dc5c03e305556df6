"""Demonyms in -ian of state names in -is, -os, -us, -ius ("Barbadian" of "Barbados", "Mauritian" of
"Mauritius"): a learned state's demonym maps back to it, so its institutions named both ways merge.

Invented states and bodies only (the real names above are the pattern's English examples).
"""
from __future__ import annotations

import pytest

from claimgraph.extract.states import demonym_stems
from claimgraph.model import Mention
from claimgraph.resolve.actors import resolve_actors
from claimgraph.resolve.kinds import CorpusStates


@pytest.mark.parametrize("demonym,name", [("Barbadian", "Barbados"), ("Mauritian", "Mauritius"),
                                          ("Tessarian", "Tessaris"), ("Veldosian", "Veldos")])
def test_demonym_stems_ian_of_a_name_in_s(demonym, name):
    assert name in demonym_stems(demonym)


@pytest.mark.parametrize("text,state", [("Tessarian", "Tessaris"), ("Orvusian", "Orvus"),
                                        # no such state learned: nothing
                                        ("Kelmarian", None)])
def test_state_of_demonym_ian_of_a_name_in_s(text, state):
    names = {"tessaris": "Tessaris", "orvus": "Orvus"}
    assert CorpusStates(names=names).state_of_demonym(text) == state


def _m(doc, n, text, kind, label, **kw):
    return Mention(id=f"{doc}:m{n}", doc=doc, start=n * 40, end=n * 40 + len(text), text=text, name=text, kind=kind,
                   label=label, **kw)


def test_ministry_named_by_demonym_and_by_state_merge():
    # "the Tessarian defence ministry" in one article, "Ministry of Defence of the Republic of Tessaris" in another
    mentions = [_m("a", 0, "Tessaris", "country", "GPE"),
                _m("a", 1, "Tessarian defence ministry", "organization", "ORG", kb_id="inst:defence-ministry",
                   local_key="Tessarian defence ministry", affiliation="Tessarian"),
                _m("b", 0, "Tessaris", "country", "GPE"),
                _m("b", 1, "Ministry of Defence", "organization", "ORG", kb_id="inst:defence-ministry",
                   local_key="Ministry of Defence (Tessaris)", affiliation="Tessaris")]
    actors, of, _ = resolve_actors(mentions)
    assert of["a:m1"] == of["b:m1"]
    assert of["a:m0"] != of["a:m1"]
