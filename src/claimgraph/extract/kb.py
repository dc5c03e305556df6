"""The actor knowledge base: countries, demonyms, capitals, seats of power, bodies, institutions, media.

Everything comes from data files (``claimgraph.data.load``); this module only indexes them.
Knowledge-base ids:

- ``country:RU``           a country (ISO 3166-1 alpha-2)
- ``body:un``              an international or regional body (bodies.yaml)
- ``inst:us-dod``          a named institution of one country (institutions.yaml ``named``)
- ``inst:foreign-ministry`` a generic institution; its country comes from the text
- ``media:reuters``        a news agency or outlet
- ``capital:RU``           a capital city (a place, or a metonym for its country: see metonyms.yaml)

``get_kb()`` builds the index once per process.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from anyascii import anyascii

from .. import data


@lru_cache(maxsize=262144)
def fold(text: str) -> str:
    """Lower-case ASCII form of a name for matching: accents folded, quotes and dots unified.

    text (str): a name as written.
    RETURNS (str): e.g. "Türkiye" -> "turkiye", "U.S." -> "u.s."
    """
    text = anyascii(text).lower().replace("`", "'")
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=262144)
def name_key(text: str) -> str:
    """A punctuation-free folded key: "U.S." -> "us", "Al-Jazeera" -> "al jazeera"."""
    text = re.sub(r"['\u2019]s$", "", fold(text))
    text = re.sub(r"(?<=\b\w)\.(?=\w\.)|(?<=\b\w)\.$", "", text)  # initials: u.s. -> us
    text = re.sub(r"[^\w\s]", " ", text.replace("'s ", " ").replace(".", ""))
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class KBEntry:
    """One thing the knowledge base knows.

    id (str): kb id, e.g. "country:RU".
    name (str): display name.
    kind (str): one of model.ACTOR_KINDS.
    country (str | None): ISO alpha-2 of the country it belongs to (the country itself for countries).
    parent (str | None): kb id of the body it is part of.
    generic (bool): a kind of institution every state has (its country comes from the text).
    """

    id: str
    name: str
    kind: str
    country: str | None = None
    parent: str | None = None
    generic: bool = False


@dataclass
class KnowledgeBase:
    """Indexes of the data files: surface forms to entries, demonyms and capitals to countries."""

    entries: dict[str, KBEntry] = field(default_factory=dict)
    surfaces: dict[str, str] = field(default_factory=dict)      # name_key(multi-word surface) -> kb id
    generic: dict[str, str] = field(default_factory=dict)       # name_key(generic institution) -> kb id
    case_sensitive: dict[str, str] = field(default_factory=dict)  # exact surface -> kb id (acronyms, one word)
    demonyms: dict[str, str] = field(default_factory=dict)      # exact demonym -> country code
    capitals: dict[str, str] = field(default_factory=dict)      # name_key(capital) -> country code
    capital_names: dict[str, str] = field(default_factory=dict)  # exact capital name -> country code
    ambiguous_capitals: set[str] = field(default_factory=set)
    seats: dict[str, str] = field(default_factory=dict)          # name_key(seat) -> country code
    body_seats: dict[str, list[str]] = field(default_factory=dict)  # name_key(city) -> ids of bodies seated there
    locative: dict[str, set[str]] = field(default_factory=dict)
    written: dict[str, list[str]] = field(default_factory=dict)  # kb id -> every form to match
    generic_prefixes: frozenset[str] = frozenset()               # "royal": "Royal Navy" is a state's navy

    # -- lookups ---------------------------------------------------------------------------------
    def lookup(self, text: str, *, generic: bool = False) -> KBEntry | None:
        """The entry a surface form names, or None.

        Acronyms and one-word names match as written (or all in capitals): "Pentagon", "UN";
        longer names match in any case: "united nations security council".
        text (str): the surface form (no leading article).
        generic (bool): also look up generic institutions ("foreign ministry").
        RETURNS (KBEntry | None): the entry.
        """
        text = text.strip()
        kid = self.case_sensitive.get(text) or self.surfaces.get(name_key(text))
        if kid is None and generic:
            key = name_key(text)
            kid = self.generic.get(key)
            if kid is None and " " in key and key.split(" ", 1)[0] in self.generic_prefixes:
                # "Royal Navy" of "the Royal Navy of X": the state's navy
                kid = self.generic.get(key.split(" ", 1)[1])
        return self.entries.get(kid) if kid else None

    def country(self, code: str | None) -> KBEntry | None:
        """The country entry for an ISO alpha-2 code."""
        return self.entries.get(f"country:{code}") if code else None

    def demonym_country(self, text: str) -> str | None:
        """ISO code of a demonym ("Russian", "Russians") or None."""
        return self.demonyms.get(text.strip())

    def state_word(self, text: str) -> bool:
        """Is a name a state as the knowledge base knows it: a country or capital it lists, or a demonym?"""
        entry = self.lookup(text)
        if entry is not None and (entry.id.startswith("country:") or entry.id.startswith("capital:")):
            return True
        return self.demonym_country(text) is not None

    def capital_country(self, text: str) -> str | None:
        """ISO code of the country whose capital this is, or None."""
        return self.capitals.get(name_key(text))

    def seat_country(self, text: str) -> str | None:
        """ISO code of the country a seat of power ("White House") stands for, or None."""
        return self.seats.get(name_key(text))

    def seated_body(self, text: str, named: set[str]) -> KBEntry | None:
        """The one body seated in a city ("Brussels") among the body ids an article names, else None."""
        found = [b for b in self.body_seats.get(name_key(text), ()) if b in named]
        return self.entries.get(found[0]) if len(found) == 1 else None

    def country_of_text(self, text: str) -> str | None:
        """ISO code named by a country name, a demonym, a capital or a seat of power."""
        text = text.strip()
        if text.lower().startswith("the "):
            text = text[4:]
        entry = self.lookup(text)
        if entry is not None and entry.kind == "country":
            return entry.country
        return self.demonym_country(text) or self.seat_country(text) or self.capital_country(text)


def _add(kb: KnowledgeBase, entry: KBEntry, forms: list[str]) -> None:
    kb.entries[entry.id] = entry
    written = kb.written.setdefault(entry.id, [])
    for form in [entry.name, *forms]:
        form = str(form).strip()
        if not form or form in written:
            continue
        written.append(form)
        key = name_key(form)
        if " " in key:
            kb.surfaces.setdefault(key, entry.id)
        else:
            # acronyms and one-word names are matched as written, or in capitals ("RUSSIA")
            kb.case_sensitive.setdefault(form, entry.id)
            kb.case_sensitive.setdefault(form.upper(), entry.id)


@lru_cache(maxsize=1)
def get_kb() -> KnowledgeBase:
    """Build the knowledge base from the data files (once per process).

    RETURNS (KnowledgeBase): the indexes.
    """
    kb = KnowledgeBase()
    for c in data.load("countries.yaml")["countries"]:
        entry = KBEntry(id=f"country:{c['code']}", name=c["name"], kind="country", country=c["code"])
        _add(kb, entry, c.get("aliases", []))
    for code, words in data.load("demonyms.yaml")["demonyms"].items():
        for w in words:
            kb.demonyms.setdefault(w, code)
            kb.demonyms.setdefault(w.upper(), code)
    metonyms = data.load("metonyms.yaml")
    kb.ambiguous_capitals = set(metonyms.get("ambiguous", []))
    for cap in metonyms["capitals"]:
        kb.capitals.setdefault(name_key(cap["name"]), cap["country"])
        kb.capital_names.setdefault(cap["name"], cap["country"])
    for seat in metonyms["seats"]:
        kb.seats[name_key(seat["name"])] = seat["country"]
    kb.locative = {k: set(v) for k, v in metonyms.get("locative", {}).items()}
    for seat in metonyms.get("body_seats", []):
        kb.body_seats[name_key(seat["name"])] = [f"body:{b}" for b in seat["bodies"]]
    for b in data.load("bodies.yaml")["bodies"]:
        parent = f"body:{b['parent']}" if b.get("parent") else None
        entry = KBEntry(id=f"body:{b['id']}", name=b["name"], kind=b.get("kind", "organization"),
                        country=b.get("country"), parent=parent)
        _add(kb, entry, b.get("aliases", []))
    inst = data.load("institutions.yaml")
    for i in inst["named"]:
        entry = KBEntry(id=f"inst:{i['id']}", name=i["name"], kind=i.get("kind", "organization"), country=i["country"])
        _add(kb, entry, i.get("aliases", []))
    for m in data.load("media.yaml")["media"]:
        entry = KBEntry(id=f"media:{m['id']}", name=m["name"], kind="media", country=m.get("country"))
        _add(kb, entry, m.get("aliases", []))
    kb.generic_prefixes = frozenset(name_key(w) for w in inst.get("generic_prefixes", []))
    for g in inst["generic"]:
        entry = KBEntry(id=f"inst:{g['id']}", name=g["names"][0], kind=g.get("kind", "organization"), generic=True)
        kb.entries[entry.id] = entry
        kb.written[entry.id] = list(g["names"])
        for n in g["names"]:
            kb.generic.setdefault(name_key(n), entry.id)
    return kb
