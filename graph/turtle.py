"""rdflib graph -> Turtle bytes, fast and deterministic (Oxigraph's serializer over sorted triples)."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .vocab import PREFIXES


def _term(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    raise TypeError(f"not an RDF term: {node!r}")


def oxigraph_triples(graph: Graph) -> list[ox.Triple]:
    """The graph's triples as Oxigraph terms, in one fixed order (by their N-Triples form)."""
    terms: dict[Node, ox.NamedNode | ox.BlankNode | ox.Literal] = {}

    def term(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        found = terms.get(node)
        if found is None:
            found = terms[node] = _term(node)
        return found

    triples = [ox.Triple(term(s), term(p), term(o)) for s, p, o in graph]  # type: ignore[arg-type]
    return sorted(triples, key=str)


def turtle_bytes(graph: Graph) -> bytes:
    """Turtle of the graph with the project's prefixes: the same graph always gives the same bytes."""
    prefixes = dict(sorted(PREFIXES))
    body = ox.serialize(oxigraph_triples(graph), format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b""
    lines = [f"@prefix {prefix}: <{namespace}> .".encode() for prefix, namespace in prefixes.items()]
    for line in body.splitlines():
        if line.startswith(b"@prefix "):
            continue  # our own header above: its order does not depend on the serializer's version
        if not line.startswith((b"\t", b" ")):
            lines.append(b"")  # a blank line before each subject, for people reading the file
        lines.append(line)
    return b"\n".join(lines) + b"\n"
