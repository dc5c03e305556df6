"""The model's attribute ruler as a table look-up: the same token attributes, without the Matcher.

en_core_web_sm's ``attribute_ruler`` maps each tag to a part of speech and morphology and fixes a
few words ("'s" after "it", "gets"/"got"), some two hundred Matcher patterns tried at every token:
about a tenth of the model's time for what is, for almost every pattern, a function of one token's
text, tag and dependency label. This component (``claimgraph_attribute_ruler``) reads the loaded
ruler's own patterns when the pipeline is loaded (no table is copied here) and splits them:

- a pattern of one token whose keys are ``ORTH``, ``LOWER``, ``TAG``, ``DEP`` or an ``IS_*`` flag,
  each compared with a string, a flag, an ``IN``/``NOT_IN`` list or a ``REGEX``, is a test on the token's
  (orth, tag, dep): its outcome — which rules hold and the attributes they leave — is computed once
  per distinct (orth, tag, dep) and cached;
- a pattern of several such tokens is found from the same cached tests (token by token);
- every other pattern (operators, other keys) stays in a Matcher of its own, run as
  the ruler runs it, and its matches are merged with the table's in the ruler's order.

The ruler applies its matches sorted by rule number, a later rule overwriting an earlier one's
attributes; so does this component, token by token. Part of speech, morphology and lemma are written
for the whole document in one ``Doc.from_array``; any other attribute (the tag and label of a space
token) with the ruler's own ``set_token_attrs``. Rules that would change a lexeme (a lexical
attribute or flag, shared by every later document) or set extension attributes make the component
hand every document to the ruler itself. ``tests/nlp/test_attributes.py`` checks the attributes are
the ruler's, token by token; docs/scale.md gives the identity check on the bench corpus.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# attributes written for every token in one array
ARRAY_ATTRS = (POS, MORPH, LEMMA)
# keys a one-token pattern may test and be cached on: lexical ones follow from the orth
TOKEN_KEYS = {"ORTH", "LOWER", "TAG", "DEP"}
# lexeme fields a rule could write (spaCy's Lexeme.set_struct_attr): such a rule changes every later
# document's tokens, so no cache keyed on the orth would hold
LEXICAL = {IDS[name] for name in ("ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LANG", "ID")}
FLAG_LIMIT = 64            # attribute ids below this are lexeme flags (IS_ALPHA, IS_SPACE, …)
CACHE_LIMIT = 500_000      # distinct (orth, tag, dep) kept before the cache starts again


@Language.factory("claimgraph_attribute_ruler", assigns=["token.pos", "token.morph", "token.lemma"])
def make_attribute_table(nlp: Language, name: str) -> "AttributeTable":
    """An empty table; ``from_ruler`` fills it from the model's attribute ruler (see ``nlp.pipeline``)."""
    return AttributeTable(nlp, name)


class AttributeTable:
    """The attribute ruler's rules, one-token ones as a cached table, the rest in a Matcher.

    nlp (Language): the pipeline (for its vocab).
    name (str): the component name.
    """

    def __init__(self, nlp: Language, name: str = "claimgraph_attribute_ruler"):
        self.name = name
        self.vocab = nlp.vocab
        self.ruler = None
        self.tests: list[tuple[int, Callable]] = []     # (rule number, test on (lexeme, tag, dep))
        self.runs: list[tuple[int, int]] = []           # patterns of several tokens: (rule number, length)
        self.parts: list[tuple[tuple[int, int], Callable]] = []   # ((run, position), test) of their tokens
        self.by_tag: dict[int, tuple[list, list]] = {}
        self.any_tag: tuple[list, list] = ([], [])
        self.attrs: list[dict[int, Any]] = []
        self.indices: list[int] = []
        self.matcher: Matcher | None = None               # the rules the table cannot hold
        self.cache: dict[tuple[int, int, int], tuple] = {}
        self.exact = True                                 # False: every document goes to the ruler

    def from_ruler(self, ruler) -> "AttributeTable":
        """Take the rules of a loaded spaCy ``AttributeRuler``.

        ruler (AttributeRuler): the model's component (kept: it runs the documents the table cannot).
        RETURNS (AttributeTable): self.
        """
        self.ruler = ruler
        self.attrs, self.indices = list(ruler.attrs), list(ruler.indices)
        self.tests, self.cache = [], {}
        self.runs, self.parts = [], []
        self.by_tag, self.any_tag = {}, ([], [])
        self.matcher = None
        self.exact = not any(_changes_lexemes(a) for a in self.attrs)
        strings = self.vocab.strings
        for number, rule in enumerate(ruler.patterns):
            rest = []
            for pattern in rule["patterns"]:
                tests = [_token_test(token, strings) for token in pattern]
                if not tests or any(t is None for t in tests) or not -len(tests) <= self.indices[number] < len(tests):
                    rest.append(pattern)
                elif len(tests) == 1:
                    self.tests.append((number, tests[0]))
                else:
                    # a fixed run of tokens: each token's test is cached like a one-token rule's
                    pid = len(self.runs)
                    self.runs.append((number, len(tests)))
                    self.parts += [((pid, j), test) for j, test in enumerate(tests)]
            if rest:
                if self.matcher is None:
                    self.matcher = Matcher(self.vocab)
                self.matcher.add(strings.add(str(number)), rest)
        # tag → (the tests a token with that tag may pass, the run parts likewise), in rule order
        self.any_tag = ([t for t in self.tests if t[1].tags is None], [p for p in self.parts if p[1].tags is None])
        self.by_tag = {}
        for tag in {tag for _, test in self.tests + self.parts for tag in (test.tags or ())}:
            self.by_tag[tag] = ([t for t in self.tests if t[1].tags is None or tag in t[1].tags],
                                [p for p in self.parts if p[1].tags is None or tag in p[1].tags])
        return self

    def __call__(self, doc: Doc) -> Doc:
        """Set the ruler's attributes on ``doc``.

        doc (Doc): a tagged and parsed document.
        RETURNS (Doc): the same document.
        """
        if not self.exact:
            return self.ruler(doc)
        if not len(doc):
            return doc
        keys = doc.to_array([ORTH, TAG, DEP]).tolist()
        cache, outcome = self.cache, self._outcome
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        found = [cache.get(k) or outcome(k) for k in map(tuple, keys)]
        extra = self._other_matches(doc)
        if extra is None:
            return self.ruler(doc)
        if self.runs:
            self._run_matches(found, extra)
        values = doc.to_array(list(ARRAY_ATTRS))
        others: list[tuple[int, dict]] = []
        for i, (numbers, final, _) in enumerate(found):
            if i in extra:
                final = self._fold(sorted(numbers + tuple(extra[i])))
            if not final:
                continue
            row = values[i]
            rest = None
            for attr, value in final.items():
                if attr == POS:
                    row[0] = value
                elif attr == MORPH:
                    row[1] = value
                elif attr == LEMMA:
                    row[2] = value
                else:
                    rest = rest or {}
                    rest[attr] = value
            if rest:
                others.append((i, rest))
        doc.from_array(list(ARRAY_ATTRS), values)
        for i, rest in others:
            set_token_attrs(doc[i], rest)
        return doc

    def _outcome(self, key: tuple[int, int, int]) -> tuple:
        """(rule numbers that hold, attributes they leave, token tests of the runs that hold) for a token's
        (orth, tag, dep); cached."""
        lexeme = self.vocab[key[0]]
        tag, dep = key[1], key[2]
        tests, parts = self.by_tag.get(tag, self.any_tag)
        numbers = tuple(sorted({n for n, test in tests if test(lexeme, tag, dep)}))
        parts = frozenset(part for part, test in parts if test(lexeme, tag, dep))
        out = self.cache[key] = (numbers, self._fold(numbers), parts)
        return out

    def _fold(self, numbers) -> dict[int, Any]:
        """The attributes rules leave when applied in order (a later rule overwrites an earlier one)."""
        final: dict[int, Any] = {}
        for n in numbers:
            final.update(self.attrs[n])
        return final

    def _run_matches(self, found: list[tuple], extra: dict[int, list[int]]) -> None:
        """Add the matches of the fixed runs of tokens to ``extra`` (token index → rule numbers)."""
        n = len(found)
        for start, (_, _, parts) in enumerate(found):
            if not parts:
                continue
            for pid, j in parts:
                if j:
                    continue
                number, length = self.runs[pid]
                end = start + length
                if end <= n and all((pid, k) in found[start + k][2] for k in range(1, length)):
                    index = self.indices[number]
                    extra.setdefault(start + index if index >= 0 else end + index, []).append(number)

    def _other_matches(self, doc: Doc) -> dict[int, list[int]] | None:
        """Token index → rule numbers of the Matcher's matches (the rules the table does not hold); None when
        a match's index falls outside it (the ruler raises its own error for that)."""
        if self.matcher is None:
            return {}
        extra: dict[int, list[int]] = {}
        strings = self.vocab.strings
        for match_id, start, end in self.matcher(doc, allow_missing=True):
            number = int(strings[match_id])
            index = self.indices[number]
            target = start + index if index >= 0 else end + index
            if not start <= target < end:
                return None
            extra.setdefault(target, []).append(number)
        return extra


def _changes_lexemes(attrs: dict) -> bool:
    """Would setting these attributes change a lexeme (or an extension), not only a token?"""
    return any(isinstance(a, str) or a < FLAG_LIMIT or a in LEXICAL for a in attrs)


def _token_test(spec: dict, strings) -> Callable | None:
    """A test on (lexeme, tag, dep) equal to one token of a Matcher pattern, or None if it is not one
    (an operator, another key or another kind of value)."""
    checks = []
    for key, value in spec.items():
        key = key.upper() if isinstance(key, str) else key
        if key not in TOKEN_KEYS and not (isinstance(key, str) and key.startswith("IS_") and key in IDS):
            return None
        if key.startswith("IS_"):
            if not isinstance(value, bool):
                return None
            checks.append((key, "flag", IDS[key], value))
            continue
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            checks.append((key, "in", frozenset({_hash(value, strings)}), True))
        elif isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"} and \
                all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in next(iter(value.values()))):
            op, items = next(iter(value.items()))
            checks.append((key, "in", frozenset(_hash(v, strings) for v in items), op == "IN"))
        elif isinstance(value, dict) and len(value) == 1 and isinstance(value.get("REGEX"), str):
            # the Matcher searches the attribute's string with the compiled expression
            checks.append((key, "regex", re.compile(value["REGEX"]).search, True))
        else:
            return None

    def test(lexeme, tag: int, dep: int) -> bool:
        for key, kind, arg, want in checks:
            if kind == "flag":
                if lexeme.check_flag(arg) != want:
                    return False
                continue
            value = tag if key == "TAG" else dep if key == "DEP" else lexeme.orth if key == "ORTH" else lexeme.lower
            if kind == "regex":
                if not arg(strings[value]):
                    return False
            elif (value in arg) != want:
                return False
        return True

    # the tags a token must have (a TAG compared with a string or an IN list): only tokens with one of
    # them are tested, which keeps a new (orth, tag, dep) cheap to look up
    test.tags = next((arg for key, kind, arg, want in checks if key == "TAG" and kind == "in" and want), None)
    return test


def _hash(value, strings) -> int:
    """The Matcher's key for a pattern value: a string's hash (added to the store, as the Matcher does)."""
    return strings.add(value) if isinstance(value, str) else int(value)
