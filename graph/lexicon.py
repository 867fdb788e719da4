"""The lexicons of ontology/lexicon as lookup tables: countries, organizations, offices, products, frames."""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Any


def ontology_dir() -> Path:
    """The ontology folder: beside the package in a checkout, or shipped inside it when installed."""
    override = os.environ.get("NEWSGRAPH_ONTOLOGY")
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "ontology", here / "ontology"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"newsgraph's ontology folder is missing (looked beside {here})")


_FOLD_TABLE = str.maketrans({"\u2019": "'", "\u2018": "'", ".": None,
                             **{chr(c): "-" for c in [*range(0x2010, 0x2016), 0x2212]}})
_SPACES = re.compile(r"\s+")
PATRONYMICS = frozenset({"ibn", "bin", "bint"})  # "son of", "daughter of" inside Arabic names
SHORT_PORTFOLIOS = {"foreign affairs": "foreign"}  # the Ministry of Foreign Affairs is the Foreign Ministry
DEPUTY_WORDS = frozenset({"deputy", "vice", "assistant"})  # words that make a head's title a deputy's
ACRONYM_LETTERS = r"[A-Z][A-Z0-9-]{1,9}"  # what a bracket after a name may abbreviate it as: "(RATS)", "(G-7)"


def singular(word: str) -> str:
    """A plural noun's singular, for titles ("ministers" -> "minister", "secretaries" -> "secretary")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=1 << 16)  # the rules fold the same few thousand spans over and over
def fold(text: str) -> str:
    """A lookup key for a name: lower case, straight quotes and dashes, no dots, no leading 'the'."""
    text = _SPACES.sub(" ", text.translate(_FOLD_TABLE).lower()).strip()
    if text.startswith("the "):
        text = text[4:]
    return text[:-2] if text.endswith("'s") else text


@dataclass(frozen=True)
class Known:
    """An entity the lexicons know: its key, class, canonical name and Wikidata item."""

    key: str
    cls: str
    name: str
    wikidata: str | None = None
    country: str | None = None  # for organizations: the key of their country
    kind: str = ""  # organization kind, product category


@dataclass(frozen=True)
class HeldOffice:
    """One term of a public office: its title, whose office it is (an entity key) and its dates."""

    title: str  # folded, and the first of its same_office group: "premier" is held as "prime minister"
    of: str  # key of the country or organization
    start: date
    end: date | None  # None: in office when the lexicon was written
    holder: str = ""  # the holder's full name as the lexicon writes it


@dataclass(frozen=True)
class Conflict:
    """A war the lexicon knows: its entry, when it was fought and the keys of the states that fought it."""

    known: Known
    start: date
    end: date | None
    sides: frozenset[str]
    participants: frozenset[str]  # who took part: both sides of a war, the invader alone of an invasion


@dataclass(frozen=True)
class ConflictName:
    """One name of a war, the article dates it names that war on, and whether the text must show its capitals."""

    conflict: Conflict
    cased: bool  # "War of Attrition" names a war, "a war of attrition" does not
    valid_from: date | None = None
    valid_until: date | None = None


TERM_SLACK = timedelta(days=31)  # news names an office holder a little before and after the term


@dataclass(frozen=True)
class Lexicon:
    """All lookup tables the extractor and resolver need."""

    names: dict[str, Known]  # folded name or alias -> entity
    acronyms: frozenset[str]  # folded keys written in capitals in the lexicon: "US", "WHO" match only so
    demonyms: dict[str, Known]  # folded demonym -> country
    capitals: dict[str, Known]  # folded capital (or other city the government sits in) -> country
    seats: dict[str, Known]  # folded seat of power -> country
    products: dict[str, Known]  # folded product word (singular and plural) -> product
    historical_seats: dict[str, tuple[Known, date]]  # capital or seat -> a state that ended, and when
    historical_names: dict[str, tuple[Known, date]]  # "germany", "german" -> West Germany, until 1990-10-03
    leader_titles: frozenset[str]
    minister_titles: frozenset[str]
    honorifics: frozenset[str]
    family_names_first: frozenset[str] = frozenset()  # "wang" of "Wang Yi": a family name written first
    frames: dict[str, Any] = field(default_factory=dict)
    by_key: dict[str, Known] = field(default_factory=dict)  # entity key -> its canonical entry
    combining: dict[str, Known] = field(default_factory=dict)  # "franco" (Franco-German) -> France
    name_prefixes: frozenset[str] = frozenset()  # every leading piece of a name, capital or seat key
    product_starts: frozenset[str] = frozenset()  # the first word of every product key
    holders: dict[str, tuple[HeldOffice, ...]] = field(default_factory=dict)  # folded name or alias -> terms
    same_office: dict[str, str] = field(default_factory=dict)  # "premier" -> "prime minister"
    title_words: frozenset[str] = frozenset()  # every word of a known title ("d'affaires"), not "of", "the"
    conflicts: dict[str, tuple[ConflictName, ...]] = field(default_factory=dict)  # folded war name -> its wars
    wars: dict[str, Conflict] = field(default_factory=dict)  # war key -> the war
    conflict_prefixes: frozenset[str] = frozenset()
    adjectives: dict[str, str] = field(default_factory=dict)  # country key -> its bodies' adjective ("Kuwaiti", "U.S.")
    cities: dict[str, frozenset[str]] = field(default_factory=dict)  # folded city name -> ISO2 codes of its countries
    independent: dict[str, date] = field(default_factory=dict)  # country key -> the day it became a state, when
    # that was after 1980 (Kazakhstan, Croatia, Namibia: regions of other states in 1987 news)
    city_starts: frozenset[str] = frozenset()  # the first word of every city name of several words ("rostov")
    regions: dict[str, Known] = field(default_factory=dict)  # folded name of a state's own state, province or
    # region ("sabah", "mato grosso do sul") -> the region
    region_abbreviations: dict[str, Known] = field(default_factory=dict)  # "Mass.", "B.C." as wire copy writes
    # them after a town -> the region
    region_starts: frozenset[str] = frozenset()  # the first word of every region's name, lower case ("baden")
    # frames.json word lists as sets, made once each: the rules ask for them per token and per candidate
    _frame_sets: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def as_of(self, folded: str, known: Known | None, on: date | None) -> Known | None:
        """The state a name or demonym meant on a date: "Germany" in 1987 is West Germany."""
        historical = self.historical_names.get(folded)
        if historical is not None and on is not None and on < historical[1]:
            return historical[0]
        return known

    def not_yet_a_state(self, key: str, on: date | None) -> bool:
        """Whether a country key named no state yet on a date: Kazakhstan in 1987 was a Soviet republic."""
        began = self.independent.get(key)
        return began is not None and on is not None and on < began

    def country_word(self, word: str, on: date | None = None) -> Known | None:
        """The country a name, demonym or combining form stands for ("Japan", "Soviet", "Franco"), or None."""
        key = fold(word)
        dated = self.as_of(key, None, on)
        if dated is not None:
            return dated
        known = self.names.get(key)
        spelled_ok = key not in self.acronyms or word.replace(".", "").isupper()  # "US", not "us"
        if known is not None and known.cls == "Country" and spelled_ok:
            return known
        return self.demonyms.get(key) or self.combining.get(key)

    def national_body(self, folded: str, country: str, on: date | None = None) -> Known | None:
        """The body of one state known by a name a possessive qualifies ("Russia's Security Council" is the Security
        Council of Russia, or the Russian Security Council, when the lexicon knows one so), or None."""
        for name, known in self.names.items():
            if known.cls != "Organization" or known.country != country:
                continue
            if name.endswith(f" {folded}"):
                state = self.country_word(name[:-len(folded) - 1], on)
            elif name.startswith(f"{folded} of "):
                state = self.country_word(name[len(folded) + 4:], on)
            else:
                continue
            if state is not None and state.key == country:
                return known
        return None

    def kind_of(self, key: str) -> str:
        """The kind the lexicon gives a known organization ("party", "media", "company"...) or product
        ("commodity", "weapon"...), or ""."""
        return getattr(self.by_key.get(key), "kind", "")

    def class_of(self, name: str) -> str:
        """The class of the entity a name as written is known by ("Country", "Organization"...), or ""."""
        return getattr(self.names.get(fold(name)), "cls", "")

    def is_league(self, key: str) -> bool:
        """Whether a key is a league of states the lexicon knows (the EU, OPEC, ASEAN), not a company or a state's
        own body."""
        return self.kind_of(key) == "intergovernmental"

    def is_state_body(self, name: str) -> bool:
        """Whether a folded name is a state's body named without its state ("foreign ministry", "central bank",
        "army"): every state has one, so the name alone says nothing of which."""
        words = self.state_body_name(name).split()
        heads, others = self.frame_words("state_body_heads"), self.frame_words("state_body_words")
        return bool(words) and words[-1] in heads and all(w in others for w in words[:-1]) \
            and (words[-1] != "bank" or "central" in words)

    @staticmethod
    def state_body_name(name: str) -> str:
        """A folded body's name with its head last: "ministry of energy and mines" -> "energy and mines ministry"
        (other names unchanged), so that either way of writing a ministry is one name; "foreign affairs ministry"
        is the foreign ministry."""
        head, of, rest = name.partition(" of ")
        rest = rest.removeprefix("the ")  # "department of the environment": the environment department
        name = f"{rest} {head}" if of and " " not in head and rest else name
        short = SHORT_PORTFOLIOS.get(name.removesuffix(" ministry")) if name.endswith(" ministry") else None
        return f"{short} ministry" if short else name

    def conflict_named(self, folded: str, cased: bool, on: date | None) -> Conflict | None:
        """The war a name means in an article of a date ("the Gulf war" in 1987: the Iran-Iraq war), or None.
        `cased` says whether the text writes a capital in it; undated articles take only undated names."""
        fitting = []
        for name in self.conflicts.get(folded, ()):
            if name.cased and not cased:
                continue
            if on is None:
                if name.valid_from is None and name.valid_until is None:
                    fitting.append((0, name.conflict))
                continue
            if on < name.conflict.start - TERM_SLACK or (name.valid_from and on < name.valid_from) \
                    or (name.valid_until and on > name.valid_until):
                continue
            fitting.append((0 if name.valid_from or name.valid_until else 1, name.conflict))
        return min(fitting, key=lambda f: (f[0], -f[1].start.toordinal()))[1] if fitting else None

    def conflict_between(self, states: frozenset[str], on: date | None) -> Conflict | None:
        """The war the named states were fighting on a date ("the war between Iran and Iraq" in 1987: the Iran-Iraq
        war, not the tanker war within it), or None."""
        if on is None or len(states) < 2:
            return None
        wars = {war for war in self.wars.values() if states <= war.sides and war.start - TERM_SLACK <= on
                and (war.end is None or on <= war.end + TERM_SLACK)}
        return min(wars, key=lambda w: (w.start, w.known.name)) if wars else None  # the war, not a campaign in it

    def may_name(self, folded: str) -> bool:
        """Whether a folded span could still grow into a name, capital or seat the lexicons know."""
        return folded in self.name_prefixes

    def seat_of(self, folded: str, on: date | None) -> Known | None:
        """The country a capital or seat of power stands for on a date (Moscow in 1987: the Soviet Union)."""
        historical = self.historical_seats.get(folded)
        if historical is not None and on is not None and on < historical[1]:
            return historical[0]
        return self.capitals.get(folded) or self.seats.get(folded)

    def state_on(self, key: str, on: date | None) -> Known | None:
        """The state a country key stood for on a date, by its name or else its capital: Germany's body in 1987 is
        West Germany's, Russia's the Soviet Union's."""
        state = self.by_key.get(key)
        renamed = self.as_of(fold(state.name), None, on) if state is not None else None
        if renamed is not None:
            return renamed
        capital = next(iter(self.capitals_of(key)), None)
        return (self.seat_of(capital, on) if capital is not None else None) or state

    def capitals_of(self, key: str) -> list[str]:
        """The folded capitals (and other seats of government) the gazetteer gives a country key."""
        return [c for c, known in self.capitals.items() if known.key == key]

    def frame_words(self, name: str) -> frozenset[str]:
        """A word list of frames.json as a set."""
        words = self._frame_sets.get(name)
        if words is None:
            words = self._frame_sets[name] = frozenset(self.frames.get(name, ()))
        return words

    def office_holder(self, name: str, title: str, on: date | None, written: str = "") -> HeldOffice | None:
        """The office a titled name held on a date ("President Reagan" in 1987: president of the United
        States), when exactly one country or organization fits; None otherwise. `written`: the whole name the
        text gave, when `name` is its surname ("Rachmat Saleh" is not Ali Abdullah Saleh)."""
        wanted = fold(title)
        wanted = self.same_office.get(wanted, wanted)
        terms = [held for held in self._terms(name, on, written) if held.title == wanted]
        return terms[0] if len({held.of for held in terms}) == 1 else None

    def _terms(self, name: str, on: date | None, written: str = "") -> list[HeldOffice]:
        """The terms of office of a person of this name in force on a date (`written`: as for office_holder)."""
        return [held for held in self.holders.get(fold(name), ()) if _in_term(held, on) and _written_so(written, held)]

    def full_name_in_office(self, surname: str, on: date | None) -> str | None:
        """The full name of the one office-holder known by a one-word name on a date ("Reagan" in 1987: Ronald
        Reagan), or None: no date, no such holder, or two of them."""
        if on is None or " " in surname.strip():
            return None
        holders = {held.holder for held in self._terms(surname, on)}
        return holders.pop() if len(holders) == 1 else None

    def holds_any_office(self, name: str, on: date | None, written: str = "") -> bool:
        """Whether the office-holders lexicon has a person of this name in any office on a date (`written`: as
        for office_holder)."""
        return bool(self._terms(name, on, written))

    def title_on(self, name: str, on: date | None) -> str | None:
        """The one office title the office-holders lexicon has a person of this name in on a date, if one."""
        titles = {held.title for held in self._terms(name, on)}
        return titles.pop() if len(titles) == 1 else None

    def served_on(self, name: str, on: date | None) -> set[str]:
        """The keys of the countries and organizations the office-holders lexicon has a person of this name in
        office for on a date."""
        return {held.of for held in self._terms(name, on)}

    def leads_on(self, name: str, on: date | None) -> bool:
        """Whether the office-holders lexicon has a person of this name as a leader (head of state or
        government, chair) on a date."""
        return any(held.title in self.leader_titles for held in self._terms(name, on))

    def is_title(self, folded: str) -> bool:
        """Whether a folded phrase is an office title the lexicon knows ("prime minister", "charge d'affaires")."""
        return folded in self.leader_titles or folded in self.minister_titles

    def singular_title(self, title: str) -> str:
        """A title in the plural as one holder's ("prime ministers" -> "prime minister"); any other text as it is."""
        if not title or self.title_relation(title) is not None:
            return title
        head, _, last = title.rpartition(" ")
        candidate = f"{head} {singular(last)}".strip()
        return candidate if self.title_relation(candidate) is not None else title

    def plural_title(self, word: str) -> bool:
        """Whether a word is an office title in the plural ("presidents", "ministers", "secretaries")."""
        return self.singular_title(word) != word

    def title_relation(self, title: str) -> str | None:
        """leaderOf or ministerOf for an office title (folded), or None."""
        words = fold(title).replace("vice-", "vice ").split()  # "vice-rector" as "vice rector"
        for k in range(len(words)):  # the longest known title at the end: "iaea director general"
            tail = " ".join(words[k:])
            if tail in self.minister_titles:
                return "ministerOf"
            if tail in self.leader_titles:  # "deputy director general": a deputy to the head, no head
                return "ministerOf" if k and words[k - 1] in DEPUTY_WORDS else "leaderOf"
        if "minister" in words or "secretary" in words or "ambassador" in words:
            return "ministerOf"
        return None


def _written_so(written: str, held: HeldOffice) -> bool:
    """Whether a name as the text wrote it may be the holder's: its first word (a given name) is a word of the
    holder's name, spelt another way ("Sergey", "Sergei") or as its initial ("S. Jaishankar"); any name, if none
    was written."""
    given = _plain(written).split()
    if len(given) < 2:
        return True
    first = given[0]
    return any(word[0] == first[0] if min(len(word), len(first)) == 1
               else SequenceMatcher(None, word, first).ratio() >= 0.75 for word in _plain(held.holder).split())


def _plain(name: str) -> str:
    """A name folded without accents or dots: 'Édouard Balladur' as 'edouard balladur'."""
    decomposed = unicodedata.normalize("NFKD", fold(name).replace("đ", "d").replace(".", " "))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _in_term(held: HeldOffice, on: date | None) -> bool:
    if on is None:
        return True
    return held.start - TERM_SLACK <= on and (held.end is None or on <= held.end + TERM_SLACK)


def _read(name: str) -> Any:
    return json.loads((ontology_dir() / "lexicon" / name).read_text(encoding="utf-8"))


def _countries(names: dict, demonyms: dict, capitals: dict, seats: dict, historical_seats: dict,
               combining: dict, historical_names: dict, adjectives: dict, independent: dict) -> None:
    shorts: list[tuple[str, Known]] = []
    for row in sorted(_read("countries.json"), key=lambda r: bool(r.get("historical"))):
        key = "country:" + (row.get("iso2") or fold(row["name"]).replace(" ", "-"))
        known = Known(key, "Country", row["name"], row.get("wikidata"))
        historical = row.get("historical", False)
        for alias in [row["name"], row.get("official") or "", *row.get("aliases", [])]:
            if alias and not (historical and fold(alias) in names):
                names.setdefault(fold(alias), known)
        for demonym in row.get("demonyms", []):
            demonyms.setdefault(fold(demonym), known)
        if row.get("attributive") or row.get("demonyms"):
            adjectives.setdefault(key, row.get("attributive") or row["demonyms"][0])
        for form in row.get("combining", []):
            combining.setdefault(fold(form), known)
        for capital in [row.get("capital") or "", *row.get("capital_aliases", []), *row.get("seat_cities", [])]:
            if capital:
                capitals.setdefault(fold(capital), known)
        for seat in row.get("seats", []):
            seats.setdefault(fold(seat), known)
        shorts.append((_short_official(row), known))
        if row.get("independent"):
            independent[key] = date.fromisoformat(row["independent"])
        if historical and row.get("dissolved"):
            ended = date.fromisoformat(row["dissolved"])
            for place in [row.get("capital") or "", *row.get("seats", []), *row.get("seat_cities", [])]:
                if place:
                    historical_seats[fold(place)] = (known, ended)
            for word in row.get("standing_for", []):
                historical_names[fold(word)] = (known, ended)
    for short, known in shorts:  # after every full name, so that no short form takes another state's name
        if short:
            names.setdefault(fold(short), known)


def _short_official(row: dict) -> str:
    """'Republic of Venezuela' for the 'Bolivarian Republic of Venezuela': the official name's last form of state."""
    words = (row.get("official") or "").split()
    if len(words) < 4 or words[-2] != "of" or words[-1] != row["name"] or words[-4] == "People's":
        return ""  # not "Republic of Korea" for the Democratic People's Republic of Korea
    return " ".join(words[-3:])


def _organizations(names: dict) -> None:
    for row in _read("organizations.json"):
        slug = fold(row["name"]).replace(" ", "-")
        country = f"country:{row['country']}" if row.get("country") else None
        known = Known("org:" + slug, "Organization", row["name"], row.get("wikidata"), country,
                      row.get("kind", ""))
        for alias in [row["name"], *row.get("aliases", [])]:
            names.setdefault(fold(alias), known)


def _holders(names: dict[str, Known], same_office: dict[str, str]) -> dict[str, tuple[HeldOffice, ...]]:
    table: dict[str, list[HeldOffice]] = {}
    for row in _read("office_holders.json"):
        terms = [HeldOffice(same_office.get(fold(o["title"]), fold(o["title"])), names[fold(o["of"])].key,
                            date.fromisoformat(o["from"]), date.fromisoformat(o["to"]) if o.get("to") else None,
                            row["name"])
                 for o in row["offices"]]
        for alias in {fold(a) for a in [row["name"], *row.get("aliases", [])]}:
            table.setdefault(alias, []).extend(terms)
    return {alias: tuple(terms) for alias, terms in table.items()}


def _conflicts(names: dict[str, Known]) -> dict[str, tuple[ConflictName, ...]]:
    table: dict[str, list[ConflictName]] = {}
    for row in _read("conflicts.json"):
        known = Known("war:" + fold(row["name"]).replace(" ", "-"), "Event", row["name"], row.get("wikidata"))
        sides = frozenset(names[fold(state)].key for side in row["sides"] for state in side)
        invaders = frozenset(names[fold(state)].key for state in row["sides"][0])
        conflict = Conflict(known, date.fromisoformat(row["start"]),
                            date.fromisoformat(row["end"]) if row.get("end") else None, sides,
                            invaders if "invasion" in row["name"].lower() else sides)
        for alias in [{"text": row["name"]}, *row.get("aliases", [])]:
            text = alias["text"]
            dated = [date.fromisoformat(alias[k]) if alias.get(k) else None for k in ("from", "until")]
            table.setdefault(fold(text), []).append(
                ConflictName(conflict, any(c.isupper() for c in text), *dated))
    return {name: tuple(entries) for name, entries in table.items()}


def _regions(names: dict[str, Known], capitals: dict[str, Known]) -> tuple[dict[str, Known], dict[str, Known]]:
    """The first-level divisions of states by every folded name, and by the abbreviations wire copy writes after
    a town; a name that is also a state's, a capital's or a body's stays theirs ("Georgia", "Mexico")."""
    regions: dict[str, Known] = {}
    abbreviations: dict[str, Known] = {}
    for row in _read("regions.json"):
        name = row["aliases"][0] if row.get("shares_country_name") and row["aliases"] else row["name"]  # "Washington
        # State", not the capital's name and node
        known = Known("place:" + fold(name), "Place", name, row.get("wikidata"), f"country:{row['country']}",
                      row.get("kind", ""))
        for alias in [row["name"], *row.get("aliases", [])]:
            folded = fold(alias)
            if folded not in names and folded not in capitals:
                regions.setdefault(folded, known)
        for abbreviation in row.get("abbreviations", []):
            abbreviations.setdefault(abbreviation, known)
    return regions, abbreviations


def _same_office(groups: list[list[str]]) -> dict[str, str]:
    return {fold(title): fold(group[0]) for group in groups for title in group}


def _all_aliases() -> list[str]:
    rows = _read("countries.json") + _read("organizations.json")
    return [a for row in rows for a in [row["name"], *row.get("aliases", [])] if a]


def _products() -> dict[str, Known]:
    table: dict[str, Known] = {}
    for row in _read("products.json"):
        known = Known("product:" + fold(row["name"]).replace(" ", "-"), "Product", row["name"],
                      row.get("wikidata"), kind=row.get("category", ""))
        for alias in [row["name"], row.get("plural") or "", *row.get("aliases", [])]:
            if alias:
                table.setdefault(fold(alias), known)
    return table


def _prefixes(*tables: dict) -> frozenset[str]:
    # "the" stays a prefix: fold drops a leading "the ", so "The United States" grows from "The"
    return frozenset({"the"} | {key[:n] for table in tables for key in table for n in range(1, len(key) + 1)})


def _by_key(*tables: dict[str, Known]) -> dict[str, Known]:
    out: dict[str, Known] = {}
    for table in tables:
        for known in table.values():
            out.setdefault(known.key, known)
    return out


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read every lexicon file once."""
    names: dict[str, Known] = {}
    demonyms: dict[str, Known] = {}
    capitals: dict[str, Known] = {}
    seats: dict[str, Known] = {}
    historical_seats: dict[str, tuple[Known, date]] = {}
    combining: dict[str, Known] = {}
    historical_names: dict[str, tuple[Known, date]] = {}
    adjectives: dict[str, str] = {}
    independent: dict[str, date] = {}
    _countries(names, demonyms, capitals, seats, historical_seats, combining, historical_names, adjectives,
               independent)
    _organizations(names)
    acronyms = frozenset(fold(a) for a in _all_aliases() if a.replace(".", "").isupper() and len(a) <= 6)
    offices = _read("offices.json")
    same_office = _same_office(offices.get("same_office", []))
    products = _products()
    conflicts = _conflicts(names)
    wars = {entry.conflict.known.key: entry.conflict for entries in conflicts.values() for entry in entries}
    cities = {fold(row["name"]): frozenset(row["countries"]) for row in _read("cities.json")}
    regions, region_abbreviations = _regions(names, capitals)
    return Lexicon(
        names=names,
        acronyms=acronyms,
        demonyms=demonyms,
        capitals=capitals,
        seats=seats,
        historical_seats=historical_seats,
        historical_names=historical_names,
        products=products,
        leader_titles=frozenset(fold(t) for t in offices.get("leader", [])),
        minister_titles=frozenset(fold(t) for t in offices.get("minister", [])),
        honorifics=frozenset(fold(t) for t in offices.get("honorifics", [])),
        family_names_first=frozenset(fold(t) for t in offices.get("family_names_first", [])),
        frames=_read("frames.json"),
        by_key=_by_key(names, products, {key: war.known for key, war in wars.items()}, regions),
        combining=combining,
        adjectives=adjectives,
        name_prefixes=_prefixes(names, capitals, seats, historical_seats),
        product_starts=frozenset({"the"} | {key.split()[0] for key in products if key}),
        holders=_holders(names, same_office),
        same_office=same_office,
        title_words=frozenset(w for t in [*offices.get("leader", []), *offices.get("minister", [])]
                              for w in fold(t).split()) - {"of", "the", "for", "and", "in", "on", "to"},
        conflicts=conflicts,
        wars=wars,
        conflict_prefixes=_prefixes(conflicts),
        cities=cities,
        independent=independent,
        city_starts=frozenset(re.split(r"[ -]", key, maxsplit=1)[0] for key in cities if re.search(r"[ -]", key)),
        regions=regions,
        region_abbreviations=region_abbreviations,
        region_starts=frozenset(re.split(r"[ -]", key, maxsplit=1)[0] for key in regions),
    )
