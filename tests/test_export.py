"""Every export format reloads to the same graph (RDF) or the same nodes and edges (networkx)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from graph.cli import main
from graph.export import export_graph, to_networkx

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "seeds.ttl"


@pytest.fixture(scope="module")
def seeds() -> Graph:
    return Graph().parse(GOLDEN)


@pytest.mark.parametrize(("suffix", "fmt"), [(".nt", "nt"), (".ttl", "turtle"), (".jsonld", "json-ld")])
def test_rdf_formats_reload_to_the_same_triples(seeds, tmp_path, suffix, fmt):
    target = tmp_path / f"g{suffix}"
    export_graph(seeds, target)
    assert set(Graph().parse(target, format=fmt)) == set(seeds)


def test_jsonld_has_a_context(seeds, tmp_path):
    export_graph(seeds, tmp_path / "g.jsonld")
    assert '"@context"' in (tmp_path / "g.jsonld").read_text(encoding="utf-8")


def test_trig_has_a_named_graph_per_article_and_loses_nothing(seeds, tmp_path):
    export_graph(seeds, tmp_path / "g.trig")
    dataset = Dataset()
    dataset.parse(tmp_path / "g.trig", format="trig")
    names = {str(c.identifier) for c in dataset.contexts() if "/article/" in str(c.identifier)}
    assert len(names) == 2
    assert {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))} == set(seeds)


@pytest.mark.parametrize(("suffix", "reader"), [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_networkx_formats(seeds, tmp_path, suffix, reader):
    expected = to_networkx(seeds)
    export_graph(seeds, tmp_path / f"g{suffix}")
    loaded = reader(tmp_path / f"g{suffix}")
    assert loaded.number_of_nodes() == expected.number_of_nodes() > 20
    assert loaded.number_of_edges() == expected.number_of_edges() > 20


def test_cli_export_and_unknown_extension(tmp_path):
    ok = CliRunner().invoke(main, ["export", str(GOLDEN), "--to", str(tmp_path / "g.nt")])
    assert ok.exit_code == 0 and (tmp_path / "g.nt").stat().st_size > 0
    bad = CliRunner().invoke(main, ["export", str(GOLDEN), "--to", str(tmp_path / "g.xyz")])
    assert bad.exit_code == 2 and ".gexf" in bad.output
