"""Extraction on a Dask distributed cluster: workers parse and run the rules, the client resolves.

Workers need newsgraph (same code, same lexicons) and the spaCy pipeline installed. Articles go out
in batches, a bounded number at a time, and come back in input order, so the graph equals a local
build's. Resolution and RDF stay on the machine that runs `newsgraph build`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from .lexicon import ontology_dir
from .model import Article, Extraction
from .workers import batches, extract_batch, in_order


class ClusterError(Exception):
    """The Dask cluster cannot be reached, has no workers, or runs other newsgraph code."""


def rules_fingerprint() -> str:
    """A hash of newsgraph's code and lexicons: workers must match the client to give the same graph."""
    digest = hashlib.sha256()
    files = sorted(Path(__file__).parent.glob("*.py")) + sorted((ontology_dir() / "lexicon").glob("*.json"))
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class DaskExtractor:
    """An extractor (articles in, extractions out, in order) over a Dask scheduler at `address`."""

    def __init__(self, address: str, model: str, *, batch_size: int = 32, timeout: float = 30.0) -> None:
        try:
            from distributed import Client
        except ImportError as error:
            raise ClusterError("--dask needs the 'distributed' package: pip install 'newsgraph[dask]'") from error
        self.model = model
        self.batch_size = batch_size
        try:
            self.client = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError) as error:
            raise ClusterError(f"cannot reach the Dask scheduler at {address} ({error})") from error
        try:
            self.client.wait_for_workers(1, timeout=timeout)
        except (OSError, TimeoutError) as error:
            self.client.close()
            raise ClusterError(f"the Dask scheduler at {address} has no workers after {timeout:.0f}s") from error
        self._check_workers()

    def _check_workers(self) -> None:
        mine = rules_fingerprint()
        theirs = self.client.run(rules_fingerprint)
        stale = sorted(worker for worker, fingerprint in theirs.items() if fingerprint != mine)
        if stale:
            self.client.close()
            raise ClusterError(f"workers {', '.join(stale)} run other newsgraph code or lexicons than this "
                               "machine; install the same version on every worker")

    def __call__(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """Extractions of the articles, in their order, with a bounded number of batches in flight."""
        window = max(2, 2 * sum(self.client.nthreads().values()))
        submitted = (self.client.submit(extract_batch, self.model, batch, pure=False)
                     for batch in batches(articles, self.batch_size))
        yield from in_order(submitted, window)

    def close(self) -> None:
        """Disconnect from the scheduler (the cluster keeps running)."""
        self.client.close()
