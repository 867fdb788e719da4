"""The seeds' graph and its exports read by two RDF toolchains that share no code with rdflib:
Raptor's rapper and Jena's riot (Debian's jars, through tests/tools/jena.sh).

Each file must parse without an error or a warning (riot --validate also checks every typed literal
against its datatype), and every parser must count the triples rdflib counts. The negative controls
show the tools really check: a broken file makes them fail.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from graph.export import export_graph
from graph.pipeline import BuildOptions, build_outputs

ROOT = Path(__file__).resolve().parent.parent
JENA = ROOT / "tests" / "tools" / "jena.sh"
SYNTAX = {".ttl": "turtle", ".nt": "ntriples", ".trig": "trig"}

pytestmark = [pytest.mark.tools, pytest.mark.model]


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """The seeds built once (as `newsgraph build seeds` from the checkout), with .nt and .trig exports."""
    out = tmp_path_factory.mktemp("interop")
    here = Path.cwd()
    os.chdir(ROOT)
    try:
        build_outputs([Path("seeds")], out, BuildOptions(shacl=False))  # test_seeds checks the shapes
    finally:
        os.chdir(here)
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    for suffix in (".nt", ".trig"):
        export_graph(graph, out / f"graph{suffix}")
    return {suffix: out / f"graph{suffix}" for suffix in SYNTAX}


def rdflib_count(path: Path) -> int:
    """Triples rdflib reads from a file; for TriG, summed over its graphs (a fact is in each article's)."""
    if path.suffix == ".trig":
        dataset = Dataset()
        dataset.parse(path, format="trig")
        return sum(len(g) for g in dataset.graphs())
    return len(Graph().parse(path, format=SYNTAX[path.suffix]))


def rapper(path: Path, syntax: str) -> subprocess.CompletedProcess:
    exe = shutil.which("rapper")
    assert exe, "rapper not found: install raptor2-utils (.ci/run does)"
    return subprocess.run([exe, "-i", syntax, "-c", str(path)], capture_output=True, text=True, timeout=60)


def riot(*args: str) -> subprocess.CompletedProcess:
    assert shutil.which("java"), "java not found: install default-jre-headless (.ci/run does)"
    assert Path("/usr/share/java/jena-core.jar").exists(), "install libapache-jena-java (.ci/run does)"
    return subprocess.run([str(JENA), "riot", *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("suffix", list(SYNTAX))
def test_rapper_counts_what_rdflib_counts(files, suffix):
    path = files[suffix]
    result = rapper(path, SYNTAX[suffix])
    assert result.returncode == 0, result.stderr
    assert "Error" not in result.stderr and "Warning" not in result.stderr, result.stderr
    count = re.search(r"returned (\d+) triples?", result.stderr)
    assert count, result.stderr
    assert int(count.group(1)) == rdflib_count(path) > 500


@pytest.mark.parametrize("suffix", list(SYNTAX))
def test_riot_validates_without_a_word(files, suffix):
    result = riot("--validate", str(files[suffix]))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == "", result.stdout + result.stderr


@pytest.mark.parametrize("suffix", list(SYNTAX))
def test_riot_counts_what_rdflib_counts(files, suffix):
    path = files[suffix]
    result = riot("--count", str(path))
    assert result.returncode == 0, result.stderr
    count = re.search(r": (Triples|Quads) = (\d+)", result.stdout + result.stderr)  # riot writes it to stderr
    assert count, result.stdout + result.stderr
    assert count.group(1) == ("Quads" if suffix == ".trig" else "Triples")
    assert int(count.group(2)) == rdflib_count(path) > 500


BROKEN = """@prefix ex: <http://example.org/> .
ex:a ex:b ex:c ;
     ex:d "an unterminated string .
"""
ILL_TYPED = """@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:a ex:date "2023-13-45"^^xsd:date ; ex:value "12.5"^^xsd:decimal .
"""


def test_negative_control_broken_turtle_fails_both_tools(tmp_path):
    path = tmp_path / "broken.ttl"
    path.write_text(BROKEN, encoding="utf-8")
    assert rapper(path, "turtle").returncode != 0
    result = riot("--validate", str(path))
    assert result.returncode != 0 and "ERROR" in result.stderr, result.stderr


def test_negative_control_riot_checks_literals(tmp_path):
    """An xsd:date that is no date: riot --validate flags it (rapper does not look at datatypes)."""
    path = tmp_path / "ill-typed.ttl"
    path.write_text(ILL_TYPED, encoding="utf-8")
    result = riot("--validate", str(path))
    assert result.returncode != 0 and "2023-13-45" in result.stderr, result.stderr
