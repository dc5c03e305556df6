"""People with a state glued before their name, across the corpus: a machine translation's "the minister of
Norvania Ivo Perak" that no article cut ("Norvania Ivo Perak" keyed as one person) is Ivo Perak once the corpus
knows Norvania for a state, and a person never lists a bare state, capital or demonym as his alias (the state
stays the state's). ``resolve.actors`` calls ``unglue_people`` after ``kinds.retype`` and ``person_forms`` when it
lists a person's aliases.
"""
from __future__ import annotations

from ..extract.kb import get_kb, name_key
from ..extract.names import is_given_name
from .kinds import CorpusStates
from .nodes import Node


def a_state_word(word: str, states: CorpusStates) -> bool:
    """Is one word a state: a country or capital the knowledge base lists, a demonym it knows, or a state, capital
    or demonym the corpus learned?"""
    if get_kb().state_word(word):
        return True
    key = name_key(word)
    return bool(key) and (states.state_of_demonym(word) is not None or key in states.capitals)


def unglue_people(nodes: list[Node], states: CorpusStates) -> None:
    """A person keyed "<State> <Given> <Surname>" is "<Given> <Surname>" when the corpus knows the first word for a
    state, so he meets his other mentions and the state never becomes a person (nodes changed in place).

    nodes (list[Node]): the corpus' nodes, after ``kinds.retype``.
    states (CorpusStates): what the corpus learned about states.
    """
    for n in nodes:
        if n.kind != "person" or n.kb_id:
            continue
        words = n.key.split()
        if len(words) == 3 and words[0][:1].isupper() and not is_given_name(words[0]) and \
                a_state_word(words[0], states):
            n.key = " ".join(words[1:])


def person_forms(forms: set[str], nodes: list[Node], states: CorpusStates) -> set[str]:
    """A person's surface forms less bare states, capitals and demonyms, with a name a state was glued before
    listed as the person's name ("Norvania Ivo Perak" -> "Ivo Perak", the key ``unglue_people`` gave).

    forms (set[str]): the forms as written. nodes (list[Node]): the person's nodes.
    RETURNS (set[str]): the forms to list (all of them when every one is a state word).
    """
    forms = {f for f in forms if " " in f or not a_state_word(f, states)} or forms
    keys = {n.key for n in nodes if len(n.key.split()) == 2}
    return {next((k for k in keys if f.endswith(" " + k)), f)
            if len(f.split()) == 3 and a_state_word(f.split()[0], states) else f for f in forms}
