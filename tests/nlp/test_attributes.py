"""The attribute table sets exactly the attributes spaCy's AttributeRuler sets, from the ruler's own rules."""
from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from claimgraph.nlp.attributes import AttributeTable

ATTRS = [POS, MORPH, LEMMA, TAG, DEP]

# invented rules in the shapes the model's ruler uses (tag map, word + tag, runs of tokens, a regular
# expression, a flag, a dependency label) plus one only a Matcher can run (an operator)
RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Pres"}},
    {"patterns": [[{"TAG": "PRP"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"TAG": "_SP"}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"LOWER": "zorb", "TAG": "VBZ"}]], "attrs": {"LEMMA": "zorbify"}},
    {"patterns": [[{"TAG": {"IN": ["VBZ", "VBD"]}, "LOWER": "blets"}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": {"REGEX": "^qu+x$"}}]], "attrs": {"LEMMA": "quux"}},
    {"patterns": [[{"LOWER": "it"}, {"LOWER": "zorb"}]], "attrs": {"LEMMA": "zorb-it"}, "index": 1},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "VERB"}, "index": -1},
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}},
    {"patterns": [[{"LOWER": "very", "OP": "+"}, {"LOWER": "glim"}]], "attrs": {"LEMMA": "glim!"}, "index": -1},
    {"patterns": [[{"TAG": "NN", "LOWER": "frell"}]], "attrs": {"POS": "PROPN"}},   # overrides rule 0
]


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(RULES)
    return nlp, ruler, AttributeTable(nlp).from_ruler(ruler)


def _doc(nlp, words, tags, deps=None):
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps or ["dep"] * len(words),
               heads=list(range(len(words))))


CASES = [
    (["It", "zorb", "the", "frell"], ["PRP", "VBZ", "DT", "NN"]),              # a run, a word + tag, precedence
    (["She", "zorb", "a", "quuux"], ["PRP", "VBZ", "DT", "NN"]),               # no run: "She" is not "it"
    (["there", "is", "a", "frell"], ["EX", "VBZ", "DT", "NN"], ["expl", "ROOT", "det", "attr"]),
    (["there", "is", "a", "frell"], ["EX", "VBZ", "DT", "NN"], ["advmod", "ROOT", "det", "attr"]),
    (["very", "very", "glim", "blets"], ["RB", "RB", "NN", "VBD"]),            # an operator: the Matcher's part
    (["glim", "blets", "  ", "qux"], ["NN", "VBZ", "_SP", "NN"]),              # a space token's label
    (["zorb", "zorb", "it", "zorb"], ["VB", "VBZ", "PRP", "VBZ"]),
]


@pytest.mark.parametrize("case", CASES)
def test_attributes_table_equals_ruler(blank, case):
    nlp, ruler, table = blank
    ours, theirs = _doc(nlp, *case), _doc(nlp, *case)
    ruler(theirs)
    table(ours)
    assert ours.to_array(ATTRS).tolist() == theirs.to_array(ATTRS).tolist()


def test_attributes_table_holds_one_token_rules_and_runs(blank):
    _, _, table = blank
    assert table.exact
    assert len(table.runs) == 2                     # "it zorb", "there is"
    assert table.matcher is not None and len(table.matcher) == 1   # only the operator's rule


def test_attributes_run_needs_every_token(blank):
    """'zorb' after 'She' is no run's target: its lemma stays the one-token rule's."""
    nlp, _, table = blank
    doc = table(_doc(nlp, ["She", "zorb", "it"], ["PRP", "VBZ", "PRP"]))
    assert doc[1].lemma_ == "zorbify"
    doc = table(_doc(nlp, ["it", "zorb"], ["PRP", "VBZ"]))
    assert doc[1].lemma_ == "zorb-it"


def test_attributes_later_rule_wins(blank):
    nlp, _, table = blank
    doc = table(_doc(nlp, ["frell", "glim"], ["NN", "NN"]))
    assert [t.pos_ for t in doc] == ["PROPN", "NOUN"]
    assert str(doc[0].morph) == "Number=Sing"      # rule 0's morphology is left: the later rule sets no MORPH


def test_attributes_lexeme_rules_go_to_the_ruler():
    """A rule writing a lexical attribute changes later documents' lexemes: no cache may hold it."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"LOWER": "glim"}]], "attrs": {"NORM": "glimmer"}}])
    assert not AttributeTable(nlp).from_ruler(ruler).exact


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "It's what the Varnish ministry said: there are 40 drones, and y'all ain't seen nothin' yet.\n\n  Got it?",
    "The council gets   its way; officials got none.  \n\nThere was talk, she said, of a truce in Oskelund.",
    "Kemmer Dravic, 52, told reporters on Tuesday that the militia had withdrawn 'most' of its 300 fighters.",
])
def test_attributes_model_table_equals_model_ruler(nlp, text):
    """Our pipeline's table against the model's own ruler (kept inside it), every token attribute of the
    same parsed document, on new sentences."""
    table = nlp.get_pipe("attribute_ruler")
    assert isinstance(table, AttributeTable)
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "attribute_ruler":
            break
        doc = proc(doc)
    ours, theirs = table(doc.copy()), table.ruler(doc.copy())
    assert ours.to_array(ATTRS).tolist() == theirs.to_array(ATTRS).tolist()
    assert all(t.pos_ for t in ours) and all(t.pos_ == "SPACE" for t in ours if t.is_space)
