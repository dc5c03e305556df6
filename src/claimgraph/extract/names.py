"""Name forms shared by mention extraction and actor resolution.

Person names split into given name and surname (with particles: "bin Rashed", "De Villano");
given names map to a group of renderings (name_variants.yaml); surnames fold to a matching key
("al-Qorashi" -> "qorashi"). Organisation names reduce to a bag of content words with machine-translation
synonyms and demonyms folded ("national consensus Government of Chad" -> "accord chad government national").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .. import data
from .kb import fold, get_kb, name_key


@dataclass(frozen=True)
class Lexicon:
    """Word lists from titles.yaml and name_variants.yaml, indexed for lookups."""

    honorifics: frozenset[str]
    ranks: frozenset[str]
    offices: frozenset[str]
    modifiers: frozenset[str]
    portfolios: dict[str, str]          # written form -> portfolio name
    descriptor_heads: frozenset[str]
    abbreviations: dict[str, str]       # "gen" -> "general"
    first_names: dict[str, str]         # folded given name -> group key
    particles: frozenset[str]
    surname_prefixes: tuple[str, ...]
    synonyms: dict[str, str]            # institution word -> canonical word
    org_suffixes: frozenset[str]
    org_stopwords: frozenset[str]
    transliteration: tuple[tuple[re.Pattern, str], ...] = ()
    sibilants: frozenset[str] = frozenset()

    @cached_property
    def title_words(self) -> frozenset[str]:
        """Every single word that can be part of a title (computed once: it is on the hot path)."""
        words: set[str] = set()
        for phrase in self.honorifics | self.ranks | self.offices | self.modifiers | frozenset(self.portfolios):
            words.update(phrase.replace(".", "").split())
        return frozenset(words - {"of", "the", "in", "for", "and", "his", "her", "excellency", "m"})


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load the name and title word lists (once per process)."""
    titles = data.load("titles.yaml")
    variants = data.load("name_variants.yaml")
    portfolios = {form: name for name, forms in titles["portfolios"].items() for form in forms}
    groups: dict[str, str] = {}
    # groups that share a name are one group (union by first member seen)
    for group in variants["first_names"]:
        key = next((groups[fold(n)] for n in group if fold(n) in groups), fold(group[0]))
        for n in group:
            groups[fold(n)] = key
    synonyms = {}
    for group in variants["institution_synonyms"]:
        for w in group:
            synonyms[fold(w)] = fold(group[0])
    norm = lambda xs: frozenset(fold(x).replace(".", "") for x in xs)  # noqa: E731
    return Lexicon(honorifics=norm(titles["honorifics"]), ranks=norm(titles["ranks"]), offices=norm(titles["offices"]),
                   modifiers=norm(titles["modifiers"]), portfolios=portfolios,
                   descriptor_heads=norm(titles["descriptor_heads"]), first_names=groups,
                   abbreviations={fold(k): fold(v) for k, v in titles.get("abbreviations", {}).items()},
                   particles=norm(variants["particles"]), surname_prefixes=tuple(variants["surname_prefixes"]),
                   synonyms=synonyms, org_suffixes=norm(variants["org_suffixes"]),
                   org_stopwords=norm(variants["org_stopwords"]),
                   transliteration=tuple((re.compile(a), b) for a, b in variants.get("transliteration", [])),
                   sibilants=frozenset(variants.get("sibilants", [])))


@dataclass(frozen=True)
class PersonName:
    """A person's name split for matching."""

    given: str | None        # first given name as written, None for a surname alone
    surname: str             # surname as written, with particles ("bin Rashed")
    tokens: tuple[str, ...]  # every word as written

    @property
    def full(self) -> bool:
        return self.given is not None


@lru_cache(maxsize=262144)
def split_person(name: str) -> PersonName:
    """Split a cleaned person name into given name and surname.

    name (str): e.g. "Abdullah bin Rashed", "Marta De Villano", "Ostrik".
    RETURNS (PersonName): the parts; a one-word name is a surname alone.
    """
    tokens = tuple(t for t in re.split(r"\s+", name.strip()) if t)
    if len(tokens) <= 1:
        return PersonName(None, tokens[0] if tokens else "", tokens)
    lex = lexicon()
    # the surname starts at the first particle after the given name, else it is the last word
    start = len(tokens) - 1
    for i in range(1, len(tokens) - 1):
        if fold(tokens[i]).rstrip("-") in lex.particles:
            start = i
            break
    return PersonName(tokens[0], " ".join(tokens[start:]), tokens)


@lru_cache(maxsize=262144)
def translit(word: str) -> str:
    """A transliteration-folded key of one name word, for comparing spellings (name_variants.yaml).

    word (str): a given name or surname (any case).
    RETURNS (str): e.g. "Anatoliy" -> "anatoly", "Constantin" -> "konstantin", "Dolganoff" -> "dolganov".
    """
    w = re.sub(r"[^a-z]", "", fold(word))
    for pattern, repl in lexicon().transliteration:
        w = pattern.sub(repl, w)
    return w


def same_onset(a: str, b: str) -> bool:
    """Do two folded names start with one letter, or with two that transliteration swaps (Zh/J/Sh/Z/S)?"""
    if not a or not b:
        return False
    sib = lexicon().sibilants
    return a[0] == b[0] or (a[0] in sib and b[0] in sib)


@lru_cache(maxsize=262144)
def onset_key(surname: str) -> str:
    """A blocking key for surnames: the first sound (Zh/Sh/J/Z/S as one) and the letter after it.

    surname (str): a folded surname key.
    RETURNS (str): e.g. "dolganov" -> "do"; "zhukov", "jukov" and "shukov" -> "su".
    """
    t = translit(surname)
    if not t:
        return ""
    sib = lexicon().sibilants
    rest = t[2:] if t[:2] in ("sh", "ch") and t[0] in sib else t[1:]
    return ("s" if t[0] in sib else t[0]) + rest[:1]


@lru_cache(maxsize=262144)
def given_key(given: str | None) -> str | None:
    """The group key of a given name ("Dmitri" -> "dmitry"); unknown names fold by transliteration.

    Two renderings of an unknown given name ("Anatoliy"/"Anatoly") share their transliteration key.
    """
    if not given:
        return None
    g = fold(given).strip(".")
    groups = lexicon().first_names
    if g in groups:
        return groups[g]
    t = translit(g)
    if t in groups:
        return groups[t]
    # a known rendering in another transliteration ("Mihail" ~ "Mikhail"), or one inner vowel from one
    # ("Aleksandar" ~ "Aleksander"): that name's group, when only one group fits
    folded, vowels = _vowel_groups()
    return folded.get(t) or vowels.get(_skeleton(g)) or vowels.get(_skeleton(t)) or t or g


def _skeleton(key: str) -> str:
    """A given name of five letters or more with its inner vowels blanked ("aleksandar" -> "al*ks*nd*r")."""
    return key[0] + re.sub(r"[aeiouy]", "*", key[1:-1]) + key[-1] if len(key) >= 5 else key


@lru_cache(maxsize=1)
def _vowel_groups() -> tuple[dict[str, str], dict[str, str]]:
    """The transliteration-folded form, and the skeleton, of every known given-name rendering -> its group
    (only forms of one group)."""
    folded: dict[str, set[str]] = {}
    skeletons: dict[str, set[str]] = {}
    for name, group in lexicon().first_names.items():
        folded.setdefault(translit(name), set()).add(group)
        if len(name) >= 5:
            skeletons.setdefault(_skeleton(name), set()).add(group)
            skeletons.setdefault(_skeleton(translit(name)), set()).add(group)
    def one(d: dict[str, set[str]]) -> dict[str, str]:
        return {k: next(iter(v)) for k, v in d.items() if len(v) == 1}
    return one(folded), one(skeletons)


@lru_cache(maxsize=262144)
def surname_key(surname: str) -> str:
    """Folded surname for matching: prefixes and particles dropped, no spaces or hyphens.

    surname (str): e.g. "al-Qorashi", "De Villano", "bin Rashed".
    RETURNS (str): "qorashi", "villano", "rashed".
    """
    lex = lexicon()
    s = fold(surname)
    s = re.sub(r"['\u2019]s$", "", s)
    for p in lex.surname_prefixes:
        if s.startswith(p) and len(s) > len(p) + 2:
            s = s[len(p):]
            break
    words = [w for w in re.split(r"[\s\-]+", s) if w]
    while len(words) > 1 and words[0] in lex.particles:
        words = words[1:]
    return re.sub(r"[^a-z0-9]", "", "".join(words))


def phonetic(word: str) -> str:
    """A rough sound key for blocking: first letter plus the consonant skeleton, doubled letters merged.

    word (str): a folded surname.
    RETURNS (str): e.g. "dravelot" -> "drvlt", "dravlot" -> "drvlt".
    """
    w = re.sub(r"[^a-z]", "", fold(word))
    if not w:
        return ""
    w = w.replace("ph", "f").replace("ck", "k").replace("q", "k").replace("c", "k").replace("z", "s")
    w = re.sub(r"(.)\1+", r"\1", w)
    return w[0] + re.sub(r"[aeiouyhw]", "", w[1:])


def is_acronym(text: str) -> bool:
    """An acronym: 2-8 capitals, maybe with dots or a lower-case tail ("NLF", "U.N.", "SOUTHCOM", "Southcom")."""
    t = text.replace(".", "")
    return 2 <= len(t) <= 8 and t.isalpha() and t.isupper()


@lru_cache(maxsize=262144)
def initials(name: str) -> str:
    """Initials of the content words of a name ("Council of Northern Unity" -> "CNU")."""
    lex = lexicon()
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    return "".join(w[0].upper() for w in words if fold(w) not in lex.org_stopwords and w[0].isalpha())


@lru_cache(maxsize=262144)
def org_key(name: str, *, strip_suffix: bool = False) -> str:
    """Bag-of-words key of an organisation name, for matching spellings and translations.

    Demonyms become their country ("Chadian" -> "chad"), MT synonyms their group's first word
    ("consensus" -> "accord"), stop words go, and the words are sorted, so word order does not matter.
    name (str): the cleaned name.
    strip_suffix (bool): also drop generic suffixes ("Korvath Group" -> "korvath").
    RETURNS (str): e.g. "accord government national".
    """
    lex = lexicon()
    kb = get_kb()
    words = []
    for w in re.split(r"[\s\-/]+", name.strip()):
        w = re.sub(r"['\u2019]s$", "", w).strip(".,;:()\"'")
        if not w:
            continue
        code = kb.demonym_country(w) or kb.demonym_country(w.title())
        entry = kb.lookup(w)
        if entry is not None and entry.kind == "country":
            code = entry.country
        if code:
            words.append(name_key(kb.entries[f"country:{code}"].name).replace(" ", "_"))
            continue
        f = name_key(w)
        if not f or f in lex.org_stopwords:
            continue
        words.append(lex.synonyms.get(f, f))
    if strip_suffix:
        while len(words) > 1 and words[-1] in lex.org_suffixes:
            words = words[:-1]
    return " ".join(sorted(words))


@lru_cache(maxsize=1)
def _common_given() -> frozenset[str]:
    d = data.load("given_names.yaml")
    return frozenset(d["female"]) | frozenset(d["male"])


@lru_cache(maxsize=1)
def _given_folded() -> frozenset[str]:
    return frozenset(translit(w) for w in (*lexicon().first_names, *_common_given()))


def is_given_name(word: str) -> bool:
    """Is a word a given name the data lists (name_variants.yaml groups, given_names.yaml), in any
    transliteration ("Oskar" for "Oscar")?"""
    w = fold(word)
    return w in lexicon().first_names or w in _common_given() or translit(w) in _given_folded()


@lru_cache(maxsize=1)
def _state_endings() -> tuple[str, ...]:
    return tuple(data.load("state_names.yaml").get("state_endings", []))


def ends_like_a_state(word: str) -> bool:
    """Does a capitalised word end the way state names do ("-ia", "-land", "-stan": state_names.yaml)?"""
    return word[:1].isupper() and len(word) > 4 and fold(word).endswith(_state_endings())
