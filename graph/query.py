"""SPARQL over a built graph (Oxigraph or rdflib), results as a table, CSV or SPARQL JSON."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef

from .vocab import bind_prefixes

FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".jsonld": "json-ld", ".nq": "nquads"}


class QuerySyntaxError(Exception):
    """A malformed query, with where the parser stopped."""

    def __init__(self, message: str, line: int = 1, column: int = 1):
        super().__init__(message)
        self.line, self.column = line, column


@dataclass(frozen=True)
class QueryResult:
    """The answer to one query."""

    kind: str  # select | ask | graph
    variables: tuple[str, ...] = ()
    rows: tuple[tuple, ...] = ()
    boolean: bool = False
    graph: Graph = field(default_factory=Graph)


@dataclass(frozen=True)
class NamedQuery:
    """A query shipped in ontology/queries."""

    name: str
    description: str
    text: str


def load_graph(path: str | Path) -> Graph:
    """A graph file, its format by extension."""
    return Graph().parse(str(path), format=FORMATS.get(Path(path).suffix.lower(), "turtle"))


def named_queries() -> dict[str, NamedQuery]:
    """The named queries of ontology/queries/*.rq."""
    from .lexicon import ontology_dir

    out = {}
    for path in sorted((ontology_dir() / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        description = " ".join(ln.lstrip("# ").strip() for ln in text.splitlines() if ln.startswith("#"))
        out[path.stem] = NamedQuery(path.stem, description, text)
    return out


OXIGRAPH_FORMATS = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".trig": "TRIG", ".nq": "N_QUADS"}


def _from_oxigraph(term):
    """An Oxigraph term as the rdflib term with the same value."""
    import pyoxigraph

    if term is None:
        return None
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(term.value)  # RDF 1.1: a simple literal is an xsd:string; rdflib writes it plain
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def run_oxigraph(path: Path, sparql: str) -> QueryResult:
    """Run a query with Oxigraph: fast on big graphs, where rdflib's engine is slow."""
    import pyoxigraph

    store = pyoxigraph.Store()
    fmt = getattr(pyoxigraph.RdfFormat, OXIGRAPH_FORMATS[path.suffix.lower()])
    store.bulk_load(path=str(path), format=fmt)
    try:
        result = store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as error:
        match = re.search(r"(\d+):(\d+)", str(error))
        line, column = (int(match.group(1)), int(match.group(2))) if match else (1, 1)
        raise QuerySyntaxError(str(error).splitlines()[0][:300], line, column) from error
    if isinstance(result, bool | pyoxigraph.QueryBoolean):
        return QueryResult("ask", boolean=bool(result))
    if isinstance(result, pyoxigraph.QuerySolutions):
        variables = tuple(v.value for v in result.variables)
        rows = tuple(tuple(_from_oxigraph(solution[v]) for v in variables) for solution in result)
        return QueryResult("select", variables, rows)
    graph = Graph()
    bind_prefixes(graph)
    for triple in result:
        graph.add((_from_oxigraph(triple.subject), _from_oxigraph(triple.predicate), _from_oxigraph(triple.object)))
    return QueryResult("graph", graph=graph)


def run_query(source: str | Path | Graph, sparql: str, *, engine: str = "auto") -> QueryResult:
    """Run a SELECT, ASK or CONSTRUCT query: with Oxigraph on a file ("auto", "oxigraph"), else rdflib."""
    if not isinstance(source, Graph) and engine in {"auto", "oxigraph"} \
            and Path(source).suffix.lower() in OXIGRAPH_FORMATS:
        return run_oxigraph(Path(source), sparql)
    graph = source if isinstance(source, Graph) else load_graph(source)
    try:
        result = graph.query(sparql)
    except Exception as error:  # rdflib's parser raises pyparsing errors
        line = getattr(error, "lineno", None) or getattr(error, "line", 1)
        column = getattr(error, "col", None) or getattr(error, "column", 1)
        raise QuerySyntaxError(str(error).splitlines()[0], line if isinstance(line, int) else 1,
                               column if isinstance(column, int) else 1) from error
    if result.type == "ASK":
        return QueryResult("ask", boolean=bool(result.askAnswer))
    if result.type in {"CONSTRUCT", "DESCRIBE"}:
        return QueryResult("graph", graph=result.graph if result.graph is not None else Graph())
    variables = tuple(str(v) for v in result.vars or ())
    return QueryResult("select", variables, tuple(tuple(row) for row in result))  # type: ignore[arg-type]


def _json_term(term) -> dict | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal) and term.language:
        out["xml:lang"] = term.language
    elif isinstance(term, Literal) and term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def format_result(result: QueryResult, fmt: str) -> str:
    """Results as table, csv or json (SPARQL 1.1 results formats); graphs as Turtle."""
    if result.kind == "graph":
        return result.graph.serialize(format="turtle")
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean}) + "\n" if fmt == "json" else f"{result.boolean}\n"
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
                    for row in result.rows]
        return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(result.variables)
        writer.writerows([["" if t is None else str(t) for t in row] for row in result.rows])
        return buffer.getvalue()
    cells = [[re.sub(r"\s+", " ", "" if t is None else str(t))[:80] for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.variables, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(lines) + f"\n({len(cells)} rows)\n"
