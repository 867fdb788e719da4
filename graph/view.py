"""graph -> one self-contained HTML page (vis-network inlined; nothing loaded from the network)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pyvis
from rdflib import RDF, RDFS, SKOS, Graph, URIRef

from .files import write_atomic
from .vocab import NG, SCHEMA, SYMMETRIC_PREDICATES

COLOURS = {"Person": "#e76f51", "Country": "#2a9d8f", "Place": "#8ab17d", "City": "#8ab17d",
           "Organization": "#264653", "Agreement": "#e9c46a", "Facility": "#6d597a", "Event": "#f4a261",
           "Product": "#b56576"}
NS = str(NG)


def _vis_dir() -> Path:
    return Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"


def _script_json(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    for raw, safe in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                      ("\u2029", "\\u2029")):
        text = text.replace(raw, safe)
    return text


def graph_data(graph: Graph, top_n: int | None = None, min_confidence: float = 0.0) -> dict:
    """Nodes, edges, evidence and articles of a graph, as plain data for the page."""
    classes: dict = {}
    for node, cls in graph.subject_objects(RDF.type):
        if isinstance(cls, URIRef) and str(cls).startswith(NS) and str(cls)[len(NS):] in COLOURS:
            classes[node] = str(cls)[len(NS):]
    articles = {}
    for art in graph.subjects(RDF.type, SCHEMA.NewsArticle):
        title = graph.value(art, SCHEMA.headline) or graph.value(art, SCHEMA.identifier)
        articles[str(art)] = {"title": str(title), "date": str(graph.value(art, SCHEMA.datePublished) or "")}
    evidence: dict[tuple, list] = {}
    for ev in graph.subjects(RDF.type, NG.Evidence):
        key = (graph.value(ev, RDF.subject), graph.value(ev, RDF.predicate), graph.value(ev, RDF.object))
        source = str(graph.value(ev, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")))
        evidence.setdefault(key, []).append({
            "sentence": str(graph.value(ev, NG.sentence)), "article": articles.get(source, {}).get("title", source),
            "date": articles.get(source, {}).get("date", ""), "rule": str(graph.value(ev, NG.rule)),
            "confidence": float(str(graph.value(ev, NG.confidence) or 0)),
            "modality": str(graph.value(ev, NG.modality)).rsplit("#", 1)[-1]})
    edges = []
    for s, p, o in graph:
        if s in classes and o in classes and str(p).startswith(NS):
            found = sorted(evidence.get((s, p, o), []), key=lambda e: (-e["confidence"], e["sentence"]))
            best = found[0]["confidence"] if found else 1.0
            if best >= min_confidence:
                edges.append({"from": str(s), "to": str(o), "label": str(p)[len(NS):], "confidence": best,
                              "evidence": found})
    g = nx.MultiDiGraph()
    g.add_nodes_from(str(n) for n in classes)
    g.add_edges_from((e["from"], e["to"]) for e in edges)
    keep = set(g.nodes)
    if top_n is not None:
        keep = set(sorted(g.nodes, key=lambda n: (-g.degree(n), n))[:top_n])
    mentions: dict[str, list] = {}
    for art in graph.subjects(RDF.type, SCHEMA.NewsArticle):
        for ent in graph.objects(art, SCHEMA.mentions):
            mentions.setdefault(str(ent), []).append(articles.get(str(art), {}))
    nodes = []
    for node, cls in sorted(classes.items()):
        if str(node) not in keep:
            continue
        same = [str(x) for x in graph.objects(node, URIRef("http://www.w3.org/2002/07/owl#sameAs"))]
        nodes.append({"id": str(node), "label": str(graph.value(node, RDFS.label) or node), "cls": cls,
                      "color": COLOURS[cls], "value": 1 + g.degree(str(node)),
                      "aliases": sorted(str(a) for a in graph.objects(node, SKOS.altLabel)),
                      "wikidata": [u for u in same if u.startswith(("http://", "https://"))],
                      "articles": sorted(mentions.get(str(node), []),
                                         key=lambda a: (a.get("date", ""), a.get("title", "")))})
    edges = sorted((e for e in edges if e["from"] in keep and e["to"] in keep),
                   key=lambda e: (e["from"], e["label"], e["to"]))
    for i, edge in enumerate(edges):
        edge["id"] = i
        edge["arrows"] = "" if edge["label"] in SYMMETRIC_PREDICATES else "to"
    return {"nodes": nodes, "edges": edges, "colours": COLOURS}




def render_html(graph: Graph, *, title: str = "newsgraph", top_n: int | None = None,
                min_confidence: float = 0.0) -> str:
    """One self-contained HTML page of the graph."""
    vis = _vis_dir()
    template = (Path(__file__).parent / "templates" / "view.html").read_text(encoding="utf-8")
    parts = {
        "__VISCSS__": (vis / "vis-network.css").read_text(encoding="utf-8"),
        "__TITLE__": title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
        "__DATA__": _script_json(graph_data(graph, top_n, min_confidence)),
        "__VISJS__": (vis / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script"),
    }
    # one pass, so text inside the data can never be taken for a marker
    return re.sub("|".join(parts), lambda m: parts[m.group(0)], template)


def write_html(graph: Graph, path: Path, **kw) -> None:
    """Write the page atomically."""
    write_atomic(Path(path), render_html(graph, **kw))
