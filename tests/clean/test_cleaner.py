"""Cleaning: one test per rule, on sentences we wrote for the purpose."""
from __future__ import annotations

import pytest

from claimgraph.clean import clean_document, clean_text, content_id, to_raw, to_raw_span
from claimgraph.clean.furniture import line_rule, mark_lines
from claimgraph.model import Document

BODY = ("The regional council voted on Thursday to close the old coal plant by the end of next year, "
        "its chairwoman told reporters in the capital.")
BODY2 = ("Workers at the plant said they had not been consulted and would protest outside the council "
         "building on Monday morning.")


def clean(raw: str, title: str | None = None) -> str:
    return clean_text(raw, title=title)[0]


@pytest.mark.parametrize("line,rule", [
    ("Share", "share_widget"),
    ("Share this article", "share_widget"),
    ("Print", "share_widget"),
    ("Comments", "comment_widget"),
    ("12 Comments", "comment_widget"),
    ("Post a Comment", "comment_widget"),
    ("Leave a Reply", "comment_widget"),
    ("Your email address will not be published. Required fields are marked *", "comment_form"),
    ("Donate", "donate"),
    ("Support The Weekly Lantern from as little as $2 – it only takes a minute. Thank you.", "donate"),
    ("We are proudly not funded by any government or party.", "donate"),
    ("Subscribe", "subscribe"),
    ("Sign up for our daily newsletter", "subscribe"),
    ("Get the best stories delivered straight to your inbox.", "subscribe"),
    ("Follow us on Telegram and Twitter", "social_follow"),
    ("Stay connected with The Lantern on Facebook for more updates", "social_follow"),
    ("Lantern News on Facebook", "social_label"),
    ("Facebook | Twitter | Telegram", "social_label"),
    ("Get short URL", "short_url"),
    ("via Lantern Daily https://bit.ly/4XyZ12 Ann Example", "short_url"),
    ("https://www.example.org/some/page", "bare_url"),
    ("By Ann Example", "byline"),
    ("By Ann Example and Bo Sample, Staff Writers", "byline"),
    ("Reporting by Ann Example; Editing by Bo Sample", "credits"),
    ("Published: 4 April 2024 10:15 GMT", "timestamp"),
    ("Sat, 05/09/2020 – 08:45", "timestamp"),
    ("June 3, 2024", "timestamp"),
    ("5 min read", "reading_time"),
    ("File photo - a flag over the harbour", "caption"),
    ("The mayor, second from left, at the opening of the bridge, Lantern via Getty Images.", "caption"),
    ("Photo: Ann Example/Lantern", "caption"),
    ("© 2024 The Lantern. All rights reserved.", "legal"),
    ("Terms of Use | Privacy Policy", "legal"),
    ("The Lantern — Breaking news source, real-time coverage of the region's events.", "site_blurb"),
    ("This article was written and edited by our regional staff in the newsroom.", "site_blurb"),
    ("Advertisement", "advertisement"),
    ("Home > World > Europe", "navigation"),
    ("Contact us:", "navigation"),
    ("* * *", "no_letters"),
])
def test_furniture_line_rules(line, rule):
    assert line_rule(line) == rule


@pytest.mark.parametrize("line", [
    BODY,
    "Share prices fell sharply after the central bank raised interest rates on Tuesday.",
    "The minister wrote on Telegram that the border crossing would reopen.",
    "By the end of the week, the rebels had taken the bridge.",
    "Comments made by the envoy angered the government.",
    "Donations from abroad have kept the hospital running, its director said.",
    "On May 9, 2020, the two sides signed the agreement.",
    "The photo agency said its photographer was detained.",
    "Follow-up talks will take place in the capital next month.",
])
def test_furniture_keeps_real_sentences(line):
    assert line_rule(line) is None


def test_clean_removes_furniture_and_keeps_article():
    raw = "\n".join(["Donate", "Coal plant to close", "", BODY, "", "Share", "Facebook | Twitter", BODY2, "",
                     "Leave a Reply", "Your email address will not be published. Required fields are marked *"])
    assert clean(raw, title="Coal plant to close") == "\n\n".join(["Coal plant to close", BODY, BODY2])


def test_clean_title_stays_first_paragraph_and_duplicate_headline_goes():
    raw = f"Coal plant to close\n\nCoal plant to close\n\n{BODY}"
    assert clean(raw, title="Coal plant to close") == f"Coal plant to close\n\n{BODY}"


def test_clean_one_line_paragraphs_with_headings_are_not_wrapped():
    raw = "\n".join(["Coal plant to close", BODY, "Jobs at stake", BODY2, "What comes next", BODY, "A vote in May", BODY2])
    assert clean(raw, title="Coal plant to close") == raw


def test_clean_footer_keeps_a_wrapped_tail():
    raw = f"{BODY}\nThe vote on the plan is expected in the spring and the mayor said the council\nwill decide."
    assert clean(raw) == raw


def test_clean_related_block_goes_with_its_label():
    raw = f"{BODY}\n\nRead more:\nMiners vote to strike\nWhy the plant matters\n\n{BODY2}"
    assert clean(raw) == f"{BODY}\n\n{BODY2}"


def test_clean_author_signature_next_to_timestamp():
    raw = f"Plant to close\n\n{BODY}\n\n{BODY2}\n\nAnn Example\nMon, 06/03/2024 – 10:00\n"
    assert clean(raw) == f"Plant to close\n\n{BODY}\n\n{BODY2}"


def test_clean_footer_lines_after_last_sentence():
    raw = f"{BODY}\n\n{BODY2}\n\nContact\nThe Lantern Team\nNewsroom"
    assert clean(raw) == f"{BODY}\n\n{BODY2}"


def test_clean_heading_in_another_script_goes():
    raw = f"Coal plant to close\n\nУгольная станция закроется\n\n{BODY}\n\n{BODY2}\n\n{BODY}"
    out = clean(raw, title="Coal plant to close")
    assert "Угольная" not in out and out.startswith("Coal plant to close\n\n")


def test_clean_subheadings_inside_the_article_stay():
    raw = f"{BODY}\n\n– Jobs at stake –\n\n{BODY2}"
    assert "– Jobs at stake –" in clean(raw)


def test_clean_inline_shortcodes_and_link_markers():
    raw = f'{BODY} (LINK)\n\n[give_form id="123"]\n\n[caption id="attachment_9" align="left"]A quay[/caption] {BODY2}'
    out = clean(raw)
    assert "[" not in out and "(LINK)" not in out
    assert BODY in out and BODY2 in out


def test_clean_keeps_editorial_brackets():
    raw = "“I asked him [the envoy] to wait,” she said, adding that the talks [sic] had failed."
    assert clean(raw) == raw


WRAPPED = """Storm cuts power to coastal towns

Thousands of homes along the northern coast were left without power on
Sunday after a storm brought down lines, the grid operator said. Crews were
working through the night, but some villages could be cut off until
Wednesday, it added.
The coast guard said two fishing boats were missing. A search involving
helicopters from the air force was under way.
Why did the warnings come so
late?
Forecasters said the storm had changed course suddenly.
"""


def test_clean_rejoins_hard_wrapped_lines():
    """Sentence-final lines end paragraphs; the others continue on the next line."""
    out = clean(WRAPPED, title="Storm cuts power to coastal towns")
    paras = [p for p in out.split("\n") if p]
    assert paras[0] == "Storm cuts power to coastal towns"
    assert paras[1].startswith("Thousands of homes") and paras[1].endswith("until Wednesday, it added.")
    assert paras[2].startswith("The coast guard") and paras[2].endswith("under way.")
    assert "Why did the warnings come so late?" in paras


def test_clean_wrapped_blocks_separated_by_blank_lines_join_whole():
    raw = ("The council met on Monday and agreed the budget for the coming year after a\n"
           "long debate. Two members voted against it.\nThe mayor welcomed the result and said the\n"
           "money would go to schools.\n\nOpposition members said they would appeal against the decision\n"
           "in the courts. A hearing is expected in the spring.\n\nThe budget comes into force in January and\n"
           "will be reviewed after six months by the finance committee.\n")
    paras = clean(raw).split("\n\n")
    assert len(paras) == 3
    assert paras[0].endswith("said the money would go to schools.")


def test_clean_keeps_line_breaks_of_unwrapped_text():
    raw = f"{BODY}\n{BODY2}\nA short closing line."
    assert clean(raw) == f"{BODY}\n{BODY2}\nA short closing line."


def test_clean_wrapped_continuation_is_not_furniture():
    raw = ("The bridge over the river was destroyed in the night\nby the army on Tuesday and the\n"
           "engineers said that the\nprint shop near the station and the\nshare of the town cut off\n"
           "from the capital would grow, officials said.\n")
    out = clean(raw)
    for fragment in ("by the army on Tuesday", "print shop", "share of the town"):
        assert fragment in out


def test_clean_hyphenated_line_break():
    raw = ("The delegation arrived late in the afternoon and the inter-\nnational observers waited in the "
           "hall for\nthe talks to begin while the guards checked the\npapers of every visitor at the "
           "gate before\nletting them in.\n")
    assert "inter-national observers" in clean(raw)


@pytest.mark.parametrize("raw,expected", [
    ("The plant will close.Also the mine", "The plant will close. Also the mine"),
    ("deputy secretary Ann EXAMPLE.Also present", "deputy secretary Ann EXAMPLE. Also present"),
    ("he told the radio in Lisbra.”Armed groups", "he told the radio in Lisbra.” Armed groups"),
    ("it said.“We will", "it said. “We will"),
    ('she said."Nobody came," he added', 'she said. "Nobody came," he added'),
    ('"It is over."The next day', '"It is over." The next day'),
    ("the crowd cheered!Then it rained", "the crowd cheered! Then it rained"),
    ("agreed in 2011.The deal", "agreed in 2011. The deal"),
    ("a U.S.-made rifle and the U.S. Army", "a U.S.-made rifle and the U.S. Army"),
    ("officials in the U.S.Army said", "officials in the U.S.Army said"),
    ("e.g.The first case", "e.g.The first case"),
    ("the rate rose to 2.5 per cent", "the rate rose to 2.5 per cent"),
    ("see www.Example.org or news.Example.com/page", "see www.Example.org or news.Example.com/page"),
    ("write to press@Example.org today", "write to press@Example.org today"),
    ("two Su-24s.The jets", "two Su-24s. The jets"),
    ("two Su-24s. The jets", "two Su-24s. The jets"),
    ("nothing was published.A farmer who saw it", "nothing was published. A farmer who saw it"),
    ("the convoy stopped.I asked why", "the convoy stopped. I asked why"),
    ("the workers.NGO staff left", "the workers. NGO staff left"),
    ("it was denied.“UNHCR knows", "it was denied. “UNHCR knows"),
    ("officials in the U.S.ABC reported", "officials in the U.S.ABC reported"),
    ("deputy secretary Ann EXAMPLE.ABC radio", "deputy secretary Ann EXAMPLE.ABC radio"),
    ("version 2.A of the plan", "version 2.A of the plan"),
])
def test_clean_repairs_missing_space_after_sentence(raw, expected):
    assert clean(raw) == expected


@pytest.mark.parametrize("raw,expected", [
    ("Limits of interestIn the delegation", "Limits of interest In the delegation"),
    ("the outcome of the voteThe council", "the outcome of the vote The council"),
    ("after the summitHowever, talks", "after the summit However, talks"),
    ("a statement from the ministryAccording to", "a statement from the ministry According to"),
    ("McDonald and DeMilliano met", "McDonald and DeMilliano met"),
    ("her iPhone and eBay account", "her iPhone and eBay account"),
    ("the YouTube channel of LaGuardia airport", "the YouTube channel of LaGuardia airport"),
    ("the macOS update and a JavaScript bug", "the macOS update and a JavaScript bug"),
    ("the deMilliano family", "the deMilliano family"),
    ("follow #freeTheCity on social media", "follow #freeTheCity on social media"),
])
def test_clean_separates_glued_words_conservatively(raw, expected):
    assert clean(raw) == expected


@pytest.mark.parametrize("raw,expected", [
    ("a\u00a0non-breaking\u2009space", "a non-breaking space"),
    ("zero\u200bwidth and soft\u00adhyphen", "zerowidth and softhyphen"),
    ("windows\r\nline\rendings\r\n\r\nnext", "windows\nline\nendings\n\nnext"),
    ("  many    spaces   here  ", "many spaces here"),
    ("ctrl\x07char", "ctrlchar"),
])
def test_clean_normalises_characters(raw, expected):
    assert clean(raw) == expected


def test_clean_is_idempotent_on_a_messy_page():
    raw = "\n".join(["Share", "Storm cuts power", "", WRAPPED, "It said.Also the port", "Leave a Reply"])
    once = clean(raw, title="Storm cuts power")
    assert clean(once, title="Storm cuts power") == once


def test_offsets_map_every_character_back():
    raw = "Share\n\nDonate\nThe plant will close.Also the\nmine   will stay\u00a0open,” it said.\r\n\r\nBy Ann Example\n"
    doc = clean_document(Document(id="", path="x.txt", text=raw, raw_text=raw))
    assert doc.text
    for i, ch in enumerate(doc.text):
        r = to_raw(doc, i)
        assert raw[r] == ch or ch.isspace(), (i, ch, r, raw[r])
    start = doc.text.index("Also")
    rs, re_ = to_raw_span(doc, start, start + 4)
    assert raw[rs:re_] == "Also"
    assert to_raw(doc, len(doc.text)) == raw.index("said.") + len("said.")


def test_clean_document_sets_id_words_and_map():
    doc = clean_document(Document(id="", path="a.txt", text=BODY, raw_text=f"Share\n{BODY}"))
    assert doc.text == BODY
    assert doc.id == content_id(BODY) and doc.id.startswith("d") and len(doc.id) == 17
    assert doc.words == len(BODY.split())
    assert doc.offset_map[0] == [0, len("Share\n")]


def test_content_id_ignores_case_and_spacing():
    assert content_id("A  b\nC") == content_id("a b c")
    assert content_id("a b c") != content_id("a b d")


def test_mark_lines_never_marks_the_title():
    reasons = mark_lines(["Subscribe", BODY], title="Subscribe")
    assert reasons == [None, None]
