"""Every data file loads and has the shape its loader expects (engineers add cases for their files)."""
from __future__ import annotations

import pytest

from claimgraph import data


@pytest.mark.parametrize("name", data.names())
def test_data_file_loads(name):
    loaded = data.load(name)
    assert loaded, f"{name} is empty"


@pytest.mark.parametrize("name", [n for n in data.names() if n.endswith((".yaml", ".yml"))])
def test_data_load_c_loader_reads_what_the_python_loader_reads(name):
    import yaml

    # data.load uses libyaml's CSafeLoader for speed; it must not read any file differently
    assert data.load(name) == yaml.load(data.path(name).read_text(encoding="utf-8"), Loader=yaml.SafeLoader)


@pytest.mark.parametrize("name", [n for n in data.names() if n.endswith((".yaml", ".yml"))])
def test_data_yaml_repeats_no_key(name):
    import yaml

    # YAML keeps the last of two equal keys without a word: an entry added under a key that already exists
    # (or a comment line that lost its "#") silently replaces the first
    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        repeated = sorted({str(k) for k in keys if keys.count(k) > 1})
        assert not repeated, f"{name} line {node.start_mark.line + 1}: repeated key(s) {repeated}"
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load(data.path(name).read_text(encoding="utf-8"), Loader=Strict)


ACTOR_FILES = ["countries.yaml", "demonyms.yaml", "metonyms.yaml", "bodies.yaml", "institutions.yaml",
               "titles.yaml", "media.yaml", "name_variants.yaml", "mention_junk.yaml", "state_names.yaml"]


@pytest.mark.parametrize("name", ACTOR_FILES)
def test_data_sources_lists_actor_files(name):
    sources = data.path("SOURCES.md").read_text(encoding="utf-8")
    missing = [n for n in [name] if f"| {n} |" not in sources]
    assert not missing, f"not in SOURCES.md: {missing}"


def _strings(values):
    return all(isinstance(v, str) and v.strip() for v in values)


def test_data_countries_shape():
    import pycountry

    countries = data.load("countries.yaml")["countries"]
    codes = {c["code"] for c in countries}
    assert {c.alpha_2 for c in pycountry.countries} <= codes
    for c in countries:
        assert len(c["code"]) == 2 and _strings([c["name"]]) and _strings(c["aliases"]) or c["aliases"] == []


def test_data_demonyms_point_to_countries():
    codes = {c["code"] for c in data.load("countries.yaml")["countries"]}
    for code, words in data.load("demonyms.yaml")["demonyms"].items():
        assert code in codes and words and _strings(words), code


def test_data_metonyms_shape():
    codes = {c["code"] for c in data.load("countries.yaml")["countries"]}
    met = data.load("metonyms.yaml")
    for entry in met["capitals"] + met["seats"]:
        assert _strings([entry["name"]]) and entry["country"] in codes, entry
    assert {"prepositions", "heads", "verbs"} <= set(met["locative"])
    for words in met["locative"].values():
        assert _strings(words)


@pytest.mark.parametrize("name,key", [("bodies.yaml", "bodies"), ("media.yaml", "media")])
def test_data_kb_entries_shape(name, key):
    from claimgraph.model import ACTOR_KINDS

    ids = set()
    for entry in data.load(name)[key]:
        assert _strings([entry["id"], entry["name"]]) and isinstance(entry.get("aliases", []), list), entry
        assert _strings(entry.get("aliases", [])) or entry.get("aliases") == [], entry
        assert entry.get("kind", "organization") in ACTOR_KINDS
        assert entry["id"] not in ids, f"duplicate id {entry['id']}"
        ids.add(entry["id"])


def test_data_institutions_shape():
    codes = {c["code"] for c in data.load("countries.yaml")["countries"]}
    inst = data.load("institutions.yaml")
    for entry in inst["named"]:
        assert entry["country"] in codes and _strings([entry["id"], entry["name"]]), entry
        assert _strings(entry.get("aliases", [])) or entry.get("aliases") == [], entry
    for entry in inst["generic"]:
        assert entry["names"] and _strings(entry["names"]), entry
    for key in ("name_words", "government_words", "national_heads"):
        assert _strings(inst[key]), key
    assert set(inst["kind_words"]) <= {"armed_group", "government", "media"}


def test_data_titles_shape():
    titles = data.load("titles.yaml")
    for key in ("honorifics", "ranks", "offices", "modifiers", "descriptor_heads"):
        assert _strings(titles[key]), key
    for name, forms in titles["portfolios"].items():
        assert _strings([name]) and _strings(forms)
    assert all(_strings([k, v]) for k, v in titles["abbreviations"].items())


def test_data_name_variants_shape():
    variants = data.load("name_variants.yaml")
    for group in variants["first_names"] + variants["institution_synonyms"]:
        assert len(group) >= 2 and _strings(group), group
    for key in ("particles", "surname_prefixes", "org_suffixes", "org_stopwords"):
        assert _strings(variants[key]), key


def test_data_mention_junk_shape():
    import re

    junk = data.load("mention_junk.yaml")
    for key in ("phrases", "social", "furniture_words", "byline_prefixes"):
        assert _strings(junk[key]), key
    for pattern in junk["credit_patterns"]:
        re.compile(pattern)
