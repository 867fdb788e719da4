"""The newsgraph command line: thin click commands over the library."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import click

from . import nlp as nlp_module

DEFAULT_OUT = "out"


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"newsgraph: {message}", err=True)
    sys.exit(code)


class Progress:
    """A progress bar (articles per second, time left) on a terminal; a log line per 1,000 articles otherwise."""

    EVERY = 1000

    def __init__(self, inputs: tuple[Path, ...], *, on_terminal: bool) -> None:
        self.inputs = inputs
        self.on_terminal = on_terminal
        self.bar: Any = None
        self.done = 0
        self.started = time.perf_counter()

    def __enter__(self) -> Progress:
        if self.on_terminal:
            from .read import count_articles

            self.bar = click.progressbar(length=max(1, count_articles(self.inputs)), label="articles",
                                         show_eta=True, show_pos=True, file=sys.stderr,
                                         item_show_func=lambda rate: rate)
            self.bar.__enter__()
        return self

    def update(self, count: int) -> None:
        """Called after each article is extracted, with the count so far."""
        rate = count / max(time.perf_counter() - self.started, 1e-9)
        if self.bar is not None:
            self.bar.update(count - self.done, current_item=f"{rate:.1f}/s")
        elif count % self.EVERY == 0:
            click.echo(f"newsgraph: {count:,} articles extracted ({rate:.1f}/s)", err=True)
        self.done = count

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsgraph")
def main() -> None:
    """Turn news articles into a knowledge graph (Turtle and an offline HTML view)."""


@main.command("build")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default=DEFAULT_OUT, show_default=True, type=click.Path(path_type=Path),
              help="Folder for graph.ttl and graph.html.")
@click.option("--model", default=nlp_module.DEFAULT_MODEL, show_default=True, help="The spaCy pipeline to use.")
@click.option("--processes", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes for spaCy's nlp.pipe.")
@click.option("--min-confidence", default=0.0, show_default=True, type=click.FloatRange(0.0, 1.0),
              help="Leave out evidence below this confidence.")
@click.option("--update", is_flag=True, help="Add to the graph already in --out, skipping articles already there.")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
              help="Run extraction on a Dask cluster (tcp://SCHEDULER:8786); resolution stays here.")
@click.option("--top", "top_n", default=None, type=click.IntRange(1), help="Draw only the top N entities.")
@click.option("--no-shacl", is_flag=True, help="Skip the SHACL check of the built graph.")
@click.option("-v", "--verbose", is_flag=True, help="Show details of rejected inputs.")
def build_cli(inputs: tuple[Path, ...], out_dir: Path, model: str, processes: int, min_confidence: float,
              update: bool, dask_address: str | None, top_n: int | None, no_shacl: bool, verbose: bool) -> None:
    """Build out/graph.ttl and out/graph.html from articles (.txt, .md, .jsonl, .html; folders walked)."""
    from .pipeline import BuildOptions, build_outputs
    from .read import InputPathError, check_paths

    try:
        check_paths(inputs)
    except InputPathError as error:
        raise click.UsageError(str(error)) from error
    from .cache import CacheError
    from .cluster import ClusterError

    options = BuildOptions(model=model, processes=processes, min_confidence=min_confidence, update=update,
                           dask_address=dask_address, top_n=top_n, shacl=not no_shacl)
    progress = Progress(inputs, on_terminal=sys.stderr.isatty())
    try:
        with progress:
            report = build_outputs(list(inputs), out_dir, options, progress=progress.update)
    except nlp_module.ModelNotFound as error:
        raise click.UsageError(str(error)) from error
    except (CacheError, ClusterError) as error:
        _fail(str(error), 1)
    for rejection in report.rejected:
        click.echo(f"newsgraph: rejected {rejection.source}: {rejection.reason}", err=True)
    for warning in report.warnings:
        click.echo(f"newsgraph: warning: {warning.source}: {warning.message}", err=True)
    click.echo(f"{report.articles} articles in, {len(report.rejected)} rejected, {report.skipped} already there; "
               f"{report.entities} entities, {report.facts} facts, {report.triples} triples "
               f"in {report.seconds:.1f}s -> {out_dir}/graph.ttl, {out_dir}/graph.html", err=True)
    if report.shacl_report:
        _fail(f"the graph does not conform to ontology/shapes.ttl:\n{report.shacl_report}", 1)
    if report.rejected:
        sys.exit(1)


@main.command("query")
@click.argument("graph_path", metavar="GRAPH", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("sparql", required=False)
@click.option("--file", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--engine", type=click.Choice(["auto", "oxigraph", "rdflib"]), default="auto", show_default=True)
def query_cli(graph_path: Path, sparql: str | None, query_file: Path | None, fmt: str, engine: str) -> None:
    """Run a SPARQL 1.1 SELECT / ASK / CONSTRUCT query (text, a named query, or --file) over a graph."""
    from .query import QuerySyntaxError, format_result, named_queries, run_query

    if query_file is not None:
        text = query_file.read_text(encoding="utf-8")
    elif sparql is None:
        raise click.UsageError("give a SPARQL query, the name of a named query, or --file QUERY.rq")
    else:
        text = named_queries()[sparql].text if sparql in named_queries() else sparql
    try:
        result = run_query(graph_path, text, engine=engine)
    except QuerySyntaxError as error:
        _fail(f"query error at line {error.line}, column {error.column}: {error}", 2)
    click.echo(format_result(result, fmt), nl=False)


@main.command("view")
@click.argument("graph_path", metavar="GRAPH", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out_file", default=None, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file (default: graph.html beside GRAPH).")
@click.option("--top", "top_n", default=None, type=click.IntRange(1), help="Draw only the top N entities.")
@click.option("--min-confidence", default=0.0, type=click.FloatRange(0.0, 1.0))
def view_cli(graph_path: Path, out_file: Path | None, top_n: int | None, min_confidence: float) -> None:
    """Draw the interactive HTML view again from a Turtle graph."""
    from .query import load_graph
    from .view import write_html

    target = out_file or graph_path.with_suffix(".html")
    write_html(load_graph(graph_path), target, title=graph_path.stem, top_n=top_n, min_confidence=min_confidence)
    click.echo(f"wrote {target}", err=True)


@main.command("export")
@click.argument("graph_path", metavar="GRAPH", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--to", "target", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write: .nt, .jsonld, .trig, .graphml or .gexf.")
def export_cli(graph_path: Path, target: Path) -> None:
    """Write the graph in another format, chosen by the extension of --to."""
    from .export import export_graph
    from .query import load_graph

    try:
        export_graph(load_graph(graph_path), target)
    except ValueError as error:
        raise click.UsageError(str(error)) from error
    click.echo(f"wrote {target}", err=True)


@main.command("serve")
@click.argument("graph_path", metavar="GRAPH", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
def serve_cli(graph_path: Path, host: str, port: int) -> None:
    """A read-only SPARQL 1.1 Protocol endpoint at /sparql."""
    from .serve import serve

    click.echo(f"serving {graph_path} at http://{host}:{port}/sparql (read-only; Ctrl-C stops)", err=True)
    serve(graph_path, host=host, port=port)
