"""Build cost against bare spaCy on the same Reuters texts, measured side by side in one run.

    python bench/speed.py [--articles 2000] [--model NAME]

Baseline: `nlp.pipe` over the texts with the same pipeline (best of 1 and 2 processes).
Measured: reading from the corpus, `run_build` (parse + rules + resolution + RDF) and Turtle.
Prints the ratio, which is what BENCHMARKS.md records: bare seconds on a shared machine mean little.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.model import Article  # noqa: E402
from graph.nlp import DEFAULT_MODEL, load_pipeline  # noqa: E402
from graph.pipeline import run_build, serialize_turtle  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl.gz"


def corpus_articles(count: int) -> list[Article]:
    """The first `count` articles of the Reuters corpus."""
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            published = date.fromisoformat(row["published"]) if row.get("published") else None
            out.append(Article(row["id"], row["text"], row.get("title"), published, source=row["id"]))
            if len(out) >= count:
                break
    return out


def timed(action) -> float:
    """Seconds one call takes."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args()
    articles = corpus_articles(args.articles)
    nlp = load_pipeline(args.model)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    baseline = {n: timed(lambda n=n: [None for _ in nlp.pipe(texts, n_process=n, batch_size=32)]) for n in (1, 2)}
    best = min(baseline, key=baseline.get)
    builds = {}
    for n in (1, 2):
        builds[n] = timed(lambda n=n: serialize_turtle(run_build(articles, nlp, processes=n)[0]))
    print(f"{len(articles)} articles, {words} words, model {args.model}")
    print(f"bare nlp.pipe: 1 process {baseline[1]:.1f}s, 2 processes {baseline[2]:.1f}s (best: {best})")
    print(f"newsgraph build to Turtle: 1 process {builds[1]:.1f}s, 2 processes {builds[2]:.1f}s")
    ratio = min(builds.values()) / baseline[best]
    print(f"ratio build / bare spaCy (best of each): {ratio:.2f}  ({words / min(builds.values()):.0f} words/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
