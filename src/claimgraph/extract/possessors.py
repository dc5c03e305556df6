"""Owners named before what they own: "Norway's Korvex Intl", "the Armed Forces of Norvania", "Dravlen's
National Army" (moved out of ``mentions`` as one job: the possessor's country or person given to the owned).
"""
from __future__ import annotations

import dataclasses
import re

from ..model import Mention
from .kb import get_kb
from .mtnames import served_states
from .spans import Piece


def _generic_kb(kid: str) -> bool:
    """Is a knowledge-base id a generic institution's (every state has one)?"""
    entry = get_kb().entries.get(kid)
    return entry is not None and entry.generic


def apply_owners(pieces: list[Piece], index_of: dict[int, int], out: list[Mention], text: str) -> None:
    """ "Norway's Korvex Intl": the owner's country is the organisation's; a person owns his armed group (in place).

    pieces (list[Piece]): the document's candidates (``owner_of``, ``serves_next`` read). index_of (dict): piece
    index -> index of its mention in ``out``. out (list[Mention]): the typed mentions. text (str): the text.
    """
    pairs = [(out[index_of[k]], out[index_of[p.owner_of]]) for k, p in enumerate(pieces)
             if p.owner_of is not None and k in index_of and p.owner_of in index_of]
    served_states([(out[index_of[k]], out[index_of[k + 1]]) for k, p in enumerate(pieces)
                   if p.serves_next and k in index_of and k + 1 in index_of], out, text)
    ordered = sorted(out, key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:]):
        if re.fullmatch(r"['\u2019]s?\s+", text[a.end:b.start]) or re.fullmatch(r"\s+", text[a.end:b.start]) and \
                re.search(r"['\u2019]s$", a.text):
            pairs.append((a, b))
    for owner, owned in pairs:
        if owner.kind == "country" and owned.kind != "person" and not owned.affiliation:
            owned.affiliation, owned.affiliation_kb = owner.local_key, owner.kb_id
            if owned.kb_id and owned.local_key == owned.name and _generic_kb(owned.kb_id):
                # "Armed Forces" of "the Armed Forces of Norvania": one state's institution, not every state's
                owned.local_key = f"{owned.name} ({owner.local_key})"
        elif owner.kind in ("organization", "other") and owned.kind in ("armed_group", "government") \
                and len(owner.name.split()) <= 3 and owner.kb_id is None:
            owner.kind, owner.label = "person", "PERSON"  # "Dravlen's Chadian National Army": owned by a person
        if owner.kind == "person" and owned.kind in ("armed_group", "government") and not owner.affiliation:
            owner.affiliation = owned.local_key or owned.name
    for owned, owner in list(zip(ordered, ordered[1:])):
        if owner.kind == "country" and owned.kb_id and _generic_kb(owned.kb_id) and owned.end < owner.start and \
                re.fullmatch(r"\s+of\s+(?:the\s+)?", text[owned.end:owner.start], re.I):
            # "Ministry of Health of the Republic of Norvania" as written is an alias of the ministry too: a second
            # mention of it named so, over the organ's words only (the state's words stay the state's alone, so an
            # act on "the Embassy of X" still reaches X)
            out.append(dataclasses.replace(owned, name=re.sub(r"\s+", " ", text[owned.start:owner.end])))
