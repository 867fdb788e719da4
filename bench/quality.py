"""Extraction quality: kg_eval scores on the seeds and on the Reuters dev set, over --min-confidence.

    python bench/quality.py [--model NAME] [--thresholds 0,0.3,0.5,0.6,0.7,0.8]

Reads ../shared/eval (the scorer and the seed gold), tests/devset/*.json and tests/heldout/*.json (our
own annotations of Reuters articles) and the texts of those articles from ../shared/corpus, and tests/recent
(articles written for the project, texts beside their gold: "recent" is its development half, "recentho" its
held-out half). Prints one row per
threshold and set: entity and fact precision, recall, F1, and claims taken as facts.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from graph.nlp import DEFAULT_MODEL, load_pipeline  # noqa: E402
from graph.pipeline import run_build, serialize_turtle  # noqa: E402
from graph.read import read_inputs  # noqa: E402

# the suite's readers of the annotated sets
from tests.test_unseen import RECENT, RECENT_HELD_OUT, corpus_articles, written_articles  # noqa: E402


def load_scorer():
    """kg_eval.py as a module."""
    spec = importlib.util.spec_from_file_location("kg_eval", SHARED / "eval" / "kg_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(scorer, graph_ttl: str, gold: list[str]) -> dict:
    """kg_eval's report for one Turtle graph."""
    with tempfile.NamedTemporaryFile("w", suffix=".ttl", delete=False, encoding="utf-8") as handle:
        handle.write(graph_ttl)
    ontology = [str(p) for p in sorted((ROOT / "ontology").glob("*.ttl"))]
    graph = scorer.load([handle.name] + ontology)
    entities, facts, not_facts = scorer.merge_gold(gold)
    report = scorer.score(scorer.GraphView(graph), entities, facts, not_facts)
    Path(handle.name).unlink()
    e, f = report["entities"], report["facts"]
    e["recall"], f["recall"] = report["entity_recall_exact"], report["fact_recall_exact"]
    for part in (e, f):
        p, r = part["precision"], part["recall"]
        part["f1"] = round(2 * p * r / (p + r), 3) if p + r else 0.0
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--thresholds", default="0,0.3,0.5,0.6,0.7,0.8,0.9")
    args = parser.parse_args()
    scorer = load_scorer()
    nlp = load_pipeline(args.model)
    seed_gold = sorted(str(p) for p in (SHARED / "eval" / "gold").glob("*.json"))
    sets = {"seeds": (list(read_inputs([ROOT / "seeds"])), seed_gold)}
    for name in ("devset", "heldout"):  # heldout: only ever scored, never used to develop rules
        gold = sorted(str(p) for p in (ROOT / "tests" / name).glob("reuters-*.json"))
        if gold:
            sets[name] = (corpus_articles([Path(p) for p in gold]), gold)
    for name, half in (("recent", [p for p in RECENT if p.name not in RECENT_HELD_OUT]),
                       ("recentho", [p for p in RECENT if p.name in RECENT_HELD_OUT])):  # recentho: held out
        if half:
            sets[name] = (written_articles(half), [str(p) for p in half])
    print(f"model {args.model}")
    print("set      min_conf  ent_P  ent_R  ent_F1  fact_P fact_R fact_F1  facts  claims_as_facts")
    for name, (articles, gold) in sets.items():
        _graph, _report, extractions = run_build(articles, nlp)  # parse once; each threshold only rebuilds
        for threshold in (float(t) for t in args.thresholds.split(",")):
            graph, _report, _x = run_build([], nlp, min_confidence=threshold, previous=extractions)
            report = score(scorer, serialize_turtle(graph), gold)
            e, f = report["entities"], report["facts"]
            share = f["not_fact_hits"] / f["graph_facts"] if f["graph_facts"] else 0.0
            print(f"{name:8} {threshold:8.2f}  {e['precision']:.3f}  {e['recall']:.3f}  {e['f1']:.3f}   "
                  f"{f['precision']:.3f}  {f['recall']:.3f}  {f['f1']:.3f}  {f['graph_facts']:5d}  "
                  f"{f['not_fact_hits']} ({share:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
