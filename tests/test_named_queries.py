"""Every named query runs on the seeds' graph and gives the same rows in rdflib and in Oxigraph."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import BNode, Graph, Literal, URIRef

from graph.query import named_queries

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "seeds.ttl"


def as_text(term) -> str:
    """A term of either engine as comparable text (value and, for literals, datatype-free)."""
    if term is None:
        return ""
    if isinstance(term, URIRef | BNode | pyoxigraph.NamedNode | pyoxigraph.BlankNode):
        return str(term.value if hasattr(term, "value") and not isinstance(term, URIRef) else term)
    text = str(term) if isinstance(term, Literal) else term.value
    try:  # numbers compare by value: rdflib writes 40000000000.0 where Oxigraph writes 40000000000
        return format(Decimal(text).normalize(), "f")
    except InvalidOperation:
        return text


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_query_same_rows_in_both_engines(name):
    text = named_queries()[name].text
    assert named_queries()[name].description, f"{name}.rq has no comment saying what it answers"
    graph = Graph().parse(GOLDEN)
    store = pyoxigraph.Store()
    store.load(path=str(GOLDEN), format=pyoxigraph.RdfFormat.TURTLE)
    rdflib_rows = sorted(tuple(as_text(t) for t in row) for row in graph.query(text))
    solutions = store.query(text)
    variables = [v.value for v in solutions.variables]
    oxigraph_rows = sorted(tuple(as_text(s[v]) for v in variables) for s in solutions)
    assert rdflib_rows == oxigraph_rows
    if name in {"evidence", "leaders", "agreements", "supplies", "memberships", "meetings", "mentions"}:
        assert rdflib_rows, f"{name} found nothing in the seeds"


@pytest.mark.parametrize("query", [
    "ASK { ?x a <https://w3id.org/newsgraph/ontology#Person> }",
    "CONSTRUCT { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { ?x a "
    "<https://w3id.org/newsgraph/ontology#Country> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }",
])
def test_engines_agree_on_ask_and_construct(query):
    from graph.query import run_query

    oxigraph, rdflib_result = run_query(GOLDEN, query, engine="oxigraph"), run_query(GOLDEN, query, engine="rdflib")
    assert oxigraph.kind == rdflib_result.kind
    assert oxigraph.boolean == rdflib_result.boolean
    assert set(oxigraph.graph) == set(rdflib_result.graph)


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_is_shown_in_the_readme(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"<code>{name}</code>" in readme and f"newsgraph query out/graph.ttl {name}" in readme
