"""Page furniture seen on unseen pages: each form is cut, the real sentences that share its words stay."""
from __future__ import annotations

import pytest

from claimgraph.clean import clean_text
from claimgraph.clean.furniture import line_rule, mark_lines, tail_rule

BODY = ("The harbour council voted on Monday to close the northern pier to cargo traffic until the repairs end, "
        "its chairwoman told reporters.")
BODY2 = ("Fishermen said the closure would cost them a season and asked for the southern quay to be opened "
         "to their boats.")


def clean(raw: str, title: str | None = None) -> str:
    return clean_text(raw, title=title)[0]


@pytest.mark.parametrize("line,rule", [
    ("Advertisement", "advertisement"),
    ("ADVERTISEMENT", "advertisement"),
    ("Advertisement - Scroll to continue", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("Article continues below", "advertisement"),
    ("Continue reading the main story", "advertisement"),
    ("Read more: Fishermen fear a lost season", "related_inline"),
    ("Related: Council votes on harbour budget", "related_inline"),
    ("Share this article", "share_widget"),
    ("Follow us on Telegram", "social_follow"),
    ("Follow us on X", "social_follow_us"),
    ("Sign up for our newsletter", "subscribe"),
    ("Comments (14)", "comment_widget"),
    ("4 min read", "reading_time"),
    ("4 min read · Nov 3, 2026", "reading_time"),
    ("Listen to this article", "reading_time"),
    ("Tags: harbour, pier, council", "tags"),
    ("Filed under: Harbour", "tags"),
    ("Photo: Ana Brel/Kessel Wire", "caption"),
    ("(Image credit: Ana Brel/Kessel Wire)", "caption"),
    ("(Photo: Ana Brel)", "caption"),
    ("Ana Brel/Kessel Wire", "photo_credit"),
    ("Reporting by Ana Brel; editing by Tom Ost", "credits"),
    ("Written by Ana Brel", "byline"),
    ("By Ana Brel and Tom Ost, Harbour Post staff writers", "byline"),
    ("BY ANA BREL", "byline"),
    ("By our correspondent in Varno", "byline"),
    ("By staff reporter", "byline"),
    ("By the Harbour Post editorial board", "byline"),
    ("— Ana Brel is a correspondent for the Harbour Post", "author_bio"),
    ("November 3, 2026 9:41 AM UTC", "timestamp"),
    ("Updated 9:41 AM EST, Tue November 3, 2026", "timestamp"),
    ("Last updated: 2026-03-04T09:41:00Z", "timestamp"),
    ("Tuesday 3 March 2026 | 4 min read", "timestamp"),
    ("Edited by Tom Ost", "credits"),
    ("Reporting: Ana Brel; Editing: Tom Ost", "credits"),
    ("(Reporting by Ana Brel in Varno and Tom Ost in Kessel; Additional reporting by Ivo Kral; Editing by Mila Ren.)",
     "credits"),
    ("Photographs by Ana Brel", "credits"),
    ("Contact the author: ana@harbourpost.example", "contact"),
    ("About the author", "contact"),
    ("The views expressed in this article are the author's own.", "legal"),
    ("Newsletter", "subscribe"),
    ("Get the app", "subscribe"),
    ("View 12 comments", "comment_widget"),
    ("4-minute read", "reading_time"),
    ("Estimated reading time: 4 minutes", "reading_time"),
    ("Follow Ana Brel on X", "social_follow_us"),
    ("Click to share on Facebook (Opens in new window)", "social_follow_us"),
    ("Join our Telegram channel", "social_follow"),
    ("Skip advertisement", "advertisement"),
])
def test_furniture_unseen_forms(line, rule):
    assert line_rule(line) == rule


@pytest.mark.parametrize("line", [
    "Advertisement revenue at the harbour paper fell by a third last year.",
    "Related talks on the southern quay will start next week, the council said.",
    "Read more widely, the report says the pier was unsafe for years.",
    "Tags were fixed to the crates before they were loaded.",
    "Topics on the agenda included the pier and the fish market.",
    "Filed under the emergency law, the charges carry ten years in prison.",
    "Follow the money, the auditor told the council on Monday.",
    "Find us at the checkpoint, the soldiers told the villagers.",
    "Comments by the mayor angered the fishermen.",
    "Ten minutes later the crane collapsed onto the pier.",
    "Listen to the fishermen, the mayor told the council.",
    "Written statements from both sides were read out in court.",
    "Photos of the damaged pier were shown to the council.",
    "Reporting by the state news agency suggested that the toll had risen.",
    "Reporting by Kessel Wire suggested that the toll had risen.",
    "Research: The study found that the pier was unsafe.",
    "Produced by the army's own factories, the drones fly far.",
    "Edited versions of the video were shared widely.",
    "Supported by the army, the rebels advanced on the port.",
    "The views of the council are clear, the mayor said.",
    "Reach the pier by ferry from the southern quay.",
    "By order of the Interior Minister Ana Brel, three more police",
    "By decree of the council, two new ferry",
    "By noon on Tuesday the two battalions had",
    "by then the harbour police and the",
])
def test_furniture_unseen_forms_keep_real_sentences(line):
    assert line_rule(line) is None


@pytest.mark.parametrize("line,rule", [
    ("Ana Brel is a freelance journalist based in Varno.", "author_bio"),
    ("Tom Ost is a senior fellow at the Institute for Harbour Studies.", "author_bio"),
    ("Ana Brel reported from Varno; Tom Ost reported from Kessel.", "credits"),
    ("Tom Ost contributed to this report.", "credits"),
    ("Ana Brel is Kessel Wire's correspondent in Varno.", "author_bio"),
    # a last sentence about a person in the story stays
    ("Nadia Orbel is a former journalist and the first woman to chair the council.", None),
    ("Ana Brel said the pier would reopen in spring.", None),
])
def test_furniture_tail_rules(line, rule):
    assert tail_rule(line) == rule


def test_furniture_tail_rules_only_at_the_foot():
    bio = "Ana Brel is a freelance journalist based in Varno."
    lines = ["Pier to close", "", bio, "", BODY, "", BODY2, "", bio, "Share"]
    reasons = mark_lines(lines, title="Pier to close")
    assert reasons[2] is None and reasons[8] == "author_bio"


@pytest.mark.parametrize("foot", [
    "Reporting by Ana Brel; editing by Tom Ost",
    "— Ana Brel is a correspondent for the Harbour Post",
    "Ana Brel is a freelance journalist based in Varno.\nTom Ost contributed to this report.",
    "Written by Ana Brel\nPhoto: Tom Ost/Kessel Wire",
    "Advertisement\nRead more: Fishermen fear a lost season\nFollow us on X\nComments (3)",
    "Ana Brel is a freelance journalist based in Varno.\nAna Brel\nHarbour Post",
])
def test_clean_cuts_bylines_and_credits_at_the_end(foot):
    raw = f"Pier to close\n\n{BODY}\n\n{BODY2}\n\n{foot}\n"
    assert clean(raw, title="Pier to close") == f"Pier to close\n\n{BODY}\n\n{BODY2}"


def test_clean_cuts_furniture_between_paragraphs():
    raw = (f"Pier to close\n\nBy Ana Brel, Harbour Post staff writer\nNovember 3, 2026 9:41 AM UTC\n\n{BODY}\n\n"
           f"Advertisement - Scroll to continue\n\n(Photo: Ana Brel)\n\n{BODY2}")
    assert clean(raw, title="Pier to close") == f"Pier to close\n\n{BODY}\n\n{BODY2}"


@pytest.mark.parametrize("raw,expected", [
    (f"{BODY} (Reporting by Ana Brel; Editing by Tom Ost)", BODY),
    ("The mayor (Photo: Ana Brel/Kessel Wire) said the pier would reopen in spring.",
     "The mayor said the pier would reopen in spring."),
    # brackets that are not credits stay
    ("The pier (built in 1921 by the port authority) will close.", "The pier (built in 1921 by the port authority) will close."),
    (f"{BODY}\n\nUpdated 2 hours ago", BODY),
])
def test_clean_inline_credits_and_captions(raw, expected):
    assert clean(raw) == expected


ARTICLE = """KESTREL HARBOUR GAZETTE
Pier to close as council votes for repairs
By Oskar Lindqvar, Kestrel Harbour Gazette staff writer
Updated 9:41 AM UTC, Tuesday 3 March 2026 | 4 min read

VARNO (Kestrel Harbour Gazette) — The Varno harbour council voted on Monday to close the northern pier to cargo \
traffic until the repairs end, council chairwoman Mirela Dostan told reporters.

Advertisement - Scroll to continue

Fishermen's leader Teodor Vasko said the closure would cost his members a season and asked the council to open \
the southern quay to their boats. (Photo: Greta Solberg/Kestrel Harbour Gazette)

Read more: Fishermen fear a lost season

Dostan said the repairs would take at least four months. (Reporting by Oskar Lindqvar; Editing by Paavo Rendt)

Oskar Lindqvar is a correspondent for the Kestrel Harbour Gazette based in Varno.
Follow us on X
Comments (3)
"""


@pytest.mark.model
def test_furniture_byline_people_are_no_actors(tmp_path):
    import claimgraph

    (tmp_path / "pier.txt").write_text(ARTICLE, encoding="utf-8")
    store = tmp_path / "pier.duckdb"
    claimgraph.build([tmp_path / "pier.txt"], store=store, workers=1)
    with claimgraph.open(store) as corpus:
        export = corpus.to_dict()
    (doc,) = export["documents"]
    assert (doc["outlet"], doc["published"]) == ("Kestrel Harbour Gazette", "2026-03-03")
    names = {a for actor in export["actors"] for a in [actor["name"], *actor["aliases"]]}
    assert any("Dostan" in n for n in names) and any("Vasko" in n for n in names)
    assert not any(w in n for n in names for w in ("Lindqvar", "Solberg", "Rendt"))


@pytest.mark.parametrize("lines,title,expected", [
    # a masthead above the title stays, even when it looks like a menu: it names the outlet
    (["KNA | Kessel News Agency", "Pier to close", "", BODY], "Pier to close", [None, None, None, None]),
    (["KESTREL HARBOUR GAZETTE", "Pier to close", "", BODY], "Pier to close", [None, None, None, None]),
    # a menu is still a menu, and so is the name with a section
    (["Home | Harbour | Politics", "Pier to close", "", BODY], "Pier to close", ["navigation", None, None, None]),
    (["Kessel Daily | World", "Pier to close", "", BODY], "Pier to close", ["navigation", None, None, None]),
])
def test_furniture_masthead_above_the_title_stays(lines, title, expected):
    assert mark_lines(lines, title=title) == expected


@pytest.mark.parametrize("lines,expected", [
    (["Pier to close", "Ana Brel", "4 min read", "", BODY], [None, "byline", "reading_time", None, None]),
    (["Pier to close", "", BODY, "", "Ana Brel", "Contact the author: ana@harbourpost.example"],
     [None, None, None, None, "byline", "contact"]),
])
def test_furniture_author_name_next_to_furniture(lines, expected):
    assert mark_lines(lines, title="Pier to close") == expected


def test_furniture_wrapped_sentence_opening_with_names_is_no_byline():
    # found by tests/test_properties.py: a hard-wrapped sentence whose first line is only names, after a
    # furniture line, was cut as the author's name
    lines = ["Pier to close", "Get short URL", "Ana Brel Tomas Vidal", "said the pier would close on Monday."]
    assert mark_lines(lines, title="Pier to close")[2] is None
    assert mark_lines(["Pier to close", "Get short URL", "Ana Brel", "", BODY], title="Pier to close")[2] == "byline"
