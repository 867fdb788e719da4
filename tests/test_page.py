"""The HTML view in Debian's chromium: offline, counts, search, evidence on click, hostile text inert."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from rdflib import RDF, Graph

from graph.nlp import load_pipeline
from graph.pipeline import run_build
from graph.read import read_inputs
from graph.view import render_html, write_html
from graph.vocab import ENTITY_CLASSES, NG

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ('President Jean <img src=x onerror="window.__pwned=1"> Dupont of France met '
           'Chancellor Hans </script><script>window.__pwned=2</script> Weber of Germany in Paris. '
           "France supplies Germany with <b onmouseover=\"window.__pwned=3\">nuclear fuel</b>.\n")


@pytest.fixture(scope="module")
def page_graph(tmp_path_factory) -> tuple[Graph, Path]:
    folder = tmp_path_factory.mktemp("page")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    items = list(read_inputs([ROOT / "seeds", folder / "hostile.txt"]))
    graph, _report, _x = run_build(items, load_pipeline())
    target = folder / "graph.html"
    write_html(graph, target)
    return graph, target


def entity_count(graph: Graph) -> int:
    """Nodes typed with one of the contract's classes."""
    return len({s for cls in ENTITY_CLASSES for s in graph.subjects(RDF.type, NG[cls])})


@pytest.mark.model
def test_page_is_self_contained_and_escaped(page_graph):
    graph, target = page_graph
    html = target.read_text(encoding="utf-8")
    markup = re.sub(r"<script[^>]*>.*?</script>", "", html, flags=re.S)  # the page's own tags, no inline code
    assert not re.search(r"\b(src|href)\s*=|<link|@import|url\(\s*['\"]?https?:", markup, re.I), markup[:2000]
    data = html.split('id="data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ("onerror" in data or "onmouseover" in data)  # payload present, escaped
    assert render_html(graph) == render_html(graph)


@pytest.mark.model
@pytest.mark.browser
def test_page_in_chromium(page_graph, tmp_path):
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    graph, target = page_graph
    requests, errors = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(target.as_uri())
        page.wait_for_function("window.network !== undefined")
        page.wait_for_timeout(1500)
        assert page.evaluate("network.body.data.nodes.length") == entity_count(graph)
        page.fill("#search", "Putin")
        assert page.evaluate("network.getSelectedNodes()")[0].endswith("person-vladimir-putin")
        assert "Vladimir Putin" in page.inner_text("#panel")
        for node in page.evaluate("network.body.data.nodes.getIds()"):  # hover and click every node
            position = page.evaluate(f"network.canvasToDOM(network.getPositions([{node!r}])[{node!r}])")
            page.mouse.move(position["x"], position["y"])
            page.evaluate(f"network.selectNodes([{node!r}])")
            page.mouse.click(position["x"], position["y"])
        edge = page.evaluate("network.body.data.edges.get().find(e => e.label === 'supplies').id")
        page.evaluate(f"network.body.emitter.emit('click', {{nodes: [], edges: [{edge}]}})")
        assert "supplies" in page.inner_text("#panel") and "confidence" in page.inner_text("#panel")
        assert page.evaluate("window.__pwned") is None
        browser.close()
    assert [u for u in requests if not u.startswith(("file:", "data:", "blob:"))] == []
    assert errors == []
