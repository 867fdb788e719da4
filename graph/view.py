"""graph -> one self-contained HTML page (vis-network inlined; nothing loaded from the network)."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
import pyvis
from rdflib import RDF, SKOS, Graph, URIRef
from rdflib.namespace import OWL, PROV

from .export import to_networkx
from .files import write_atomic
from .vocab import NG, SCHEMA, SYMMETRIC_PREDICATES

COLOURS = {"Person": "#e76f51", "Country": "#2a9d8f", "Place": "#8ab17d", "City": "#8ab17d",
           "Organization": "#264653", "Agreement": "#e9c46a", "Facility": "#6d597a", "Event": "#f4a261",
           "Product": "#b56576"}
SHAPES = {"Person": "dot", "Country": "diamond", "Place": "triangleDown", "City": "triangleDown",
          "Organization": "hexagon", "Agreement": "triangle", "Facility": "square", "Event": "star",
          "Product": "square"}  # vis-network shapes that scale with a node's value and keep the label outside
NS = str(NG)
LAYOUT_THRESHOLD = 300  # above this many nodes the page gets positions from Python and no physics
SPACING = 60  # pixels between neighbouring nodes of the precomputed layout


def _vis_dir() -> Path:
    return Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"


def _script_json(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    for raw, safe in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                      ("\u2029", "\\u2029")):
        text = text.replace(raw, safe)
    return text


def _pagerank(nodes: list[str], pairs: Iterable[tuple[str, str]], alpha: float = 0.85,
              tol: float = 1e-10, max_iter: int = 200) -> dict[str, float]:
    """PageRank of the undirected multigraph, by power iteration in node order.

    networkx's `pagerank` needs scipy, which the project does not depend on; this is the same
    computation (dangling nodes share their rank evenly), deterministic for a given node order.
    """
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    adjacent: list[list[int]] = [[] for _ in nodes]
    for a, b in pairs:
        adjacent[index[a]].append(index[b])
        adjacent[index[b]].append(index[a])
    size = len(nodes)
    rank = [1.0 / size] * size
    for _ in range(max_iter):
        dangling = alpha * sum(r for r, adj in zip(rank, adjacent, strict=True) if not adj) / size
        new = [(1.0 - alpha) / size + dangling] * size
        for i, adj in enumerate(adjacent):
            if adj:
                share = alpha * rank[i] / len(adj)
                for j in adj:
                    new[j] += share
        done = sum(abs(x - y) for x, y in zip(new, rank, strict=True)) < size * tol
        rank = new
        if done:
            break
    return dict(zip(nodes, rank, strict=True))


def _component_layout(nodes: list[str], pairs: list[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    """Spring layout of one connected component, centred on 0 with about SPACING between neighbours."""
    sub = nx.Graph()
    sub.add_nodes_from(nodes)
    sub.add_edges_from(pairs)
    radius = SPACING * math.sqrt(len(nodes)) * 0.75
    try:
        pos = nx.spring_layout(sub, seed=0, iterations=50 if len(nodes) < 500 else 30, scale=radius)
    except ImportError:  # networkx lays out 500+ nodes with scipy, which the project does not depend on
        pos = nx.circular_layout(sub, scale=radius)
    return {n: (float(x), float(y)) for n, (x, y) in pos.items()}


def layout(nodes: list[str], pairs: Iterable[tuple[str, str]]) -> dict[str, tuple[int, int]]:
    """Pixel positions: each connected component laid out on its own, then packed in rows, largest first.

    Lone nodes fill the last rows as a grid, so thousands of unconnected entities cost nothing to place
    and do not push the connected part of the graph off the screen. Same input, same positions.
    """
    undirected = nx.Graph()
    undirected.add_nodes_from(nodes)
    undirected.add_edges_from((a, b) for a, b in pairs if a != b)
    parts = sorted((sorted(c) for c in nx.connected_components(undirected)), key=lambda c: (-len(c), c[0]))
    boxes: list[tuple[list[str], dict[str, tuple[float, float]], float, float]] = []  # members, places, w, h
    for members in parts:
        if len(members) == 1:
            boxes.append((members, {members[0]: (0.0, 0.0)}, float(SPACING), float(SPACING)))
            continue
        local = _component_layout(members, sorted({tuple(sorted(e)) for e in undirected.subgraph(members).edges()}))
        xs = [x for x, _ in local.values()]
        ys = [y for _, y in local.values()]
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        local = {n: (x - cx, y - cy) for n, (x, y) in local.items()}
        boxes.append((members, local, max(xs) - min(xs) + 2 * SPACING, max(ys) - min(ys) + 2 * SPACING))
    area = sum(w * h for _, _, w, h in boxes)
    width = max([math.sqrt(area * 16 / 9)] + [w for _, _, w, _ in boxes])
    out: dict[str, tuple[int, int]] = {}
    x = y = row = 0.0
    for _members, local, w, h in boxes:
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        for node, (px, py) in local.items():
            out[node] = (round(x + w / 2 + px), round(y + h / 2 + py))
        x += w
        row = max(row, h)
    return out


def graph_data(graph: Graph, top_n: int | None = None, min_confidence: float = 0.0) -> dict:
    """Nodes, edges, evidence and articles of a graph, as plain data for the page.

    Nodes are sized by PageRank. Above LAYOUT_THRESHOLD nodes each one carries x/y and `physics` is
    false, so the browser draws at once instead of simulating thousands of bodies.
    """
    g = to_networkx(graph)
    articles = {}
    mentions: dict[str, list] = {}
    for art in graph.subjects(RDF.type, SCHEMA.NewsArticle):
        title = graph.value(art, SCHEMA.headline) or graph.value(art, SCHEMA.identifier)
        articles[str(art)] = {"title": str(title), "date": str(graph.value(art, SCHEMA.datePublished) or "")}
        for ent in graph.objects(art, SCHEMA.mentions):
            mentions.setdefault(str(ent), []).append(articles[str(art)])
    evidence: dict[tuple, list] = {}
    for ev in graph.subjects(RDF.type, NG.Evidence):
        key = (str(graph.value(ev, RDF.subject)), str(graph.value(ev, RDF.predicate))[len(NS):],
               str(graph.value(ev, RDF.object)))
        source = str(graph.value(ev, PROV.wasDerivedFrom))
        evidence.setdefault(key, []).append({
            "sentence": str(graph.value(ev, NG.sentence)), "article": articles.get(source, {}).get("title", source),
            "date": articles.get(source, {}).get("date", ""), "rule": str(graph.value(ev, NG.rule)),
            "confidence": float(str(graph.value(ev, NG.confidence) or 0)),
            "modality": str(graph.value(ev, NG.modality)).rsplit("#", 1)[-1]})
    g.remove_edges_from([(u, v, k) for u, v, k, c in g.edges(keys=True, data="confidence") if c < min_confidence])
    keep = set(g.nodes)
    if top_n is not None:
        keep = set(sorted(g.nodes, key=lambda n: (-g.degree(n), n))[:top_n])
    edges = []
    for s, o, data in g.edges(data=True):
        if s in keep and o in keep:
            found = sorted(evidence.get((s, data["relation"], o), []), key=lambda e: (-e["confidence"], e["sentence"]))
            edges.append({"from": s, "to": o, "label": data["relation"], "confidence": data["confidence"],
                          "evidence": found})
    edges.sort(key=lambda e: (e["from"], e["label"], e["to"]))
    for i, edge in enumerate(edges):
        edge["id"] = i
        edge["arrows"] = "" if edge["label"] in SYMMETRIC_PREDICATES else "to"
    order = sorted(keep)
    pairs = [(e["from"], e["to"]) for e in edges]
    rank = _pagerank(order, pairs)
    positions = layout(order, pairs) if len(order) > LAYOUT_THRESHOLD else {}
    nodes = []
    for node in order:
        attrs = g.nodes[node]
        same = sorted(str(x) for x in graph.objects(URIRef(node), OWL.sameAs))
        item = {"id": node, "label": attrs["label"] or node, "cls": attrs["cls"], "color": COLOURS[attrs["cls"]],
                "shape": SHAPES[attrs["cls"]],
                "value": round(rank[node] * len(order), 4),
                "aliases": sorted(str(a) for a in graph.objects(URIRef(node), SKOS.altLabel)),
                "phrases": sorted(str(a) for a in graph.objects(URIRef(node), SKOS.hiddenLabel)),  # searched, not shown
                "wikidata": [u for u in same if u.startswith(("http://", "https://"))],
                "articles": sorted(mentions.get(node, []), key=lambda a: (a.get("date", ""), a.get("title", "")))}
        if positions:
            item["x"], item["y"] = positions[node]
        nodes.append(item)
    return {"nodes": nodes, "edges": edges, "colours": COLOURS, "shapes": SHAPES, "physics": not positions}


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
