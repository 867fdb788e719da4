"""Unseen text: the 12 Reuters dev-set articles (our annotations, texts read from ../shared/corpus), scored
by ../shared/eval/kg_eval.py in the suite, so a rule that only helps the seeds shows up as a loss here.

The floors are the scores measured on 2026-11-23 (bench/BENCHMARKS.md): a change may raise them, not
lower them. The issue's targets on unseen text (entity F1 0.85, fact F1 0.60) are not reached yet.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from graph.model import Article
from graph.nlp import load_pipeline
from graph.pipeline import run_build, serialize_turtle

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = sorted((ROOT / "tests" / "devset").glob("reuters-*.json"))

pytestmark = [pytest.mark.model,
              pytest.mark.skipif(not (SHARED / "corpus" / "reuters21578.jsonl.gz").exists()
                                 or not (SHARED / "eval" / "kg_eval.py").exists(),
                                 reason="../shared (corpus and scorer) is not beside this clone")]


def devset_articles() -> list[Article]:
    """The dev-set articles, read from the corpus by id."""
    ids = {json.loads(p.read_text(encoding="utf-8"))["article"] for p in GOLD}
    out = []
    with gzip.open(SHARED / "corpus" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["id"] in ids:
                published = date.fromisoformat(row["published"]) if row.get("published") else None
                out.append(Article(row["id"], row["text"], row.get("title"), published, source=row["id"]))
    assert len(out) == len(ids)
    return sorted(out, key=lambda a: a.id)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    graph, _, _ = run_build(devset_articles(), load_pipeline())
    path = tmp_path_factory.mktemp("devset") / "graph.ttl"
    path.write_text(serialize_turtle(graph), encoding="utf-8")
    ontology = sorted(str(p) for p in (ROOT / "ontology").glob("*.ttl"))
    done = subprocess.run([sys.executable, str(SHARED / "eval" / "kg_eval.py"), str(path), "--gold",
                           *map(str, GOLD), "--ontology", *ontology, "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_every_devset_text_is_in_the_corpus():
    assert len(devset_articles()) == len(GOLD) == 12


def test_entities_on_unseen_text_hold(report):
    assert report["entities"]["f1"] >= 0.72, report["entities"]  # 0.734 on 2026-11-23


def test_facts_on_unseen_text_hold(report):
    assert report["facts"]["precision"] >= 0.87, report["facts"]  # 0.894 on 2026-11-23
    assert report["facts"]["f1"] >= 0.58, report["facts"]  # 0.596 on 2026-11-23


def test_claims_taken_as_facts_stay_under_five_percent(report):
    facts = report["facts"]
    assert facts["not_fact_hits"] <= 0.05 * facts["graph_facts"], facts
