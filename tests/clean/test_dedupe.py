"""Dedupe: exact copies, syndicated copies with other headers and footers, different stories."""
from __future__ import annotations

from claimgraph.clean import clean_document
from claimgraph.clean.dedupe import Deduper, containment
from claimgraph.model import Document

STORY = """Grain convoy reaches besieged town of Halvik

HALVIK, April 2 (Northline Press) — A convoy of 40 trucks carrying grain and medicine reached the
besieged town of Halvik on Tuesday, the first to get through in six weeks, aid workers said.

The convoy crossed two checkpoints held by the militia after a day of negotiations, said Ola Brenn,
who leads the relief mission. "People were waiting in the square when we arrived," she said.

The militia, which has surrounded Halvik since February, said it had allowed the convoy through as
a gesture of goodwill. The government called the siege a war crime and urged the regional alliance
to send monitors to the road.

Local doctors said the hospital had run out of insulin and antibiotics last week and that at least
nine patients had died for lack of treatment. The convoy also carried fuel for the hospital's
generators, which had been running for four hours a day.

A second convoy is planned for next week if the militia keeps the road open, the mission said.
"""

SYNDICATED = """Daily Meridian | World news
Aid finally gets through to Halvik after six weeks
By Northline Press staff
April 2, 2024

A convoy of 40 trucks carrying grain and medicine reached the besieged town of Halvik on Tuesday,
the first to get through in six weeks, aid workers said.

The convoy crossed two checkpoints held by the militia after a day of negotiations, said Ola Brenn,
who leads the relief mission. "People were waiting in the square when we arrived," she said.

The militia, which has surrounded Halvik since February, said it had allowed the convoy through as
a gesture of goodwill. The government called the siege a war crime and urged the regional alliance
to send monitors to the road.

Local doctors said the hospital had run out of insulin and antibiotics last week and that at least
nine patients had died for lack of treatment. The convoy also carried fuel for the hospital's
generators, which had been running for four hours a day.

Read more: Halvik siege explained
Subscribe to the Daily Meridian newsletter for the day's top stories in your inbox.
© 2024 Daily Meridian. All rights reserved.
"""

OTHER = """Fuel prices rise for third month

Petrol and diesel prices rose for the third month in a row in March, the statistics office said on
Friday, as the war in the north disrupted deliveries from the refineries on the coast.

The office said transport costs had pushed up the price of bread and vegetables in most regions,
and economists expect inflation to stay above eight per cent until the summer. The central bank
is due to decide on interest rates next week.
"""


def _doc(text: str, path: str) -> Document:
    return clean_document(Document(id="", path=path, text=text, raw_text=text))


def test_dedupe_syndicated_copy_with_other_header_and_footer():
    d = Deduper()
    original = _doc(STORY, "wire.txt")
    copy = _doc(SYNDICATED, "copy.txt")
    assert original.id != copy.id
    assert d.check(original) is None
    assert d.check(copy) == original.id


def test_dedupe_copy_found_whichever_comes_first():
    d = Deduper()
    copy, original = _doc(SYNDICATED, "copy.txt"), _doc(STORY, "wire.txt")
    assert d.check(copy) is None
    assert d.check(original) == copy.id


def test_dedupe_different_stories_are_kept():
    d = Deduper()
    assert d.check(_doc(STORY, "a.txt")) is None
    assert d.check(_doc(OTHER, "b.txt")) is None


def test_dedupe_same_topic_different_wording_is_not_a_copy():
    rewritten = ("Aid workers said forty lorries with wheat and medical supplies got into Halvik on Tuesday, "
                 "breaking a six-week blockade by the militia. The mission's head said residents had gathered "
                 "to meet them. The government accused the militia of war crimes and asked for monitors. "
                 "Doctors reported deaths from a lack of insulin.")
    d = Deduper()
    assert d.check(_doc(STORY, "a.txt")) is None
    assert d.check(_doc(rewritten, "b.txt")) is None


def test_dedupe_exact_copy_is_reported_by_id_and_path():
    d = Deduper()
    doc = _doc(STORY, "a.txt")
    assert d.check(doc) is None
    assert d.check(doc) is None                  # the same document is not a copy of itself
    assert d.path_of(doc.id) == "a.txt"


def test_dedupe_from_documents_knows_stored_originals():
    stored = _doc(STORY, "wire.txt")
    dup = _doc(OTHER, "dup.txt")
    dup.status = "duplicate"
    d = Deduper.from_documents([stored, dup])
    assert d.check(_doc(SYNDICATED, "new.txt")) == stored.id
    assert d.path_of(dup.id) == "dup.txt"


def test_dedupe_containment():
    assert containment(1.0, 100, 100) == 1.0
    assert containment(0.0, 100, 100) == 0.0
    assert abs(containment(0.5, 100, 50) - 1.0) < 1e-9    # the small set inside the large one


def test_dedupe_minhash_shared_permutations_same_sketch():
    from datasketch import MinHash

    from claimgraph.clean.dedupe import NUM_PERM, minhash, shingles

    # every sketch reuses the first one's permutations: the same hash values as a MinHash made afresh
    sketches = []
    for text in (STORY, SYNDICATED, "A short note about the harbour of Telvik and its two new cranes today."):
        grams = shingles(text)
        fresh = MinHash(num_perm=NUM_PERM, seed=7)
        fresh.update_batch(list(grams))
        ours = minhash(grams)
        assert (ours.hashvalues == fresh.hashvalues).all() and ours.jaccard(fresh) == 1.0
        sketches.append(ours)
    # updating one sketch leaves the others (and the shared permutations) as they were
    before = [s.hashvalues.copy() for s in sketches]
    sketches[0].update(b"one more shingle of five words")
    assert all((s.hashvalues == b).all() for s, b in zip(sketches[1:], before[1:]))
