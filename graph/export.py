"""A built graph in other formats: N-Triples, JSON-LD, TriG (a named graph per article), GraphML, GEXF."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, SKOS, Dataset, Graph, URIRef
from rdflib.namespace import OWL, PROV

from .files import write_atomic
from .vocab import ENTITY_CLASSES, NG

NS = str(NG)


def _nt(graph: Graph) -> str:
    return "".join(sorted(line + "\n" for line in graph.serialize(format="nt").splitlines() if line.strip()))


def _jsonld(graph: Graph) -> str:
    context = {prefix: str(ns) for prefix, ns in graph.namespaces() if prefix}
    data = json.loads(graph.serialize(format="json-ld", context=context, sort_keys=True))
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _trig(graph: Graph) -> str:
    """Each article's evidence, and the facts it supports, in the graph named by the article."""
    dataset = Dataset()
    for prefix, ns in graph.namespaces():
        dataset.bind(prefix, ns)
    default = dataset.default_context
    placed: set = set()
    for evidence in graph.subjects(RDF.type, NG.Evidence):
        article = graph.value(evidence, PROV.wasDerivedFrom)
        named = dataset.graph(URIRef(str(article)))
        for triple in graph.triples((evidence, None, None)):
            named.add(triple)
            placed.add(triple)
        s, p, o = (graph.value(evidence, RDF.subject), graph.value(evidence, RDF.predicate),
                   graph.value(evidence, RDF.object))
        if s is not None and p is not None and o is not None and (s, p, o) in graph:
            named.add((s, p, o))
            placed.add((s, p, o))
    for triple in graph:
        if triple not in placed:
            default.add(triple)
    return dataset.serialize(format="trig")


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Entities as nodes (class, label, aliases, Wikidata), facts as edges (relation, confidence)."""
    out = nx.MultiDiGraph()
    classes = {s: cls for cls in ENTITY_CLASSES for s in graph.subjects(RDF.type, NG[cls])}
    for node, cls in sorted(classes.items()):
        out.add_node(str(node), cls=cls, label=str(graph.value(node, RDFS.label) or ""),
                     aliases="|".join(sorted(str(a) for a in graph.objects(node, SKOS.altLabel))),
                     wikidata=str(graph.value(node, OWL.sameAs) or ""))
    best: dict = {}
    for evidence in graph.subjects(RDF.type, NG.Evidence):
        key = (graph.value(evidence, RDF.subject), graph.value(evidence, RDF.predicate),
               graph.value(evidence, RDF.object))
        best[key] = max(best.get(key, 0.0), float(str(graph.value(evidence, NG.confidence) or 0)))
    for s, p, o in sorted(graph):
        if s in classes and o in classes and str(p).startswith(NS):
            out.add_edge(str(s), str(o), relation=str(p)[len(NS):], confidence=best.get((s, p, o), 1.0))
    return out


def _graphml(graph: Graph) -> str:
    buffer = io.BytesIO()
    nx.write_graphml(to_networkx(graph), buffer)
    return buffer.getvalue().decode("utf-8")


def _gexf(graph: Graph) -> str:
    buffer = io.BytesIO()
    nx.write_gexf(to_networkx(graph), buffer)
    return buffer.getvalue().decode("utf-8")


WRITERS: dict[str, Callable[[Graph], str]] = {
    ".nt": _nt, ".ttl": lambda g: g.serialize(format="turtle"), ".jsonld": _jsonld, ".trig": _trig,
    ".graphml": _graphml, ".gexf": _gexf,
}


def export_graph(graph: Graph, path: str | Path) -> None:
    """Write the graph in the format its extension names, atomically."""
    path = Path(path)
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise ValueError(f"cannot export to {path.name!r}: use one of {', '.join(sorted(WRITERS))}")
    write_atomic(path, writer(graph))


