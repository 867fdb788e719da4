"""Bad input, hostile text and killed builds: what is good goes in, what is not is named, nothing is lost."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDFS, SKOS, Graph, Literal, URIRef

from graph.cache import read_cache
from graph.cli import main
from graph.model import Article, Entity, Evidence, Fact, InputWarning, Rejection, Resolved, Sentence
from graph.rdf import build_graph
from graph.read import MAX_ARTICLE_CHARS, read_inputs
from graph.turtle import turtle_bytes
from graph.view import render_html
from graph.vocab import NG, NGE, SCHEMA

ROOT = Path(__file__).resolve().parent.parent
RUN_CLI = "import sys; from graph.cli import main; sys.exit(main())"
GOOD = "Russian President Vladimir Putin met Iranian President Ebrahim Raisi in Tehran on Tuesday.\n"


def split(items):
    """Articles, rejections and warnings of a read."""
    items = list(items)
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Rejection)],
            [i for i in items if isinstance(i, InputWarning)])


# -- inputs ------------------------------------------------------------------------------------------


def test_a_20_mb_file_is_rejected_with_its_limit_and_the_rest_goes_in(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "huge.txt").write_text(("Word " * 200 + "\n") * 20_000, encoding="utf-8")  # ~20 MB
    (folder / "ok.txt").write_text(GOOD, encoding="utf-8")
    articles, rejected, _ = split(read_inputs([folder]))
    assert [a.id for a in articles] == ["ok"]
    assert rejected[0].source.endswith("huge.txt") and "limit of 5,000,000 bytes" in rejected[0].reason


def test_a_20_mb_jsonl_article_is_rejected_by_length_and_the_other_lines_go_in(tmp_path):
    path = tmp_path / "dump.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "big", "text": "Word " * 4_000_000}) + "\n")  # 20 MB of text
        handle.write(json.dumps({"id": "ok", "text": GOOD}) + "\n")
    articles, rejected, _ = split(read_inputs([path]))
    assert [a.id for a in articles] == ["ok"]
    assert rejected[0].source == f"{path}:1"
    assert f"over the limit of {MAX_ARTICLE_CHARS:,}" in rejected[0].reason


@pytest.mark.model
def test_cli_with_a_20_mb_article_builds_the_rest_and_exits_1(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "Word " * 4_000_000}) + "\n"
                    + json.dumps({"id": "ok", "text": GOOD}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"rejected {path}:1: article text of 20,000,000 characters" in result.output
    assert "Traceback" not in result.output
    assert "person-vladimir-putin" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_a_broken_symlink_in_a_folder_is_named(tmp_path):
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    articles, rejected, _ = split(read_inputs([tmp_path]))
    assert [a.id for a in articles] == ["ok"]
    assert rejected[0].source.endswith("gone.txt") and "cannot be read (FileNotFoundError" in rejected[0].reason


def refuse(monkeypatch, method: str, name: str) -> None:
    """Path.<method> on the path called `name` raises PermissionError, as it would for another user (root
    reads files whatever their mode, so the operating system's refusal is raised by hand)."""
    real = getattr(Path, method)

    def refusing(path: Path, *args, **kwargs):
        if path.name == name:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(Path, method, refusing)


def test_an_unreadable_file_is_named(tmp_path, monkeypatch):
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "secret.txt").write_text(GOOD, encoding="utf-8")
    refuse(monkeypatch, "read_bytes", "secret.txt")
    articles, rejected, _ = split(read_inputs([tmp_path]))
    assert [a.id for a in articles] == ["ok"]
    assert rejected[0].source.endswith("secret.txt")
    assert "cannot be read (PermissionError" in rejected[0].reason


def test_an_unreadable_folder_is_named_and_its_siblings_go_in(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    refuse(monkeypatch, "iterdir", "locked")
    articles, rejected, _ = split(read_inputs([tmp_path]))
    assert [a.id for a in articles] == ["ok"]
    assert rejected[0].source.endswith("locked") and "folder cannot be read" in rejected[0].reason


def test_a_fifo_is_refused_instead_of_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    articles, rejected, _ = split(read_inputs([tmp_path]))
    assert [a.id for a in articles] == ["ok"]
    assert sorted(Path(r.source).name for r in rejected) == ["pipe.jsonl", "pipe.txt"]
    assert all(r.reason == "not a regular file" for r in rejected)


# -- a killed build loses nothing --------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("after", [0.5, 2.0, 3.5, 5.0])
def test_a_killed_build_leaves_the_previous_outputs_whole(tmp_path, after):
    out = tmp_path / "out"
    first = subprocess.run([sys.executable, "-c", RUN_CLI, "build", str(ROOT / "seeds"), "--out", str(out)],
                           capture_output=True, text=True, cwd=ROOT)
    assert first.returncode == 0, first.stderr
    before = {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.html")}
    more = tmp_path / "more.jsonl"
    more.write_text("".join(json.dumps({"id": f"m{i}", "text": f"Report {i}.\n" + GOOD * 3}) + "\n" for i in range(40)),
                    encoding="utf-8")
    build = subprocess.Popen([sys.executable, "-c", RUN_CLI, "build", str(ROOT / "seeds"), str(more),
                              "--out", str(out), "--update"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             cwd=ROOT)
    time.sleep(after)
    build.send_signal(signal.SIGKILL)
    build.wait()
    ttl, html = (out / "graph.ttl").read_bytes(), (out / "graph.html").read_bytes()
    assert ttl == before["graph.ttl"] or len(Graph().parse(data=ttl.decode(), format="turtle")) > 814
    assert html == before["graph.html"] or html.rstrip().endswith(b"</html>")
    assert len(read_cache(out)) in {2, 42}  # the old cache or the new one, never half of one


# -- text is data: Turtle literals and the page ------------------------------------------------------

ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)
HOSTILE = st.sampled_from(['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "javascript:alert(1)",
                           '\\"; DROP', "'''\"\"\"", "\\u0000", "]]>", "</script><script>", "\u2028\u2029",
                           "@prefix x: <y> .", "> . <urn:x> <urn:y> <urn:z"])
TEXTS = st.one_of(ANY_TEXT, HOSTILE, st.tuples(ANY_TEXT, HOSTILE).map("".join))


def hostile_graph(label: str, alias: str, sentence: str, title: str, url: str, article_id: str) -> Graph:
    """A one-fact graph carrying arbitrary strings in every place article text can reach."""
    article = Article(article_id, sentence, title, None, url, None, f"{title}.txt")
    said = Sentence(article_id, 0, 0, len(sentence), sentence)
    people = (Entity("person-a", "Person", label, (alias,)), Entity("country-b", "Country", "B"))
    fact = Fact("person-a", "leaderOf", "country-b", (Evidence(article_id, said, "test", 0.9, "asserted",
                                                               item_text=alias),))
    return build_graph(Resolved((article,), people, (fact,), ((article_id, ("person-a", "country-b")),)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(label=TEXTS, alias=TEXTS, sentence=TEXTS, title=TEXTS, url=st.one_of(TEXTS, TEXTS.map("https://x.org/".__add__)),
       article_id=TEXTS)
def test_turtle_reparses_to_the_same_literals(label, alias, sentence, title, url, article_id):
    graph = hostile_graph(label, alias, sentence, title, url, article_id)
    data = turtle_bytes(graph)
    for reparsed in (Graph().parse(data=data.decode("utf-8"), format="turtle"),):
        person = NGE["person-a"]
        assert reparsed.value(person, RDFS.label) == Literal(label)
        assert reparsed.value(person, SKOS.altLabel) == Literal(alias)
        assert set(reparsed.objects(None, NG.sentence)) == {Literal(sentence.strip())}
        assert set(reparsed.objects(None, SCHEMA.headline)) == {Literal(title)}
        assert set(reparsed.objects(None, SCHEMA.identifier)) == {Literal(article_id)}
        assert len(reparsed) == len(graph)
    assert len(list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE))) == len(graph)
    iris = {str(t) for triple in graph for t in triple if isinstance(t, URIRef)}
    for iri in iris:  # IRIs come from safe slugs and %-encoded URLs only
        assert re.fullmatch(r"[A-Za-z0-9:/?#\[\]@!$&'()*+,;=%~._-]+", iri), iri


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(label=TEXTS, alias=TEXTS, sentence=TEXTS, title=TEXTS)
def test_the_page_carries_text_only_as_inert_data(label, alias, sentence, title):
    graph = hostile_graph(label, alias, sentence, title, "https://x.org/", "a1")
    page = render_html(graph, title=title)
    plain = render_html(hostile_graph("A", "B", "C", "T", "https://x.org/", "a1"), title="T")
    for tag in ("<script", "</script", "<img", "<iframe", "<svg", "<a ", "<meta", "<!--"):
        assert page.lower().count(tag) == plain.lower().count(tag), tag  # no markup beyond the template's
    block = re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S)
    assert block is not None and "<" not in block.group(1) and "&" not in block.group(1)
    data = json.loads(block.group(1))
    [node] = [n for n in data["nodes"] if n["id"].endswith("person-a")]
    assert node["label"] == label and node["aliases"] == [alias]
    [edge] = data["edges"]
    assert edge["evidence"][0]["sentence"] == sentence.strip()
    assert edge["evidence"][0]["article"] == title


# -- fuzz: random and adversarial text through the whole pipeline --------------------------------------

WORDS = ["Putin", "Russia", "Iran's", "signed", "agreement", "with", "the", "President", "Minister", "said", "he",
         "it", "they", "not", "denied", "will", "supply", "S-400", "Su-35", "of", "and", "Moscow", "Kremlin", "in",
         "March", "29", "on", "Tuesday", "joined", "OPEC", "as", "its", "member", "\n", ".", ",", "'s", "(", ")",
         "\"", "<script>", "&amp;", "\u200b", "\u2028", "\x00", "\ufeff", "ÇİĞ", "Пу́тин", "伊朗", "🚀", "-", "--"]
FUZZ_TEXT = st.one_of(st.lists(st.sampled_from(WORDS), min_size=1, max_size=80).map(" ".join),
                      st.text(min_size=1, max_size=300),
                      st.lists(st.sampled_from(WORDS), max_size=40).map("".join))


@pytest.mark.model
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(FUZZ_TEXT, min_size=1, max_size=3), title=st.one_of(st.none(), TEXTS))
def test_fuzzed_articles_never_crash_the_pipeline(texts, title):
    from graph.nlp import load_pipeline
    from graph.pipeline import run_build

    articles = [Article(f"f{i}", text, title) for i, text in enumerate(texts) if text.strip()]
    graph, report, _ = run_build(articles, load_pipeline())
    assert report.articles == len({a.text for a in articles})
    data = turtle_bytes(graph)
    assert len(Graph().parse(data=data.decode("utf-8"), format="turtle")) == len(graph)
    assert render_html(graph).rstrip().endswith("</html>")


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(st.one_of(st.binary(max_size=200), FUZZ_TEXT.map(str.encode),
                                st.builds(lambda t: json.dumps({"text": t}).encode(), FUZZ_TEXT)), max_size=6))
def test_fuzzed_jsonl_is_read_or_named_never_raised(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("fuzz") / "in.jsonl"
    path.write_bytes(b"\n".join(lines))
    for item in read_inputs([path]):
        assert isinstance(item, Article | Rejection | InputWarning)
        if isinstance(item, Rejection):
            assert item.source.startswith(str(path)) and item.reason
