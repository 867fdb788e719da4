"""SPARQL on a built Reuters graph: rdflib against Oxigraph, measured side by side in one run.

    python bench/sparql.py [--articles 2000] [--graph PATH] [--out DIR] [--timeout 300]

Builds the graph of the first N articles of ../shared/corpus/reuters21578.jsonl.gz with
`newsgraph build` (unless --graph gives one), then times, in one process:
- loading graph.ttl: rdflib `Graph.parse` against pyoxigraph `Store.bulk_load` (what `newsgraph query`
  does), into memory;
- every named query of ontology/queries on the loaded graphs: rdflib `Graph.query` against pyoxigraph
  `Store.query`, each including reading every row (both engines are lazy), best of --repeat runs.
It checks both engines give the same rows (as multisets; numbers compared by value) and prints a
markdown table with the ratio rdflib / Oxigraph per step. An rdflib query slower than --timeout is
stopped and reported as "> N s".
"""

from __future__ import annotations

import argparse
import gzip
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph  # noqa: E402
from rdflib import Graph, Literal  # noqa: E402

from graph.query import named_queries  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl.gz"


class Timeout(Exception):
    """An rdflib query ran past --timeout."""


def build_graph(articles: int, out: Path) -> Path:
    """`newsgraph build` on the first `articles` lines of the corpus (a temporary .jsonl.gz, outside the repo)."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp:
        subset = Path(tmp) / f"reuters-first-{articles}.jsonl.gz"
        with gzip.open(CORPUS, "rt", encoding="utf-8") as source, gzip.open(subset, "wt", encoding="utf-8") as target:
            for count, line in enumerate(source):
                if count >= articles:
                    break
                target.write(line)
        command = [sys.executable, "-c", "from graph.cli import main; main()", "build", str(subset),
                   "--out", str(out), "--processes", "2", "--no-shacl"]
        print(f"building: newsgraph build {subset.name} --out {out} --processes 2 --no-shacl", file=sys.stderr)
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True)
        print(f"built in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return out / "graph.ttl"


def as_text(term) -> str:
    """A term of either engine as comparable text: its value; numbers by value (40000000000.0 == 40000000000)."""
    if term is None:
        return ""
    text = str(term) if not isinstance(term, pyoxigraph.Literal | pyoxigraph.NamedNode | pyoxigraph.BlankNode) \
        else term.value
    if isinstance(term, Literal | pyoxigraph.Literal):
        try:
            return format(Decimal(text).normalize(), "f")
        except InvalidOperation:
            return text
    return text


def _alarm(_signum, _frame):
    raise Timeout


def best_of(run, repeat: int, timeout: float | None = None) -> tuple[float | None, list]:
    """Fastest of `repeat` calls of run() (which returns the rows) and the rows; None seconds on a timeout.

    Stops repeating once a call takes over 10 s: the best of several only matters for short steps.
    """
    best, rows = None, []
    for _ in range(repeat):
        if timeout:
            signal.signal(signal.SIGALRM, _alarm)
            signal.setitimer(signal.ITIMER_REAL, timeout)
        start = time.perf_counter()
        try:
            rows = run()
        except Timeout:
            return None, []
        finally:
            if timeout:
                signal.setitimer(signal.ITIMER_REAL, 0)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
        if elapsed > 10:
            break
    return best, rows


def seconds(value: float | None, timeout: float) -> str:
    if value is None:
        return f"> {timeout:g} s"
    if value < 0.1:
        return f"{value * 1000:.2g} ms" if value < 0.01 else f"{value * 1000:.0f} ms"
    return f"{value:.2f} s" if value < 10 else f"{value:.0f} s"


def ratio(slow: float | None, fast: float | None, timeout: float) -> str:
    if fast is None or fast <= 0:
        return "n/a"
    if slow is None:  # a lower bound: two significant digits are all it says
        return f"> {float(f'{timeout / fast:.2g}'):,.0f}"
    return f"{slow / fast:,.1f}" if slow / fast < 100 else f"{slow / fast:,.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="first N articles of the corpus (default 2000)")
    parser.add_argument("--graph", type=Path, help="an existing graph.ttl to use instead of building one")
    parser.add_argument("--out", type=Path, help="folder to build into (default: a temporary folder)")
    parser.add_argument("--timeout", type=float, default=300, help="stop an rdflib query after this many seconds")
    parser.add_argument("--repeat", type=int, default=3, help="runs per step; the fastest counts (default 3)")
    args = parser.parse_args()

    if args.graph:
        path = args.graph
    else:
        out = args.out or Path(tempfile.mkdtemp(prefix=f"newsgraph-sparql-{args.articles}-"))
        path = build_graph(args.articles, out)

    holder: dict = {}

    def rdflib_load():
        holder["graph"] = Graph().parse(str(path), format="turtle")
        return []

    def oxigraph_load():
        store = pyoxigraph.Store()
        store.bulk_load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
        holder["store"] = store
        return []

    rows_out = []
    rdflib_s, _ = best_of(rdflib_load, args.repeat)
    oxigraph_s, _ = best_of(oxigraph_load, args.repeat)
    graph, store = holder["graph"], holder["store"]
    triples = len(graph)
    if len(store) != triples:
        print(f"load: rdflib has {triples} triples, Oxigraph {len(store)}", file=sys.stderr)
        return 1
    rows_out.append(("load graph.ttl", f"{triples:,} triples", rdflib_s, oxigraph_s, "same triples count"))
    totals = {"rdflib": rdflib_s or 0.0, "oxigraph": oxigraph_s or 0.0}
    timed_out = False

    mismatches = []
    for name, query in sorted(named_queries().items()):
        def with_rdflib(text=query.text):
            return [tuple(row) for row in graph.query(text)]

        def with_oxigraph(text=query.text):
            solutions = store.query(text, use_default_graph_as_union=True)
            variables = solutions.variables
            return [tuple(solution[v] for v in variables) for solution in solutions]

        ox_s, ox_rows = best_of(with_oxigraph, args.repeat)
        rd_s, rd_rows = best_of(with_rdflib, args.repeat, timeout=args.timeout)
        if rd_s is None:
            check = "not compared (rdflib timed out)"
        else:
            same = Counter(tuple(as_text(t) for t in r) for r in rd_rows) == \
                Counter(tuple(as_text(t) for t in r) for r in ox_rows)
            check = "same rows" if same else "DIFFERENT ROWS"
            if not same:
                mismatches.append(name)
        size = f"{len(ox_rows):,} row{'' if len(ox_rows) == 1 else 's'}"
        rows_out.append((f"query `{name}`", size, rd_s, ox_s, check))
        timed_out = timed_out or rd_s is None
        totals["rdflib"] += args.timeout if rd_s is None else rd_s  # a timeout counts as --timeout: a lower bound
        totals["oxigraph"] += ox_s or 0.0
        print(f"{name}: rdflib {seconds(rd_s, args.timeout)}, Oxigraph {seconds(ox_s, args.timeout)}, {check}",
              file=sys.stderr)

    print(f"\ngraph: {path} ({triples:,} triples)\n")
    print("| step | size | rdflib | Oxigraph | rdflib / Oxigraph | check |")
    print("| --- | --- | --- | --- | --- | --- |")
    for step, size, rd_s, ox_s, check in rows_out:
        print(f"| {step} | {size} | {seconds(rd_s, args.timeout)} | {seconds(ox_s, args.timeout)} | "
              f"{ratio(rd_s, ox_s, args.timeout)} | {check} |")
    rd_total, ox_total = totals["rdflib"], totals["oxigraph"]
    bound = "> " if timed_out else ""
    print(f"| load and every query | | {bound}{seconds(rd_total, args.timeout)} | {seconds(ox_total, args.timeout)} | "
          f"{bound}{ratio(rd_total, ox_total, args.timeout)} | |")
    if mismatches:
        print(f"\nrows differ between the engines: {', '.join(mismatches)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
