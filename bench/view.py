"""How long the HTML view of a Reuters graph takes to render in Python and to draw in headless chromium.

    python bench/view.py [--articles 1000] [--graph GRAPH.ttl] [--runs 3] [--screenshot PNG] [--viewport 1600x1000]

Without --graph it builds the graph of the first N Reuters articles (copied to a temporary
.jsonl.gz; the corpus never enters the repository) with `newsgraph build`. Then it times
`newsgraph view` (process start to written page), `render_html` in this process (best of 3),
and in Debian's chromium the time from navigation to the page's `newsgraphReady` flag: the
network drawn with physics off (laid out in Python, or stabilised by vis-network for small
graphs). Prints a Markdown row for BENCHMARKS.md and saves a screenshot. The README's picture:

    newsgraph build seeds --out /tmp/seedsout
    python bench/view.py --graph /tmp/seedsout/graph.ttl --screenshot docs/view.png --viewport 1400x850
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.query import load_graph  # noqa: E402
from graph.view import render_html  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl.gz"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def newsgraph(*args: str) -> float:
    """Run the newsgraph command; seconds it took."""
    command = shutil.which("newsgraph")
    if command is None:
        sys.exit("newsgraph is not on PATH: pip install -e . first")
    start = time.perf_counter()
    subprocess.run([command, *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def build_graph(articles: int, work: Path) -> tuple[Path, float]:
    """The graph of the first `articles` lines of the corpus, and the build's seconds."""
    sample = work / f"reuters-{articles}.jsonl.gz"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as source, gzip.open(sample, "wt", encoding="utf-8") as out:
        for number, line in enumerate(source):
            if number >= articles:
                break
            out.write(line)
    seconds = newsgraph("build", str(sample), "--out", str(work / "out"))
    return work / "out" / "graph.ttl", seconds


def draw(page_path: Path, runs: int, screenshot: Path | None, viewport: dict) -> dict:
    """Seconds from navigation to newsgraphReady over `runs` fresh pages, counts, and a screenshot."""
    from playwright.sync_api import sync_playwright

    walls, in_page, errors = [], [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), headless=True, args=CHROMIUM_ARGS)
        for run in range(runs):
            page = browser.new_page(viewport=viewport)
            page.on("pageerror", lambda e: errors.append(str(e)))
            start = time.perf_counter()
            page.goto(page_path.as_uri(), wait_until="commit")
            page.wait_for_function("() => window.newsgraphReady === true", timeout=300_000)
            walls.append(time.perf_counter() - start)
            in_page.append(page.evaluate("window.newsgraphReadyAt") / 1000)  # since navigation start
            if run == runs - 1:
                counts = page.evaluate("[network.body.data.nodes.length, network.body.data.edges.length,"
                                       " network.physics.options.enabled]")
                if screenshot is not None:
                    page.screenshot(path=str(screenshot))
            page.close()
        browser.close()
    if errors:
        sys.exit(f"page errors: {errors}")
    return {"wall": walls, "in_page": in_page, "nodes": counts[0], "edges": counts[1], "physics": counts[2]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--graph", type=Path, help="reuse a built graph.ttl instead of building one")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--screenshot", type=Path,
                        help="PNG to save (default bench/view-N.png when building, none with --graph)")
    parser.add_argument("--viewport", default="1600x1000", help="browser window, WIDTHxHEIGHT")
    args = parser.parse_args()
    width, height = (int(v) for v in args.viewport.split("x"))
    with tempfile.TemporaryDirectory(prefix="newsgraph-view-") as tmp:
        work = Path(tmp)
        build_seconds = None
        if args.graph is None:
            graph_path, build_seconds = build_graph(args.articles, work)
            screenshot = args.screenshot or ROOT / "bench" / f"view-{args.articles}.png"
        else:
            graph_path, screenshot = args.graph, args.screenshot
        page_path = work / "view.html"
        view_seconds = newsgraph("view", str(graph_path), "--out", str(page_path))
        graph = load_graph(graph_path)
        renders = []
        for _ in range(3):
            start = time.perf_counter()
            html = render_html(graph)
            renders.append(time.perf_counter() - start)
        result = draw(page_path, args.runs, screenshot, {"width": width, "height": height})
    source = f"first {args.articles} of Reuters-21578" if args.graph is None else str(args.graph)
    print(f"graph: {source}; {result['nodes']} nodes, {result['edges']} edges; page {len(html.encode()):,} bytes; "
          f"physics left on: {result['physics']}")
    if build_seconds is not None:
        print(f"newsgraph build: {build_seconds:.1f} s")
    print(f"newsgraph view (whole command): {view_seconds:.2f} s; render_html best of 3: {min(renders):.2f} s")
    print("navigation -> drawn, wall: " + ", ".join(f"{s:.2f}" for s in result["wall"])
          + f" s (median {statistics.median(result['wall']):.2f}); in page: "
          + ", ".join(f"{s:.2f}" for s in result["in_page"]) + " s")
    if screenshot is not None:
        print(f"screenshot: {screenshot} ({screenshot.stat().st_size:,} bytes)")
    megabytes = len(html.encode()) / 1e6
    print(f"| {date.today()} | {source} | {result['nodes']:,} | {result['edges']:,} | {megabytes:.1f} MB "
          f"| {min(renders):.2f} s | {view_seconds:.2f} s | {statistics.median(result['wall']):.2f} s, "
          f"{max(result['wall']):.2f} s | {min(result['in_page']):.2f}-{max(result['in_page']):.2f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
