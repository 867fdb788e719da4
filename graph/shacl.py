"""The SHACL gate: a built graph must conform to ontology/shapes.ttl."""

from __future__ import annotations

from pyshacl import validate
from rdflib import Graph

from .lexicon import ontology_dir


def load_shapes() -> Graph:
    """The shapes graph of ontology/shapes.ttl."""
    return Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


def load_ontology() -> Graph:
    """The vocabulary of ontology/newsgraph.ttl."""
    return Graph().parse(ontology_dir() / "newsgraph.ttl", format="turtle")


def check_graph(graph: Graph) -> str:
    """An empty string when the graph conforms, else pyshacl's report text."""
    conforms, _report, text = validate(graph, shacl_graph=load_shapes(), ont_graph=load_ontology(),
                                       inference="none", advanced=False)
    return "" if conforms else str(text)


def check_turtle(data: bytes) -> str:
    """check_graph over a graph given as Turtle bytes (for a worker process)."""
    return check_graph(Graph().parse(data=data, format="turtle"))
