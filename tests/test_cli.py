"""Every command through click's CliRunner: help, exit codes, outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from graph.cli import main

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = ["build", "query", "view", "export", "serve"]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cli")
    result = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output and len(result.output.splitlines()) > 3


def test_group_help_lists_commands():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.output


@pytest.mark.model
def test_build_writes_turtle_and_html(built):
    assert len(Graph().parse(built / "graph.ttl")) > 100
    html = (built / "graph.html").read_text(encoding="utf-8")
    assert "<html" in html.lower() and "Putin" in html


def test_build_missing_path_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nope.txt"), "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "nope.txt" in result.output


@pytest.mark.model
def test_build_with_a_bad_input_exits_1_and_keeps_the_rest(tmp_path):
    bad = tmp_path / "in" / "empty.txt"
    bad.parent.mkdir()
    bad.write_text("", encoding="utf-8")
    good = tmp_path / "in" / "good.txt"
    good.write_text("Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing.\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "empty.txt" in result.output
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    labels = {str(o) for o in graph.objects(None, None) if "Lavrov" in str(o)}
    assert labels


def test_build_unknown_model_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("Iran and Russia signed a treaty.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--out", str(tmp_path), "--model",
                                       "no_such_pipeline"])
    assert result.exit_code == 2
    assert "no_such_pipeline" in result.output


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_formats(built, fmt):
    query = ("PREFIX ng: <https://w3id.org/newsgraph/ontology#> "
             "SELECT ?p WHERE { ?p a ng:Person } ORDER BY ?p")
    result = CliRunner().invoke(main, ["query", str(built / "graph.ttl"), query, "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        data = json.loads(result.output)
        assert data["head"]["vars"] == ["p"] and len(data["results"]["bindings"]) >= 5
    else:
        assert "person-vladimir-putin" in result.output


@pytest.mark.model
def test_query_syntax_error_exits_2(built):
    result = CliRunner().invoke(main, ["query", str(built / "graph.ttl"), "SELECT ?x WHERE { ?x ?y "])
    assert result.exit_code == 2
    assert "line" in result.output


@pytest.mark.model
def test_named_query_by_name(built):
    result = CliRunner().invoke(main, ["query", str(built / "graph.ttl"), "leaders", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "Putin" in result.output


@pytest.mark.model
def test_view_redraws_html(built, tmp_path):
    target = tmp_path / "again.html"
    result = CliRunner().invoke(main, ["view", str(built / "graph.ttl"), "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert "Putin" in target.read_text(encoding="utf-8")


@pytest.mark.model
def test_update_skips_known_articles(built, tmp_path):
    out = tmp_path / "upd"
    runner = CliRunner()
    first = runner.invoke(main, ["build", str(ROOT / "seeds" / "000_7ec48c0b41c08f80.txt"), "--out", str(out)])
    assert first.exit_code == 0, first.output
    second = runner.invoke(main, ["build", str(ROOT / "seeds"), "--out", str(out), "--update"])
    assert second.exit_code == 0, second.output
    assert "1 articles in" in second.output and "1 already there" in second.output
    assert (out / "graph.ttl").read_bytes() == (built / "graph.ttl").read_bytes()
