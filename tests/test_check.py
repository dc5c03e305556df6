"""claimgraph check: a typed claim against a store built from articles we wrote."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimgraph.errors import CheckError
from claimgraph.resolve.check import check_claims

from .resolve.world import World

ARTICLES = [
    {"title": "Jets on the move", "outlet": "Addis Courier", "date": "2031-03-04",
     "text": "Ethiopia has moved eight fighter jets to an air base near the Sudanese border, Sudanese defence minister "
             "Karim Osmar said on Tuesday. “We watched Ethiopia fly its jets to the border, every step of the way,” "
             "Osmar told reporters in Khartoum."},
    {"title": "A denial", "outlet": "Horn Ledger", "date": "2031-03-05",
     "text": "Reports of Ethiopian fighter jets flying to the Sudanese border have nothing to do with reality, "
             "Ethiopian defence minister Tesfa Merron said on Wednesday."},
    {"title": "More jets seen", "outlet": "Nile Times", "date": "2031-03-06",
     "text": "About 14 Ethiopian fighter jets are now at the air base near the Sudanese border, Sudanese army "
             "spokesman Amin Dawar said on Thursday."},
    {"title": "Market shelled", "outlet": "Addis Courier", "date": "2031-05-04",
     "text": "At least 12 people were killed when shells hit the central market in Kassala on Sunday, medics said."},
    {"title": "Toll rises", "outlet": "Horn Ledger", "date": "2031-05-05",
     "text": "The death toll from the shelling of the central market in Kassala has risen to 31 people killed, "
             "hospital officials said on Monday."},
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    import claimgraph

    folder = tmp_path_factory.mktemp("check")
    src = folder / "articles.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    path = folder / "check.duckdb"
    claimgraph.build([src], store=path, workers=1)
    return path


@pytest.fixture(scope="module")
def corpus(store_path):
    import claimgraph

    with claimgraph.open(store_path) as c:
        yield c


def _outlet(corpus, claim_id):
    doc = claim_id.split(":")[0]
    return next(d.outlet for d in corpus.documents() if d.id == doc)


def _links(corpus, kind):
    return {(_outlet(corpus, l.a), _outlet(corpus, l.b)) for l in corpus.links() if l.kind == kind}


@pytest.mark.model
def test_check_store_links_the_written_articles(corpus):
    contradicts = {frozenset(p) for p in _links(corpus, "contradicts")}
    assert frozenset({"Addis Courier", "Nile Times"}) in contradicts      # 8 vs about 14 jets
    assert frozenset({"Addis Courier", "Horn Ledger"}) in contradicts     # the denial
    assert ("Addis Courier", "Horn Ledger") in _links(corpus, "updates")   # 12 → 31 killed, a day later
    toll = [l for l in corpus.links() if "killed" in l.reason or "casualties" in l.reason]
    assert toll and all(l.kind == "updates" for l in toll)


@pytest.mark.model
def test_check_text_lists_support_and_contradiction(corpus):
    result = corpus.check("Ethiopia moved 14 fighter jets to the Sudanese border")
    rel = {m.relation: set() for m in result.matches}
    for m in result.matches:
        rel[m.relation].add(m.document.outlet)
    assert "Nile Times" in rel.get("supports", set())
    assert {"Addis Courier", "Horn Ledger"} <= rel.get("contradicts", set())
    assert all(m.reason for m in result.matches)


@pytest.mark.model
def test_check_text_undated_tally_is_an_update(corpus):
    result = corpus.check("At least 12 people were killed in the shelling of the Kassala market")
    updates = [m for m in result.matches if m.relation == "updates"]
    assert updates and "31" in updates[0].claim.text
    assert not [m for m in result.matches if m.relation == "contradicts"]


@pytest.mark.model
@pytest.mark.parametrize("text, kw, code", [("   ", {}, "E051"), ("Ethiopia moved jets", {"published": "May 4"}, "E050")])
def test_check_text_errors(corpus, text, kw, code):
    with pytest.raises(CheckError, match=code):
        corpus.check(text, **kw)


@pytest.mark.model
def test_check_cli_json(store_path):
    from claimgraph.cli.main import app

    res = CliRunner().invoke(app, ["check", "Ethiopia moved 14 fighter jets to the Sudanese border",
                                   "--store", str(store_path), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["claim"].startswith("Ethiopia")
    assert {m["relation"] for m in data["matches"]} >= {"supports", "contradicts"}


@pytest.mark.model
def test_check_cli_tables_and_bad_store(store_path, tmp_path):
    from claimgraph.cli.main import app

    res = CliRunner().invoke(app, ["check", "Ethiopia moved 14 fighter jets to the Sudanese border",
                                   "--store", str(store_path)])
    assert res.exit_code == 0 and "contradicts" in res.output and "supports" in res.output
    res = CliRunner().invoke(app, ["check", "anything", "--store", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 1 and "E006" in res.output


def test_check_claims_without_the_model():
    """The comparison itself, on hand-read claims: a lower figure contradicts, the same figure supports."""
    w = World()
    text = "Borduria has sent 900 troops to Port Vela, General Ana Vos said."
    other = "Petr Kral said Borduria has sent 900 troops to Port Vela."
    w.article("s1", text, outlet="Vela Post", published="2031-01-02")
    w.article("s2", other, outlet="Harbour Times", published="2031-01-03")
    kw = dict(type="MOBILIZE", subject="borduria", object="port-vela", unit="troops", value=900)
    a = w.claim("s1", text, content="Borduria has sent 900 troops to Port Vela", speaker="ana-vos", **kw)
    w.claim("s2", other, content="Borduria has sent 900 troops to Port Vela", speaker="petr-kral", **kw)
    w.article("typed", "Borduria sent 300 troops to Port Vela")
    typed = w.claim("typed", "Borduria sent 300 troops to Port Vela", type="MOBILIZE", subject="borduria",
                    object="port-vela", unit="troops", value=300)
    stored = [c for c in w.claims if c is not typed]
    matches = check_claims([typed], stored, w.actors, w.documents)
    assert {m.relation for m in matches} == {"contradicts"}
    assert a.id in {m.claim.id for m in matches}
    typed.event.quantity.value = 900
    matches = check_claims([typed], stored, w.actors, w.documents)
    assert {m.relation for m in matches} == {"supports"} and len(matches) == 2
