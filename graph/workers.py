"""Extraction in worker processes: each parses a batch with spaCy and runs the rules, and only the
small Extraction records come back (spaCy's own `n_process` ships every parsed Doc back instead)."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from itertools import islice
from typing import Any

from .extract import extract
from .lexicon import load_lexicon
from .model import Article, Extraction
from .nlp import parse_text


@lru_cache(maxsize=2)
def _pipeline(model: str) -> Any:
    from .nlp import load_pipeline

    return load_pipeline(model)


def warm(model: str) -> None:
    """Load the pipeline and the lexicons once, when a worker starts."""
    _pipeline(model)
    load_lexicon()


def extract_batch(model: str, articles: list[Article]) -> list[Extraction]:
    """Parse a batch of articles and run the rules (in a worker; the pipeline is loaded once there)."""
    nlp = _pipeline(model)
    lexicon = load_lexicon()
    docs = nlp.pipe([parse_text(a.text) for a in articles])
    return [extract(doc, article, lexicon) for doc, article in zip(docs, articles, strict=True)]


def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Articles in lists of `size`, read lazily."""
    stream = iter(articles)
    while batch := list(islice(stream, size)):
        yield batch


def in_order(futures: Iterable[Any], window: int) -> Iterator[Extraction]:
    """Results of submitted batches (local or Dask futures) in submission order, at most `window` in flight."""
    pending: deque[Any] = deque()
    for future in futures:
        pending.append(future)
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


class PoolExtractor:
    """An extractor over `processes` local worker processes, each with its own pipeline.

    The pool stays up until `close()`, so the build can hand it other work (the SHACL check) while
    the main process writes the outputs.
    """

    def __init__(self, model: str, processes: int, batch_size: int = 16) -> None:
        self.model = model
        self.processes = processes
        self.batch_size = batch_size
        context = multiprocessing.get_context("spawn")  # no fork of a process that may hold threads
        self.pool = ProcessPoolExecutor(processes, mp_context=context, initializer=warm, initargs=(model,))

    def __call__(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """Extractions of the articles, in their order."""
        submitted = (self.pool.submit(extract_batch, self.model, batch)
                     for batch in batches(articles, self.batch_size))
        yield from in_order(submitted, window=4 * self.processes)

    def submit(self, function: Callable[..., Any], *args: Any) -> Future:
        """Run any picklable function in a worker."""
        return self.pool.submit(function, *args)

    def close(self) -> None:
        """Stop the workers."""
        self.pool.shutdown(cancel_futures=True)
