"""FollowTheMoney export (export/ftm.py): every entity passes its schema."""
from __future__ import annotations

import json
from collections import Counter

import pytest
from followthemoney import model
from followthemoney.exc import InvalidData
from followthemoney.types import registry

from claimgraph.export.ftm import entity_id
from tests.export.store_builder import claim_id, run_export


def ftm_errors(entities: list[dict]) -> list[str]:
    """Everything wrong with a list of FtM entity dicts; empty when all pass.

    Stricter than ``Schema.validate`` (which skips absent required properties): the schema
    exists and is concrete, ids are valid and unique, required properties are present, every
    value is valid for its type, nothing is lost by the library's own cleaning, and every
    entity reference points to an entity in the output whose schema fits the property's range.
    """
    errors, schemata = [], {}
    for e in entities:
        if e["id"] in schemata:
            errors.append(f"{e['id']}: duplicate id")
        schema = model.get(e["schema"])
        schemata[e["id"]] = schema
        if schema is None or schema.abstract:
            errors.append(f"{e['id']}: no concrete schema {e['schema']!r}")
    for e in entities:
        schema, props = schemata[e["id"]], e.get("properties", {})
        if schema is None:
            continue
        if not registry.entity.validate(e["id"]):
            errors.append(f"{e['id']}: invalid id")
        try:
            schema.validate(e)
        except InvalidData as exc:
            errors.append(f"{e['id']}: {exc}")
        for name in schema.required:
            if not props.get(name):
                errors.append(f"{e['id']}: required {name} missing")
        for name, values in props.items():
            prop = schema.get(name)
            if prop is None:
                errors.append(f"{e['id']}: {schema.name} has no property {name}")
                continue
            for value in values:
                if not prop.type.validate(value):
                    errors.append(f"{e['id']}: {name}={value!r} is not a valid {prop.type.name}")
                if prop.type == registry.entity:
                    target = schemata.get(value)
                    if target is None:
                        errors.append(f"{e['id']}: {name} points to missing {value}")
                    elif prop.range is not None and not target.is_a(prop.range):
                        errors.append(f"{e['id']}: {name} points to a {target.name}, not a {prop.range.name}")
        cleaned = model.get_proxy(e, cleaned=False).to_dict()["properties"]
        for name, values in props.items():
            if sorted(cleaned.get(name, [])) != sorted(values):
                errors.append(f"{e['id']}: cleaning changes {name}: {values} → {cleaned.get(name)}")
    return errors


def _entities(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def entities(export_store, tmp_path_factory):
    out = tmp_path_factory.mktemp("ftm") / "out.ftm.json"
    run_export(export_store, "ftm", out)
    return _entities(out)


def test_ftm_every_entity_passes_its_schema(entities):
    assert ftm_errors(entities) == []


@pytest.mark.parametrize("bad,problem", [
    ({"id": "p-1", "schema": "Person", "properties": {}}, "required name missing"),
    ({"id": "p-1", "schema": "Person", "properties": {"name": ["A"], "country": ["Atlantis"]}}, "not a valid country"),
    ({"id": "l-1", "schema": "UnknownLink", "properties": {"subject": ["nowhere"], "object": ["nowhere"]}},
     "points to missing"),
    ({"id": "x 1", "schema": "Person", "properties": {"name": ["A"]}}, "invalid id"),
    ({"id": "t-1", "schema": "Thing", "properties": {"name": ["A"]}}, "no concrete schema"),
])
def test_ftm_checker_catches_bad_entities(bad, problem):
    assert any(problem in e for e in ftm_errors([bad]))


def test_ftm_schemata_of_the_small_store(entities):
    counts = Counter(e["schema"] for e in entities)
    assert counts == {
        "Article": 4,              # three analysed articles and the duplicate
        "PublicBody": 3,           # Mali, Niger, France
        "Organization": 3,         # ECOWAS, the front, the outlet
        "Person": 2,
        "Address": 2,              # the place actor and the place of two claims (one entity)
        "Event": 8,                # seven claims and one event group
        "Membership": 4,           # front → Mali; Kone → front, Mali; Bamba → Niger
        "UnknownLink": 18,         # 6 subject→object, 5 speakers, 1 via, 3 group reports, 3 claim links
    }


def test_ftm_claim_event_points_to_its_article_and_actors(entities):
    by_id = {e["id"]: e for e in entities}
    c1 = by_id[entity_id("claim", claim_id("c1"))]
    assert c1["properties"]["recordId"] == [claim_id("c1")]
    props = c1["properties"]
    assert props["name"] == ["Northern Liberation Front ASSAULT Mali"]
    assert props["proof"] == ["claimgraph-doc-dsmall0000000001"]
    assert props["date"] == ["2023-03-02"]
    assert set(props["involved"]) == {"claimgraph-actor-nlf", "claimgraph-actor-mali", "claimgraph-actor-idrissa-bamba"}
    assert props["description"][0].startswith("According to Idrissa Bamba (said)")
    place = by_id[props["addressEntity"][0]]["properties"]
    assert place["country"] == ["ml"] and place["latitude"] == ["16.27"]


def test_ftm_relationships_carry_the_plover_type_and_proof(entities):
    links = [e["properties"] for e in entities if e["schema"] == "UnknownLink"]
    rel = [p for p in links if p["subject"] == ["claimgraph-actor-france"] and p["object"] == ["claimgraph-actor-nlf"]]
    assert len(rel) == 1 and rel[0]["role"] == ["AID"] and rel[0]["proof"] == ["claimgraph-doc-dsmall0000000001"]
    said = [p for p in links if p["subject"] == ["claimgraph-actor-niger"]]
    assert [p["role"] for p in said] == [["ACCUSE"]]
    contradicts = [p for p in links if p.get("role") == ["contradicts"]]
    assert len(contradicts) == 1 and contradicts[0]["description"] == ["asserted vs denied"]


@pytest.mark.parametrize("a,b", [("d1:c1", "d1-c1"), ("a b", "a-b"), ("Ş", "S"), ("x" * 130, "x" * 131)])
def test_ftm_entity_ids_are_valid_and_never_shared(a, b):
    ids = {entity_id("claim", a), entity_id("claim", b)}
    assert len(ids) == 2 and all(registry.entity.validate(i) for i in ids)


def test_ftm_country_codes_from_knowledge_base_or_name(entities):
    by_id = {e["id"]: e["properties"] for e in entities}
    assert by_id["claimgraph-actor-mali"]["country"] == ["ml"]          # kb_id country:ML
    assert by_id["claimgraph-actor-france"]["country"] == ["fr"]        # no kb_id: from the name
    assert by_id["claimgraph-actor-amadou-kone"]["country"] == ["ml"]   # a person: his country's
    assert by_id["claimgraph-actor-amadou-kone"]["position"] == ["spokesman"]


def test_ftm_filter_keeps_references_whole(export_store, tmp_path):
    run_export(export_store, "ftm", tmp_path / "f.json", actor="france")
    entities = _entities(tmp_path / "f.json")
    assert ftm_errors(entities) == []
    assert sum(e["schema"] == "Article" for e in entities) == 2
