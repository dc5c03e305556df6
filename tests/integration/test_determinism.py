"""Same corpus, same export: a build does not depend on the process's string hash seed.

Python randomises ``str`` hashes per process, and a build's spawned workers never share the parent's
seed; docs/scale.md promises the same store and export whatever the engine, the worker count or
the batch size. Two builds of one corpus run in fresh interpreters with different ``PYTHONHASHSEED``
and their JSON exports must be byte for byte the same (nothing normalised). The articles are written
for this test; their people and groups have look-alike names, so actor resolution has choices to make.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

ARTICLES = {
    "a.txt": (
        "Velkar says Border Legion will pull back\n\n"
        "General Tomas Velkar, commander of the Northern Border Legion (NBL), said on Monday that his forces "
        "would withdraw from the town of Ostrik within a week. Velkar told reporters that 300 fighters had "
        "already left. Anton Velkor, a spokesman for the Republic of Marenia, said the claim could not be "
        "verified.\n"),
    "b.txt": (
        "Marenia accuses Legion of shelling\n\n"
        "The Marenian defence ministry accused the Border Legion of shelling Ostrik overnight, killing at least "
        "12 civilians. Tomaz Velkar denied the accusation, saying his men had not fired a single shell. "
        "Antun Velkor said Marenia would ask the Union of Coastal States to send observers.\n"),
    "c.txt": (
        "Observers to arrive in Ostrik\n\n"
        "According to the Ostrik Courier, the Union of Coastal States will send 40 observers to Ostrik. "
        "Ilse Orlan, the union's envoy, said Velkar and Velkor had both agreed to meet. A Legion commander, "
        "who asked not to be named, said about 250 fighters remained near the town.\n"),
    "d.txt": (
        "Talks on Ostrik open\n\n"
        "Talks between Marenia and the Northern Border Legion opened on Thursday, envoy Ilsa Orlan said. "
        "General Velkar said the NBL wanted guarantees. Marenian officials said Velkor would lead their "
        "delegation, and the Legion threatened to walk out if the shelling claims were repeated.\n"),
}

SCRIPT = r'''
import sys
import claimgraph
corpus, store, out = sys.argv[1:4]
claimgraph.build([corpus], store=store, workers=1)
with claimgraph.open(store) as c:
    c.export("json", output=out)
'''


def _build_and_export(tmp_path, corpus, seed: int) -> bytes:
    store, out = tmp_path / f"s{seed}.duckdb", tmp_path / f"e{seed}.json"
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(corpus), str(store), str(out)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return out.read_bytes()


@pytest.mark.model
@pytest.mark.parametrize("seeds", [(1, 2)])
def test_determinism_same_json_export_whatever_the_hash_seed(tmp_path, seeds):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, "utf-8")
    exports = [_build_and_export(tmp_path, corpus, s) for s in seeds]
    # the corpus exercises resolution: people and groups were merged across documents
    assert b'"merges": [' in exports[0] and b'"merges": []' not in exports[0]
    assert all(e == exports[0] for e in exports[1:])
