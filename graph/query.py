"""SPARQL over a built graph (Oxigraph or rdflib), results as a table, CSV or SPARQL JSON."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef

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


def run_query(source: str | Path | Graph, sparql: str, *, engine: str = "auto") -> QueryResult:
    """Run a SELECT, ASK or CONSTRUCT query."""
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
