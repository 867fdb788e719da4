"""The lexicons in ontology/lexicon keep what ontology/lexicon/README.md promises about them."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

LEXICON_DIR = Path(__file__).resolve().parent.parent / "ontology" / "lexicon"
README = LEXICON_DIR / "README.md"
FILES = sorted(path.name for path in LEXICON_DIR.glob("*.json"))
NAMED_LISTS = ("countries.json", "organizations.json", "products.json", "office_holders.json")

QID = re.compile(r"^Q[1-9][0-9]*$")
ISO2 = re.compile(r"^[A-Z]{2}$")
ORGANIZATION_KINDS = {"intergovernmental", "government-body", "company", "media", "ngo", "party", "armed-group"}
PRODUCT_CATEGORIES = {"weapon", "aircraft", "vehicle", "vessel", "fuel", "energy", "commodity", "technology", "goods"}
OFFICE_LISTS = ("leader", "minister", "member", "honorifics", "family_names_first")
OTHER_STATES = {"Vatican City", "Palestine", "Taiwan", "Kosovo", "Western Sahara"}
HISTORICAL_STATES = {"Soviet Union", "West Germany", "East Germany", "Yugoslavia", "Czechoslovakia", "South Yemen",
                     "North Yemen", "Zaire", "South Vietnam"}


@cache
def _text(name: str) -> str:
    return (LEXICON_DIR / name).read_bytes().decode("utf-8")  # strict: fails on anything but UTF-8


@cache
def _load(name: str) -> Any:
    return json.loads(_text(name))


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) and item.strip() for item in value)


def _shared(entries: dict[str, list[tuple[str, str]]]) -> dict[str, set[tuple[str, str]]]:
    """Strings (without case) that two or more entries use: string -> {(entry, field)}."""
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for entry, strings in entries.items():
        for field, value in strings:
            owners[value.casefold()].add((entry, field))
    return {key: found for key, found in owners.items() if len({entry for entry, _ in found}) > 1}


def _date(value: str) -> date:
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), value
    return date.fromisoformat(value)


# --- every file ---------------------------------------------------------------------------------------------------

def test_every_lexicon_is_described_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    described = set(re.findall(r"(?:\*\*|`)([a-z_]+\.json)(?:\*\*|`)", readme))
    assert [name for name in FILES if name not in described] == []


@pytest.mark.parametrize("name", FILES)
def test_utf8_json_with_a_two_space_indent(name: str) -> None:
    assert not (LEXICON_DIR / name).read_bytes().startswith(b"\xef\xbb\xbf"), "no byte-order mark"
    text, data = _text(name), _load(name)
    written = {json.dumps(data, indent=2, ensure_ascii=ascii_only) for ascii_only in (False, True)}
    assert text.rstrip("\n") in written


@pytest.mark.parametrize("name", NAMED_LISTS)
def test_lists_are_sorted_by_name(name: str) -> None:
    rows = _load(name)
    assert isinstance(rows, list) and rows
    names = [row["name"] for row in rows]
    assert all(isinstance(n, str) and n for n in names)
    assert names == sorted(names)


# --- countries.json -------------------------------------------------------------------------------------------------

def test_countries_fields() -> None:
    for row in _load("countries.json"):
        name = row["name"]
        assert isinstance(name, str) and name, row
        assert row["official"] is None or (isinstance(row["official"], str) and row["official"]), name
        for field in ("aliases", "demonyms", "seats"):
            assert _is_str_list(row[field]), (name, field)
        assert isinstance(row["capital"], str) and row["capital"], name
        assert _is_str_list(row.get("capital_aliases", [])), name
        assert _is_str_list(row.get("seat_cities", [])), name
        assert row["iso2"] is None or ISO2.match(row["iso2"]), name
        assert row["wikidata"] is None or QID.match(row["wikidata"]), name
        assert isinstance(row["historical"], bool), name


def test_countries_cover_the_un_members_the_other_states_and_the_historical_ones() -> None:
    rows = _load("countries.json")
    current = {row["name"] for row in rows if not row["historical"]}
    historical = {row["name"] for row in rows if row["historical"]}
    assert len(current) == 193 + len(OTHER_STATES)
    assert current >= OTHER_STATES
    assert historical == HISTORICAL_STATES


def test_country_codes_are_unique_and_only_historical_states_lack_one() -> None:
    rows = _load("countries.json")
    codes = [row["iso2"] for row in rows if row["iso2"] is not None]
    assert len(codes) == len(set(codes))
    assert [row["name"] for row in rows if row["iso2"] is None and not row["historical"]] == []


def test_country_aliases_are_never_lowercase_words() -> None:
    assert [(row["name"], alias) for row in _load("countries.json") for alias in row["aliases"]
            if alias == alias.lower()] == []


def test_no_country_alias_is_shared_except_a_successor_capital_or_seat() -> None:
    rows = {row["name"]: row for row in _load("countries.json")}
    entries = {
        name: [("name", name), ("official", row["official"] or ""), *[("aliases", a) for a in row["aliases"]],
               *[("demonyms", d) for d in row["demonyms"]], ("capital", row["capital"]),
               *[("capital", c) for c in row.get("capital_aliases", [])], *[("seats", s) for s in row["seats"]],
               *[("seats", s) for s in row.get("seat_cities", [])]]
        for name, row in rows.items()
    }
    entries = {name: [(field, value) for field, value in strings if value] for name, strings in entries.items()}
    clashes = {}
    for key, found in _shared(entries).items():
        places = all(field in ("capital", "seats") for _, field in found)
        states = {entry for entry, _ in found}
        one_historical = len(states) == 2 and sorted(rows[s]["historical"] for s in states) == [False, True]
        if not (places and one_historical):
            clashes[key] = found
    assert clashes == {}


# --- organizations.json ---------------------------------------------------------------------------------------------

def test_organizations_fields() -> None:
    countries = {row["iso2"] for row in _load("countries.json") if row["iso2"]}
    for row in _load("organizations.json"):
        name = row["name"]
        assert isinstance(name, str) and name, row
        assert _is_str_list(row["aliases"]), name
        assert row["kind"] in ORGANIZATION_KINDS, name
        assert row["country"] is None or (ISO2.match(row["country"]) and row["country"] in countries), name
        assert row["wikidata"] is None or QID.match(row["wikidata"]), name


def test_intergovernmental_bodies_belong_to_no_country() -> None:
    assert [row["name"] for row in _load("organizations.json")
            if row["kind"] == "intergovernmental" and row["country"] is not None] == []


def test_no_organization_alias_is_shared() -> None:
    entries = {row["name"]: [("name", row["name"]), *[("aliases", a) for a in row["aliases"]]]
               for row in _load("organizations.json")}
    assert _shared(entries) == {}


def test_seats_of_power_are_in_countries_not_organizations() -> None:
    seats = {seat.casefold() for row in _load("countries.json") for seat in row["seats"] + row.get("seat_cities", [])}
    assert [(row["name"], alias) for row in _load("organizations.json") for alias in [row["name"], *row["aliases"]]
            if alias.casefold() in seats] == []


def test_parties_belong_to_a_country() -> None:
    assert [row["name"] for row in _load("organizations.json") if row["kind"] == "party" and not row["country"]] == []


def test_the_parties_of_the_large_states_are_known() -> None:
    counts = Counter(row["country"] for row in _load("organizations.json") if row["kind"] == "party")
    states = ("US", "GB", "FR", "DE", "IT", "ES", "NL", "JP", "KR", "IN", "PK", "CA", "AU", "BR", "MX", "ZA", "TR",
              "IL", "RU", "IR", "UA", "AM", "AZ", "EG")
    assert [state for state in states if counts[state] < 2] == []


def test_no_party_goes_by_a_name_that_parties_of_several_states_share() -> None:
    # "Democratic Party" and "Republican Party" are the two U.S. parties by long-standing choice; these others name
    # parties in too many states for the name alone to say which
    shared = {"labour party", "labor party", "socialist party", "communist party", "conservative party",
              "liberal party", "green party", "greens", "people's party", "national party", "social democratic party",
              "christian democrats", "liberal democratic party", "workers' party", "centre party", "national front"}
    assert [(row["name"], alias) for row in _load("organizations.json") if row["kind"] == "party"
            for alias in [row["name"], *row["aliases"]] if alias.casefold() in shared] == []


# --- offices.json ---------------------------------------------------------------------------------------------------

def test_offices_are_lowercase_word_lists() -> None:
    offices = _load("offices.json")
    assert isinstance(offices, dict)
    for key in OFFICE_LISTS:
        words = offices[key]
        assert _is_str_list(words) and words, key
        assert [w for w in words if w != w.lower()] == [], key


def test_offices_has_exactly_the_documented_keys() -> None:
    assert set(_load("offices.json")) == {*OFFICE_LISTS, "same_office"}


def test_same_office_groups_hold_known_titles_once() -> None:
    offices = _load("offices.json")
    titles = set(offices["leader"]) | set(offices["minister"])
    grouped = [title for group in offices["same_office"] for title in group]
    assert all(len(group) >= 2 for group in offices["same_office"])
    assert [t for t in grouped if t not in titles] == []
    assert len(grouped) == len(set(grouped))


def test_no_office_word_is_in_two_lists_or_twice_in_one() -> None:
    offices = _load("offices.json")
    entries = {key: [(key, word) for word in offices[key]] for key in OFFICE_LISTS}
    assert _shared(entries) == {}
    for key in OFFICE_LISTS:
        words = [w.casefold() for w in offices[key]]
        assert len(words) == len(set(words)), key


# --- products.json --------------------------------------------------------------------------------------------------

def test_products_fields() -> None:
    for row in _load("products.json"):
        name = row["name"]
        assert isinstance(name, str) and name, row
        assert isinstance(row["plural"], str) and row["plural"], name
        assert row["category"] in PRODUCT_CATEGORIES, name
        assert _is_str_list(row["aliases"]), name
        assert row["wikidata"] is None or QID.match(row["wikidata"]), name


def test_no_product_alias_is_shared() -> None:
    entries = {row["name"]: [("name", row["name"]), ("plural", row["plural"]),
                             *[("aliases", a) for a in row["aliases"]]]
               for row in _load("products.json")}
    assert _shared(entries) == {}


# --- cities.json ----------------------------------------------------------------------------------------------------

def test_cities_fields() -> None:
    rows = _load("cities.json")
    assert len(rows) > 10_000
    assert all(set(row) == {"name", "countries"} and row["name"].isascii() and row["countries"]
               and all(ISO2.match(code) for code in row["countries"]) for row in rows)
    names = [row["name"] for row in rows]
    assert names == sorted(names) and len(set(names)) == len(names)


def test_no_city_is_a_state_or_its_capital() -> None:
    taken = {value.casefold() for row in _load("countries.json")
             for value in (row["name"], *row.get("aliases", []), row.get("capital") or "")}
    assert [row["name"] for row in _load("cities.json") if row["name"].casefold() in taken] == []


# --- regions.json ---------------------------------------------------------------------------------------------------

REGION_FIELDS = {"name", "aliases", "country", "kind"}


def test_regions_fields() -> None:
    rows = _load("regions.json")
    current = {row["iso2"] for row in _load("countries.json") if not row.get("historical")}
    assert len(rows) > 2000
    assert [row["name"] for row in rows] == sorted(row["name"] for row in rows)
    for row in rows:
        assert REGION_FIELDS <= set(row) <= REGION_FIELDS | {"abbreviations", "shares_country_name"}, row["name"]
        assert row["country"] in current and row["kind"] == row["kind"].lower() and row["kind"], row["name"]
        assert _is_str_list(row["aliases"]) and _is_str_list(row.get("abbreviations", [])), row["name"]
        assert all(s.isascii() for s in (row["name"], *row["aliases"], *row.get("abbreviations", []))), row["name"]


def test_the_states_of_the_large_federations_are_known() -> None:
    named = {(row["country"], row["name"]) for row in _load("regions.json")}
    assert {("US", "Iowa"), ("US", "Massachusetts"), ("CA", "British Columbia"), ("IN", "Punjab"), ("MY", "Sabah"),
            ("BR", "Mato Grosso do Sul"), ("MX", "Sonora"), ("DE", "Bavaria"), ("IR", "Khuzestan"),
            ("RU", "Chechnya"), ("AU", "New South Wales"), ("NG", "Lagos State")} <= named


def test_no_region_alias_or_abbreviation_is_shared_and_none_names_a_state_or_capital() -> None:
    rows = _load("regions.json")
    entries = {f"{row['country']} {row['name']}": [("name", row["name"]), *[("aliases", a) for a in row["aliases"]]]
               for row in rows}
    shared = _shared(entries)  # only the generic name that several states give a division ("Eastern Province")
    assert [name for name, owners in shared.items() if {field for _, field in owners} != {"name"}
            or len({entry.split()[0] for entry, _ in owners}) < len(owners)] == []
    abbreviations = [a for row in rows for a in row.get("abbreviations", [])]
    assert len(abbreviations) == len(set(abbreviations))
    taken = {value.casefold() for row in _load("countries.json")
             for value in (row["name"], *row.get("aliases", []), *row.get("demonyms", []), row.get("capital") or "")}
    assert [row["name"] for row in rows if not row.get("shares_country_name")
            and {row["name"].casefold(), *(a.casefold() for a in row["aliases"])} & taken] == []


# --- frames.json ----------------------------------------------------------------------------------------------------

def test_frames_describe_themselves() -> None:
    frames = _load("frames.json")
    assert isinstance(frames, dict)
    assert isinstance(frames.get("_comment"), str) and frames["_comment"].strip()


# --- office_holders.json --------------------------------------------------------------------------------------------

def test_office_holders_fields() -> None:
    for row in _load("office_holders.json"):
        name = row["name"]
        assert isinstance(name, str) and name.strip() == name and name, row
        assert _is_str_list(row["aliases"]), name
        assert row["wikidata"] is None or QID.match(row["wikidata"]), name
        assert isinstance(row["offices"], list) and row["offices"], name
        for office in row["offices"]:
            assert set(office) == {"title", "of", "from", "to"}, (name, office)


def test_office_holder_names_are_unique() -> None:
    names = [row["name"].casefold() for row in _load("office_holders.json")]
    assert sorted(n for n in set(names) if names.count(n) > 1) == []


def test_office_holder_aliases_are_never_lowercase_words_nor_repeated() -> None:
    for row in _load("office_holders.json"):
        aliases = row["aliases"]
        assert [a for a in aliases if a == a.lower()] == [], row["name"]
        folded = [a.casefold() for a in [row["name"], *aliases]]
        assert len(folded) == len(set(folded)), row["name"]


def test_office_titles_are_leader_or_minister_words() -> None:
    offices = _load("offices.json")
    titles = set(offices["leader"]) | set(offices["minister"])
    assert sorted({(o["title"]) for row in _load("office_holders.json") for o in row["offices"]} - titles) == []


def test_offices_belong_to_a_known_country_or_organization() -> None:
    known = {row["name"] for row in _load("countries.json")} | {row["name"] for row in _load("organizations.json")}
    assert sorted({o["of"] for row in _load("office_holders.json") for o in row["offices"]} - known) == []


def test_office_dates_parse_and_run_forward() -> None:
    for row in _load("office_holders.json"):
        starts = []
        for office in row["offices"]:
            start = _date(office["from"])
            if office["to"] is not None:
                assert _date(office["to"]) >= start, (row["name"], office)
            starts.append(start)
        assert starts == sorted(starts), f"{row['name']}: offices out of time order"


def test_offices_of_the_soviet_union_and_west_germany_end_with_them() -> None:
    ended = {"Soviet Union": date(1991, 12, 26), "West Germany": date(1990, 10, 3)}
    late = [(row["name"], o) for row in _load("office_holders.json") for o in row["offices"] if o["of"] in ended
            and (o["to"] is None or date.fromisoformat(o["to"]) > ended[o["of"]])]
    assert late == []
