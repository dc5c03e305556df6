"""The knowledge-base ruler: marks countries, capitals, seats of power, bodies, institutions and
news outlets as entities BEFORE spaCy's statistical NER, so that NER keeps them and predicts around them.

It is a pipeline component (``claimgraph_kb_ruler``, added by ``load_nlp`` before ``ner``):

- one PhraseMatcher on ``ORTH`` for acronyms and one-word names ("UN", "Pentagon", "Lima"),
- one PhraseMatcher on ``LOWER`` for longer names ("UN Security Council", "state department"),
- a Matcher for general name shapes no list can hold: governments ("government of national unity",
  "national unity government"), national bodies after a demonym ("the Chadian national army"), organs of
  a known body ("UN Panel of Experts") and outlets ("<Name> Today", "<Name> Courier").

Each entity it sets carries its knowledge-base id in ``span.ent_id_`` ("country:RU", "inst:us-dod",
"capital:RU", "seat:RU"; empty for the name shapes). All matches, also the ones left out of
``doc.ents``, are kept in ``doc.spans["claimgraph_kb"]``. Following spaCy's SpanRuler, ``__call__``
first finds (``match``), then writes (``set_annotations``).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import data
from ..extract.kb import KnowledgeBase, get_kb
from .institutions import InstitutionShapes

SPANS_KEY = "claimgraph_kb"

# the shapes added to the Matcher before the state institutions (its matches came first on the same span)
EARLY_SHAPES = frozenset({"government", "national_body"})

LABELS = {"country": "GPE", "capital": "GPE", "seat": "ORG", "body": "ORG", "inst": "ORG", "media": "ORG"}


@Language.factory("claimgraph_kb_ruler", assigns=["doc.ents", "doc.spans"],
                  default_config={"spans_key": SPANS_KEY})
def make_kb_ruler(nlp: Language, name: str, spans_key: str) -> "KnowledgeRuler":
    """Build the knowledge-base ruler (the config names it; see the module docstring)."""
    return KnowledgeRuler(nlp, name, spans_key=spans_key)


class KnowledgeRuler:
    """Entity ruler fed by the knowledge base in ``claimgraph/data``.

    nlp (Language): the pipeline (for its vocab and tokenizer).
    name (str): the component name.
    spans_key (str): where all matches are kept in ``doc.spans``.
    """

    def __init__(self, nlp: Language, name: str = "claimgraph_kb_ruler", *, spans_key: str = SPANS_KEY):
        self.name = name
        self.spans_key = spans_key
        self.kb: KnowledgeBase = get_kb()
        inst = data.load("institutions.yaml")
        self.name_words = set(inst.get("name_words", []))
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.shapes = Matcher(nlp.vocab)
        self._add_names(nlp)
        self._add_shapes(inst)

    # -- building ----------------------------------------------------------------------------------
    def _add_names(self, nlp: Language) -> None:
        """Phrase patterns for every name and alias in the knowledge base."""
        exact: dict[str, list[Doc]] = {}
        lower: dict[str, list[Doc]] = {}
        for kid, forms in self.kb.written.items():
            entry = self.kb.entries[kid]
            if entry.generic:
                continue
            for form in forms:
                target = lower if " " in form and not form.isupper() else exact
                target.setdefault(kid, []).append(nlp.make_doc(form))
                if target is exact and not form.isupper() and " " not in form:
                    exact[kid].append(nlp.make_doc(form.upper()))
        for name, code in self.kb.capital_names.items():
            if name in self.kb.ambiguous_capitals:
                continue
            target = lower if " " in name else exact
            target.setdefault(f"capital:{code}", []).append(nlp.make_doc(name))
        for name in data.load("metonyms.yaml")["seats"]:
            target = lower if " " in name["name"] else exact
            target.setdefault(f"seat:{name['country']}", []).append(nlp.make_doc(name["name"]))
        for kid, docs in exact.items():
            self.exact.add(kid, docs)
        for kid, docs in lower.items():
            self.lower.add(kid, docs)

    def _add_shapes(self, inst: dict) -> None:
        """Token patterns for government and national-body names (general shapes, no list of names)."""
        gov_words = list(inst.get("government_words", []))
        gov = {"LOWER": {"IN": ["government", "govt", "gov't"]}}
        desc = {"LOWER": {"IN": gov_words}, "OP": "+"}
        national = {"LOWER": "national"}
        self.shapes.add("government", [
            [gov, {"LOWER": "of"}, national, desc],
            [gov, {"LOWER": "of"}, {"LOWER": "national", "OP": "?"}, desc],
            [national, desc, gov],
            [{"LOWER": {"IN": gov_words}, "IS_TITLE": True}, {"IS_TITLE": True, "LOWER": {"IN": gov_words}, "OP": "*"},
             {"LOWER": "government", "IS_TITLE": True}],
        ])
        demonyms = sorted(set(self.kb.demonyms))
        countries = sorted({f for kid, forms in self.kb.written.items() if kid.startswith("country:")
                            for f in forms if " " not in f})
        heads = [h for h in inst.get("national_heads", []) if " " not in h]
        self.shapes.add("national_body", [
            [{"ORTH": {"IN": demonyms + countries}}, national, {"LOWER": {"IN": heads}}],
        ])
        # "the Norvanian defence ministry", "the army of Norvania": a state's generic institution in lower case
        generic = [n.split() for g in inst.get("generic", []) for n in g["names"]]
        # "the army of Norvania", "the armed forces of the Republic": looked up by name, not as ~200 Matcher
        # patterns (nlp/institutions.py); its matches are merged into the Matcher's in the Matcher's order
        forms = {w for f in data.load("state_names.yaml")["forms"] for w in f.split()}
        self.institutions = InstitutionShapes(generic, demonyms, inst.get("demonym_shape", "^$"), forms)
        # "UN Panel of Experts", "EU Monitoring Mission": an organ of a known body, named after it
        bodies = sorted({f for kid, forms in self.kb.written.items() if kid.startswith("body:")
                         for f in forms if " " not in f and f.isupper()})
        organs = list(inst.get("organ_heads", []))
        body = {"ORTH": {"IN": bodies}}
        organ = [{"IS_TITLE": True, "OP": "*"}, {"LOWER": {"IN": organs}, "IS_TITLE": True}]
        # "the UN panel": an organ called by its head word in lower case (joined to its full name by resolve)
        self.shapes.add("body_organ", [[body, *organ], [body, {"LOWER": {"IN": organs}, "IS_LOWER": True}],
                                       [body, *organ, {"LOWER": {"IN": ["of", "for", "on"]}},
                                        {"IS_TITLE": True, "OP": "+"}]])
        # "<Name> Today", "<Name> Courier": proper nouns ending in an outlet's word
        proper = {"IS_TITLE": True, "TAG": {"IN": ["NNP", "NNPS"]}, "OP": "+"}
        # "the <Name> Telegraph Agency", "<Name> News Agency": a news agency named by its service word
        tail = {"ORTH": {"IN": list(inst.get("media_tails", []))}, "OP": "?"}  # "<Name> Daily News"
        lead = {"ORTH": {"IN": [w.title() for w in inst.get("media_leads", [])] + ["TV"]}}  # "Radio <Name>"
        self.shapes.add("media", [[proper, {"ORTH": {"IN": list(inst.get("media_heads", []))}}, tail],
                                  [lead, {"IS_TITLE": True, "TAG": {"IN": ["NNP", "NNPS"]}}],
                                  [{"IS_TITLE": True, "TAG": {"IN": ["NNP", "NNPS", "JJ"]}, "OP": "+"},
                                   {"ORTH": {"IN": list(inst.get("agency_words", []))}}, {"ORTH": "Agency"}]])

    # -- running -----------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        """Find the knowledge-base names in ``doc`` and set them as entities."""
        spans = self.match(doc)
        self.set_annotations(doc, spans)
        return doc

    def match(self, doc: Doc) -> list[Span]:
        """All knowledge-base matches, as spans labelled GPE/ORG with the kb id in ``id``.

        doc (Doc): the document (tokenized; tags are not needed).
        RETURNS (list[Span]): the matches that pass the guards, longest first where they overlap.
        """
        spans: list[Span] = []
        vocab = doc.vocab.strings
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                kid = vocab[match_id]
                if not self._keep(doc, kid, start, end):
                    continue
                label = LABELS[kid.split(":", 1)[0]]
                spans.append(Span(doc, start, end, label=label, span_id=kid))
        for start, end, shape in self._shape_matches(doc):
            spans.append(Span(doc, start, end, label="ORG", span_id=f"shape:{shape}"))
        return spans

    def _shape_matches(self, doc: Doc) -> list[tuple[int, int, str]]:
        """The shapes' matches: the Matcher's, with the state institutions' put where the Matcher put them
        when it held their patterns (it reports a match at its end, older starts first, then in the order
        the shapes were added)."""
        vocab = doc.vocab.strings
        own = [(end, start, 1) for start, end in self.institutions(doc)]
        out, j = [], 0
        for match_id, start, end in self.shapes(doc):
            shape = vocab[match_id]
            at = (end, start, 0 if shape in EARLY_SHAPES else 2)
            while j < len(own) and own[j] < at:
                out.append((own[j][1], own[j][0], "state_institution"))
                j += 1
            out.append((start, end, shape))
        out += [(start, end, "state_institution") for end, start, _ in own[j:]]
        return out

    def _keep(self, doc: Doc, kid: str, start: int, end: int) -> bool:
        """Guards against the commonest false matches of one-word names."""
        nxt = doc[end] if end < len(doc) else None
        if kid.startswith("media:") and nxt is not None and nxt.is_title and nxt.tag_ in ("NNP", "NNPS"):
            return False  # "the National Unity Council": an outlet's name inside a longer name
        if end - start != 1:
            return True
        token = doc[start]
        prev = doc[start - 1] if start > 0 else None
        if token.is_upper and len(token) > 1:
            # "WHO" in an all-capitals headline is a word, not the World Health Organization
            neighbours = [t for t in (prev, nxt) if t is not None and t.is_alpha and len(t) > 2]
            if neighbours and all(t.is_upper for t in neighbours) and kid.split(":")[0] in ("body", "media", "inst"):
                return False
        if kid.startswith(("country:", "capital:")):
            # "Chad National Army", "Lima State University": part of an organisation's name
            if nxt is not None and nxt.is_title and nxt.lower_ in self.name_words:
                return False
            # "George Washington", "Michael Jordan": part of a person's name
            if (prev is not None and prev.is_title and prev.is_alpha and prev.tag_ in ("NNP", "NNPS")
                    and self.kb.lookup(prev.text) is None and prev.text not in self.kb.demonyms):
                return False
        return True

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        """Keep every match in ``doc.spans`` and the longest non-overlapping ones as entities."""
        doc.spans[self.spans_key] = spans
        chosen = filter_spans(spans)
        existing = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in chosen)]
        doc.ents = filter_spans(existing + chosen)
