"""Relation rules on hand-built Docs (words, POS, dependencies, entities): no trained model needed."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.lexicon import load_lexicon
from graph.model import Article
from graph.resolve import resolve

from .docs import make_doc

# (spec, ents, expected facts as (subject label, predicate, object label, modality))
CASES = [
    pytest.param(
        "French/ADJ/amod/4 Foreign/PROPN/compound/2 Minister/PROPN/compound/4 Jean/PROPN/compound/4 "
        "Dupont/PROPN/nsubj/5 met/VERB/ROOT/5/meet Japanese/ADJ/amod/10 Defence/PROPN/compound/8 "
        "Minister/PROPN/compound/10 Taro/PROPN/compound/10 Yamada/PROPN/dobj/5 ./PUNCT/punct/5",
        [(0, 1, "NORP"), (3, 5, "PERSON"), (6, 7, "NORP"), (9, 11, "PERSON")],
        {("Jean Dupont", "ministerOf", "France", "asserted"), ("Taro Yamada", "ministerOf", "Japan", "asserted"),
         ("Jean Dupont", "metWith", "Taro Yamada", "asserted")},
        id="titles-and-meeting",
    ),
    pytest.param(
        "Beijing/PROPN/nsubj/1 supplies/VERB/ROOT/1/supply Islamabad/PROPN/dobj/1 with/ADP/prep/1 "
        "fighter/NOUN/compound/5 jets/NOUN/pobj/3/jet ./PUNCT/punct/1",
        [(0, 1, "GPE"), (2, 3, "GPE")],
        {("China", "supplies", "Pakistan", "asserted")},
        id="capitals-stand-for-governments",
    ),
    pytest.param(
        "Brazil/PROPN/nsubj/3 and/CCONJ/cc/0 Argentina/PROPN/conj/0 signed/VERB/ROOT/3/sign a/DET/det/6 "
        "trade/NOUN/compound/6 agreement/NOUN/dobj/3 ./PUNCT/punct/3",
        [(0, 1, "GPE"), (2, 3, "GPE")],
        {("Brazil", "partyTo", "trade agreement", "asserted"), ("Argentina", "partyTo", "trade agreement", "asserted")},
        id="coordinated-signatories",
    ),
    pytest.param(
        "Germany/PROPN/nsubj/3 did/AUX/aux/3/do not/PART/neg/3 sign/VERB/ROOT/3/sign the/DET/det/6 "
        "arms/NOUN/compound/6/arm treaty/NOUN/dobj/3 ./PUNCT/punct/3",
        [(0, 1, "GPE")],
        {("Germany", "partyTo", "arms treaty", "negated")},
        id="negation",
    ),
    pytest.param(
        "Norway/PROPN/nsubj/1 denied/VERB/ROOT/1/deny that/SCONJ/mark/4 it/PRON/nsubj/4 sold/VERB/ccomp/1/sell "
        "drones/NOUN/dobj/4/drone to/ADP/prep/4 Sudan/PROPN/pobj/6 ./PUNCT/punct/1",
        [(0, 1, "GPE"), (7, 8, "GPE")],
        {("Norway", "supplies", "Sudan", "denied")},
        id="denial",
    ),
    pytest.param(
        "The/DET/det/1 newspaper/NOUN/nsubj/2 reported/VERB/ROOT/2/report that/SCONJ/mark/5 Chile/PROPN/nsubj/5 "
        "sold/VERB/ccomp/2/sell tanks/NOUN/dobj/5/tank to/ADP/prep/5 Peru/PROPN/pobj/7 ./PUNCT/punct/2",
        [(4, 5, "GPE"), (8, 9, "GPE")],
        {("Chile", "supplies", "Peru", "reported")},
        id="third-party-report",
    ),
    pytest.param(
        "Serbia/PROPN/nsubj/2 will/AUX/aux/2 join/VERB/ROOT/2/join the/DET/det/5 European/PROPN/compound/5 "
        "Union/PROPN/dobj/2 ./PUNCT/punct/2",
        [(0, 1, "GPE"), (3, 6, "ORG")],
        {("Serbia", "seeksMembershipOf", "European Union", "asserted")},
        id="future-membership-is-a-bid",
    ),
    pytest.param(
        "The/DET/det/2 trilateral/ADJ/amod/2 cooperation/NOUN/nsubj/9 of/ADP/prep/2 Kazakhstan/PROPN/pobj/3 "
        ",/PUNCT/punct/4 Uzbekistan/PROPN/conj/4 and/CCONJ/cc/6 Turkmenistan/PROPN/conj/6 grew/VERB/ROOT/9/grow "
        "./PUNCT/punct/9",
        [(4, 5, "GPE"), (6, 7, "GPE"), (8, 9, "GPE")],
        {("Kazakhstan", "cooperatesWith", "Uzbekistan", "asserted"),
         ("Kazakhstan", "cooperatesWith", "Turkmenistan", "asserted"),
         ("Uzbekistan", "cooperatesWith", "Turkmenistan", "asserted")},
        id="cooperation-noun-frame",
    ),
    pytest.param(
        "Russian/ADJ/amod/2 Deputy/PROPN/compound/2 Minister/PROPN/nsubj/8 of/ADP/prep/2 "
        "Economic/PROPN/compound/5 Development/PROPN/pobj/3 Pavel/PROPN/compound/7 Orlov/PROPN/appos/2 "
        "said/VERB/ROOT/8/say ./PUNCT/punct/8",
        [(0, 1, "NORP"), (4, 7, "ORG")],  # NER took the portfolio and the given name for a body
        {("Pavel Orlov", "ministerOf", "Russia", "asserted")},
        id="portfolio-and-given-name-taken-for-a-body",
    ),
]


def facts_of(doc) -> set[tuple[str, str, str, str]]:
    """Run extract and resolve on one hand-built Doc; the facts by label with their modality."""
    lexicon = load_lexicon()
    extraction = extract(doc, Article("t1", doc.text), lexicon)
    resolved = resolve([extraction], lexicon)
    label = {e.iri: e.label for e in resolved.entities}
    out = set()
    for fact in resolved.facts:
        pair = [label[fact.subject], label[fact.object]]
        if fact.predicate in {"metWith", "cooperatesWith"}:  # symmetric: either order
            out |= {(b, fact.predicate, a, e.modality) for e in fact.evidence for a, b in [pair]}
        out |= {(pair[0], fact.predicate, pair[1], e.modality) for e in fact.evidence}
    return out


@pytest.mark.parametrize(("spec", "ents", "expected"), CASES)
def test_rule(spec, ents, expected):
    assert facts_of(make_doc(spec, ents)) >= expected


def test_denied_fact_is_not_asserted():
    doc = make_doc(CASES[4].values[0], CASES[4].values[1])
    lexicon = load_lexicon()
    resolved = resolve([extract(doc, Article("t1", doc.text), lexicon)], lexicon)
    assert resolved.facts and not any(f.asserted for f in resolved.facts)


def test_a_name_after_a_posts_capital_that_the_parser_lists_with_it_stays_a_person():
    # "Greece's ambassador to Ankara, Nikos Kouris, said": the parser sometimes joins the name to the capital as
    # if they were a list of places; with no "and" they are not
    doc = make_doc("Greece/PROPN/poss/2 's/PART/case/0 ambassador/NOUN/nsubj/9 to/ADP/prep/2 Ankara/PROPN/pobj/3 "
                   ",/PUNCT/punct/4 Nikos/PROPN/compound/7 Kouris/PROPN/conj/4 ,/PUNCT/punct/2 said/VERB/ROOT/9/say "
                   "./PUNCT/punct/9", [(0, 1, "GPE"), (4, 5, "GPE"), (6, 8, "PERSON")])
    lexicon = load_lexicon()
    resolved = resolve([extract(doc, Article("t1", doc.text), lexicon)], lexicon)
    assert {e.label: e.cls for e in resolved.entities}.get("Nikos Kouris") == "Person"
