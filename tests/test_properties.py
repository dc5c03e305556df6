"""Properties of cleaning and ingest, checked on generated inputs (hypothesis).

- cleaning is idempotent: clean(clean(x)) == clean(x);
- cleaning never loses sentence text: every sentence of the raw text that is not furniture
  is in the cleaned text, however the text was wrapped and whatever furniture surrounds it;
- offsets map back: for every character of the cleaned text, raw[to_raw(i)] is the same
  character (or both are whitespace: inserted spaces and paragraph breaks), in order;
- ingest never raises: random bytes and strings under any supported extension give a
  Document or an IngestError.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.clean import clean_document, clean_text, to_raw
from claimgraph.ingest import iter_inputs
from claimgraph.model import Document, IngestError

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = ["river", "council", "bridge", "farmers", "voted", "against", "the", "plan", "after", "weeks", "of",
         "talks", "in", "northern", "valley", "troops", "withdrew", "from", "village", "near", "border",
         "officials", "said", "that", "prices", "rose", "sharply", "during", "winter", "and", "schools",
         "closed", "early", "because", "storm", "damaged", "roads", "42", "1,200", "3.5", "percent"]
NAMES = ["Marta", "Lisbra", "Oskar", "Northline", "Kestel"]
FURNITURE = ["Share", "Leave a Reply", "Comments", "Donate", "Subscribe to our newsletter",
             "Your email address will not be published. Required fields are marked *", "Get short URL",
             "Follow us on Twitter and Facebook", "Published: 4 April 2024 10:15", "Advertisement",
             "© 2024 The Example Times. All rights reserved.", "[embed_video id=7]"]

HEADLINES = ["Harvest talks stall", "Bridge plan approved", "Storm hits coast", "Why the border matters"]

word = st.sampled_from(WORDS) | st.sampled_from(NAMES)


@st.composite
def sentences(draw):
    first = draw(st.sampled_from(NAMES + ["The", "Officials", "Farmers"]))
    rest = draw(st.lists(word, min_size=6, max_size=18))
    return " ".join([first, *rest]) + draw(st.sampled_from([".", "!", "?", '."', ".”"]))


@st.composite
def wrapped(draw, text: str) -> str:
    """Hard-wrap a paragraph at a drawn width (breaking only at spaces)."""
    width = draw(st.integers(min_value=30, max_value=90))
    lines, line = [], ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    lines.append(line)
    return "\n".join(lines)


@st.composite
def articles(draw):
    """A page: paragraphs of sentences, maybe wrapped, with furniture lines between them."""
    paras = draw(st.lists(st.lists(sentences(), min_size=1, max_size=4), min_size=1, max_size=5))
    wrap = draw(st.booleans())
    blocks = []
    for para in paras:
        text = " ".join(para)
        blocks.append(draw(wrapped(text)) if wrap else text)
        if draw(st.booleans()):
            blocks.append(draw(st.sampled_from(FURNITURE)))
    sep = draw(st.sampled_from(["\n", "\n\n", "\r\n\r\n", "\n \n"]))
    head = draw(st.lists(st.sampled_from(FURNITURE), max_size=2))
    # pages have a headline; a line repeating it is furniture, so it uses words of its own
    title = draw(st.sampled_from(HEADLINES))
    return "\n".join([*head, title]) + "\n" + sep.join(blocks), [s for para in paras for s in para]


messy_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400) | st.lists(
    st.sampled_from(["\n", "\n\n", " ", "\u00a0", ".", "”", '"', "A", "b", "Word", "word", "U.S.", "Also",
                     "In", "the", "Share", "http://x.co/a", "\r\n", "\t", "—", "[x_y a=1]", "(LINK)", "\u200b",
                     "2.5", "Su-24s.", "McDonald", "interestIn", "Published: 4 April 2024"]),
    max_size=80).map("".join)


@SETTINGS
@given(messy_text)
def test_properties_clean_is_idempotent(raw):
    once, _ = clean_text(raw)
    assert clean_text(once)[0] == once


@SETTINGS
@given(articles())
def test_properties_clean_is_idempotent_on_pages(page):
    raw, _ = page
    once, _ = clean_text(raw)
    assert clean_text(once)[0] == once


@SETTINGS
@given(articles())
def test_properties_clean_never_loses_sentences(page):
    raw, sents = page
    text, _ = clean_text(raw)
    flat = " ".join(text.split())
    for s in sents:
        assert s in flat, (s, text)


def _check_offsets(raw: str) -> None:
    doc = clean_document(Document(id="", path="p.txt", text=raw, raw_text=raw))
    last = -1
    for i, ch in enumerate(doc.text):
        r = to_raw(doc, i)
        assert 0 <= r < len(raw)
        assert raw[r] == ch or ch.isspace(), (i, ch, r)
        assert r >= last
        last = r


@SETTINGS
@given(messy_text)
def test_properties_offsets_map_back(raw):
    _check_offsets(raw)


@SETTINGS
@given(articles())
def test_properties_offsets_map_back_on_pages(page):
    _check_offsets(page[0])


EXTENSIONS = [".txt", ".html", ".json", ".jsonl", ".csv", ".tsv", ".pdf", ""]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000) | st.text(max_size=500).map(lambda s: s.encode("utf-8", "surrogatepass"))
       | st.sampled_from([b"\x00" * 10, b"\xff\xfe\x00", b"\xef\xbb\xbf", b"%PDF-1.4\n\x00", b"[{\"text\": 1}]",
                          b'{"body": null}', b"a,b\n\"unterminated", b"<html><p>x</p>"]),
       ext=st.sampled_from(EXTENSIONS))
def test_properties_ingest_never_raises(data, ext):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"input{ext}"
        p.write_bytes(data)
        items = list(iter_inputs([p]))
    assert items
    for item in items:
        assert isinstance(item, (Document, IngestError))
        if isinstance(item, Document):
            assert item.raw_text is not None and item.id == ""
            cleaned = clean_document(item)
            assert isinstance(cleaned.text, str)
        else:
            assert item.reason
