"""Resolution across articles, with the trained model: what merges and what must not."""

from __future__ import annotations

import re

import pytest

from graph.lexicon import load_lexicon
from graph.model import Article
from graph.nlp import load_pipeline
from graph.pipeline import extract_all
from graph.resolve import resolve

pytestmark = pytest.mark.model


def resolved(*texts: str):
    """Entities and facts of some one-paragraph articles."""
    articles = [Article(f"a{i}", text) for i, text in enumerate(texts)]
    return resolve(list(extract_all(load_pipeline(), articles, load_lexicon())), load_lexicon())


def agreements(result) -> list[str]:
    """IRIs of the agreements in a result."""
    return [e.iri for e in result.entities if e.cls == "Agreement"]


def test_same_named_agreement_of_the_same_parties_is_one_node():
    result = resolved("Russia and Iran signed an energy cooperation agreement on Monday.",
                      "Iran and Russia signed an energy cooperation agreement, officials said.")
    assert len(agreements(result)) == 1
    parties = {f.subject for f in result.facts if f.predicate == "partyTo"}
    assert parties == {"country-iran", "country-russia"}


def test_same_common_name_of_other_parties_stays_apart():
    result = resolved("Chile and its creditor banks signed a rescheduling accord.",
                      "Venezuela signed a rescheduling accord with Brazil.")
    assert len(agreements(result)) == 2


def test_a_surname_is_the_full_name_met_earlier_in_the_article():
    result = resolved("Russian Foreign Minister Sergey Lavrov arrived. Lavrov said talks went well.")
    people = [e for e in result.entities if e.cls == "Person"]
    assert [(e.label, "Lavrov" in e.aliases) for e in people] == [("Sergey Lavrov", True)]


def people(result) -> list[str]:
    """IRIs of the people in a result."""
    return sorted(e.iri for e in result.entities if e.cls == "Person")


def test_a_lone_surname_joins_the_one_full_named_person_of_the_corpus():
    result = resolved("Chancellor Helmut Kohl met French President Francois Mitterrand in Bonn.",
                      "Kohl told parliament that the talks had gone well.")
    assert "person-kohl" not in people(result)
    kohl = next(e for e in result.entities if e.iri == "person-helmut-kohl")
    assert {m.article_id for m in kohl.mentions} == {"a0", "a1"}


def test_a_lone_surname_shared_by_two_full_names_stays_apart():
    result = resolved("Senator Edward Kennedy spoke on Monday.", "Former ambassador Richard Kennedy spoke too.",
                      "Kennedy said the treaty was sound.")
    assert {"person-edward-kennedy", "person-richard-kennedy", "person-kennedy"} <= set(people(result))


def test_times_are_not_names_and_every_iri_is_valid():
    """A time NER took for an organization once gave an IRI with a space in it, and Turtle could not be written."""
    result = resolved("An agency statement estimated the epicentre of the quake, which struck at 9:40 A.M. "
                      "(0040 GMT), as being under the sea off the coast of Japan.")
    labels = {e.label for e in result.entities}
    assert "9:40 A.M." not in labels and "GMT" not in labels and "Japan" in labels
    assert all(re.fullmatch(r"[a-z]+-[a-z0-9-]+", e.iri) for e in result.entities)
