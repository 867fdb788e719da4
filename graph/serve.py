"""A read-only SPARQL 1.1 Protocol endpoint at /sparql, answered by Oxigraph (an existing engine)."""

from __future__ import annotations

import html
import itertools
import json
import multiprocessing
import queue
import shutil
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pyoxigraph

RESULT_TYPES = {  # Accept -> (Oxigraph results format, Content-Type)
    "application/sparql-results+json": (pyoxigraph.QueryResultsFormat.JSON, "application/sparql-results+json"),
    "application/json": (pyoxigraph.QueryResultsFormat.JSON, "application/sparql-results+json"),
    "application/sparql-results+xml": (pyoxigraph.QueryResultsFormat.XML, "application/sparql-results+xml"),
    "text/csv": (pyoxigraph.QueryResultsFormat.CSV, "text/csv; charset=utf-8"),
    "text/tab-separated-values": (pyoxigraph.QueryResultsFormat.TSV, "text/tab-separated-values; charset=utf-8"),
}
GRAPH_TYPES = {"text/turtle": (pyoxigraph.RdfFormat.TURTLE, "text/turtle; charset=utf-8"),
               "application/n-triples": (pyoxigraph.RdfFormat.N_TRIPLES, "application/n-triples")}
FORM = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>newsgraph SPARQL</title></head><body>"
        "<h1>newsgraph SPARQL endpoint</h1><p>Graph: {name}. Read-only.</p>"
        "<form action='/sparql' method='post'><textarea name='query' rows='12' cols='90'>"
        "SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT 10</textarea><br><button>Run</button></form></body></html>")


class Endpoint:
    """The graph in an on-disk Oxigraph store, and query processes that a timeout can really stop.

    Each query runs in one of a few worker processes holding the store read-only; a query that
    runs past the timeout gets a 503 and its process is killed and replaced, so it stops using CPU.
    """

    def __init__(self, graph_path: str | Path, timeout_s: float = 10.0, max_rows: int = 10_000, workers: int = 2):
        self.path = Path(graph_path)
        self.timeout_s = timeout_s
        self.max_rows = max_rows
        self.store_dir = tempfile.mkdtemp(prefix="newsgraph-serve-")
        store = pyoxigraph.Store(self.store_dir)
        store.bulk_load(path=str(self.path), format=pyoxigraph.RdfFormat.TURTLE)
        store.flush()
        del store  # the workers open it read-only
        self._context = multiprocessing.get_context("spawn")
        self.idle: queue.Queue[QueryProcess] = queue.Queue()
        for _ in range(workers):
            self.idle.put(QueryProcess(self.store_dir, max_rows, self._context))

    def answer(self, query: str, accept: str) -> tuple[int, str, bytes, dict[str, str]]:
        """Status, content type, body and extra headers for one query."""
        worker = self.idle.get()
        try:
            found = worker.ask(query, accept, self.timeout_s)
            if found is None:
                worker.stop()
                worker = QueryProcess(self.store_dir, self.max_rows, self._context)
                return 503, "text/plain; charset=utf-8", f"query stopped after {self.timeout_s:g} s\n".encode(), {}
            return found
        finally:
            self.idle.put(worker)

    def close(self) -> None:
        """Stop the query processes and remove the store."""
        while not self.idle.empty():
            self.idle.get().stop()
        shutil.rmtree(self.store_dir, ignore_errors=True)


class QueryProcess:
    """One worker process answering queries over the read-only store, one at a time."""

    def __init__(self, store_dir: str, max_rows: int, context: Any) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_answer_queries, args=(store_dir, max_rows, child), daemon=True)
        self.process.start()
        child.close()

    def ask(self, query: str, accept: str, timeout_s: float) -> tuple[int, str, bytes, dict[str, str]] | None:
        """The answer, or None when it did not come within the timeout (or the process died)."""
        try:
            self.connection.send((query, accept))
            if self.connection.poll(timeout_s):
                return self.connection.recv()
        except (EOFError, OSError):
            pass
        return None

    def stop(self) -> None:
        """Kill the process (it may be deep in a query) and wait for it."""
        self.process.kill()
        self.process.join(timeout=10)
        self.connection.close()


def _answer_queries(store_dir: str, max_rows: int, connection: Any) -> None:
    store = pyoxigraph.Store.read_only(store_dir)
    while True:
        try:
            query, accept = connection.recv()
        except (EOFError, OSError):
            return
        connection.send(answer_query(store, query, accept, max_rows))


def answer_query(store: pyoxigraph.Store, query: str, accept: str,
                 max_rows: int) -> tuple[int, str, bytes, dict[str, str]]:
    """Status, content type, body and extra headers of one read-only query over a store."""
    try:
        result = store.query(query)
    except SyntaxError as error:
        return 400, "text/plain; charset=utf-8", f"query error: {error}\n".encode(), {}
    if isinstance(result, pyoxigraph.QueryTriples):
        rdf_format, ctype = next((GRAPH_TYPES[t] for t in _types(accept) if t in GRAPH_TYPES),
                                 GRAPH_TYPES["text/turtle"])
        triples = list(itertools.islice(result, max_rows + 1))
        cut = {"X-Newsgraph-Truncated": "true"} if len(triples) > max_rows else {}
        return 200, ctype, pyoxigraph.serialize(triples[:max_rows], format=rdf_format) or b"", cut
    fmt, ctype = next((RESULT_TYPES[t] for t in _types(accept) if t in RESULT_TYPES),
                      RESULT_TYPES["application/sparql-results+json"])
    if isinstance(result, pyoxigraph.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows: list[pyoxigraph.QuerySolution] = []
        for solution in result:
            if len(rows) == max_rows:  # cut, as SPARQL JSON whatever was asked, and say so
                body = json.dumps({"head": {"vars": variables},
                                   "results": {"bindings": [_bindings(r, variables) for r in rows]}})
                return 200, "application/sparql-results+json", body.encode(), {"X-Newsgraph-Truncated": "true"}
            rows.append(solution)
        again = store.query(query)
        assert isinstance(again, pyoxigraph.QuerySolutions)
        return 200, ctype, again.serialize(format=fmt) or b"", {}
    return 200, ctype, result.serialize(format=fmt) or b"", {}


def _bindings(solution: pyoxigraph.QuerySolution, variables: list[str]) -> dict:
    out = {}
    for name in variables:
        term = solution[name]
        if isinstance(term, pyoxigraph.NamedNode):
            out[name] = {"type": "uri", "value": term.value}
        elif isinstance(term, pyoxigraph.BlankNode):
            out[name] = {"type": "bnode", "value": term.value}
        elif isinstance(term, pyoxigraph.Literal):
            out[name] = {"type": "literal", "value": term.value, **(
                {"xml:lang": term.language} if term.language else {"datatype": term.datatype.value})}
    return out


def _types(accept: str) -> list[str]:
    return [part.split(";")[0].strip().lower() for part in (accept or "").split(",") if part.strip()]


def _is_update(query: str) -> bool:
    try:
        pyoxigraph.Store().update(query)  # parses as an update: refused, whatever it would do
    except SyntaxError:
        return False
    return True


def make_handler(endpoint: Endpoint) -> type[BaseHTTPRequestHandler]:
    """The request handler class bound to an endpoint."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "newsgraph"

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - keep the console quiet
            return

        def _send(self, status: int, ctype: str, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def _query(self, query: str | None, update: bool = False) -> None:
            if update or (query is not None and _is_update(query)):
                self._send(403, "text/plain; charset=utf-8", b"read-only endpoint: updates are refused\n")
            elif not query:
                self._send(400, "text/plain; charset=utf-8", b"give a query parameter\n")
            else:
                self._send(*endpoint.answer(query, self.headers.get("Accept", "")))

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            url = urlparse(self.path)
            if url.path == "/":
                self._send(200, "text/html; charset=utf-8",
                           FORM.format(name=html.escape(endpoint.path.name)).encode())
            elif url.path == "/sparql":
                params = parse_qs(url.query)
                self._query(next(iter(params.get("query", [])), None), update="update" in params)
            else:
                self._send(404, "text/plain; charset=utf-8", b"not found: use /sparql\n")

        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            if urlparse(self.path).path != "/sparql":
                self._send(404, "text/plain; charset=utf-8", b"not found: use /sparql\n")
                return
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8", "replace")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if ctype == "application/sparql-update":
                self._query(None, update=True)
            elif ctype == "application/sparql-query":
                self._query(body)
            else:
                params = parse_qs(body)
                self._query(next(iter(params.get("query", [])), None), update="update" in params)

    return Handler


class SparqlServer(ThreadingHTTPServer):
    """An HTTP server that also stops its endpoint's query processes when closed."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], endpoint: Endpoint) -> None:
        self.endpoint = endpoint
        try:
            super().__init__(address, make_handler(endpoint))
        except OSError:
            endpoint.close()
            raise

    def server_close(self) -> None:
        """Close the socket, then the endpoint."""
        super().server_close()
        self.endpoint.close()


def make_server(graph_path: str | Path, host: str = "127.0.0.1", port: int = 7878, **limits) -> SparqlServer:
    """A server bound to host:port (loopback unless told otherwise), not yet serving."""
    return SparqlServer((host, port), Endpoint(graph_path, **limits))


def serve(graph_path: str | Path, host: str = "127.0.0.1", port: int = 7878) -> None:
    """Serve until interrupted."""
    server = make_server(graph_path, host, port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def serve_in_thread(graph_path: str | Path, **limits) -> tuple[SparqlServer, threading.Thread]:
    """A server on a free loopback port, running in a daemon thread (for tests and embedding)."""
    server = make_server(graph_path, "127.0.0.1", 0, **limits)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread
