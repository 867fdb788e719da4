"""Reading inputs: every format, and bad input named and set aside while the rest goes in."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.dates import find_publication_date, resolve_date_span
from graph.model import Article, InputWarning, Rejection
from graph.read import InputPathError, check_paths, read_inputs

ROOT = Path(__file__).resolve().parent.parent


def split(items):
    """Articles, rejections and warnings of a read."""
    items = list(items)
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Rejection)],
            [i for i in items if isinstance(i, InputWarning)])


def test_seed_files():
    articles, rejected, _ = split(read_inputs([ROOT / "seeds"]))
    assert not rejected
    by_id = {a.id: a for a in articles}
    assert by_id["000_7ec48c0b41c08f80"].published == date(2022, 9, 15)
    third = by_id["003_4df244108b27282e"]
    assert third.published == date(2023, 3, 31)
    assert third.author == "Nigar Bayramli"
    assert third.title == "Iran, Russia to Finalize Draft on Strategic Cooperation Deal"
    assert third.text == (ROOT / "seeds" / "003_4df244108b27282e.txt").read_text(encoding="utf-8")


def test_markdown_front_matter(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Talks\npublished: 2024-05-01\nurl: https://example.org/a\n"
                                   "author: Jane Roe\n---\nIran and Russia held talks.\n", encoding="utf-8")
    [article] = split(read_inputs([tmp_path / "a.md"]))[0]
    assert (article.title, article.published, article.url, article.author) == (
        "Talks", date(2024, 5, 1), "https://example.org/a", "Jane Roe")
    assert article.text == "Iran and Russia held talks.\n"


def test_broken_front_matter_keeps_the_body(tmp_path):
    (tmp_path / "b.md").write_text("---\ntitle: [unclosed\n---\nThe body stays.\n", encoding="utf-8")
    articles, rejected, warnings = split(read_inputs([tmp_path / "b.md"]))
    assert [a.text for a in articles] == ["The body stays.\n"] and not rejected
    assert warnings and "front matter" in warnings[0].message


def test_jsonl_bad_lines_are_named_and_the_rest_goes_in(tmp_path):
    lines = [json.dumps({"id": "a", "text": "One.", "published": "2020-01-02"}), "{broken", json.dumps({"id": "b"}),
             json.dumps({"id": "c", "text": "Three.", "published": "not a date"})]
    (tmp_path / "x.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, rejected, warnings = split(read_inputs([tmp_path / "x.jsonl"]))
    assert [a.id for a in articles] == ["a", "c"]
    assert articles[0].published == date(2020, 1, 2) and articles[1].published is None
    assert {r.source.rsplit(":", 1)[1] for r in rejected} == {"2", "3"}
    assert any("not a date" in w.message for w in warnings)


def test_jsonl_gz(tmp_path):
    with gzip.open(tmp_path / "y.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": "Zipped."}) + "\n")
    [article] = split(read_inputs([tmp_path / "y.jsonl.gz"]))[0]
    assert article.text == "Zipped." and article.id == "y.jsonl-1"


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty"), (b"\x00\x01\x02binary", "binary")])
def test_empty_and_binary_files_are_rejected(tmp_path, data, reason):
    (tmp_path / "bad.txt").write_bytes(data)
    _, rejected, _ = split(read_inputs([tmp_path / "bad.txt"]))
    assert rejected and reason in rejected[0].reason and rejected[0].source.endswith("bad.txt")


def test_cp1252_is_decoded_with_a_warning(tmp_path):
    (tmp_path / "w.txt").write_bytes("Caf\u00e9 talks \u2013 Paris.\n".encode("cp1252"))
    articles, _, warnings = split(read_inputs([tmp_path / "w.txt"]))
    assert articles[0].text.startswith("Caf\u00e9 talks \u2013") and "cp1252" in warnings[0].message


def test_utf8_bom_is_dropped(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffHello world.\n".encode())
    assert split(read_inputs([tmp_path / "bom.txt"]))[0][0].text == "Hello world.\n"


def test_oversize_file_names_the_limit(tmp_path):
    (tmp_path / "big.txt").write_text("x" * 2000, encoding="utf-8")
    _, rejected, _ = split(read_inputs([tmp_path / "big.txt"], max_bytes=1000))
    assert "1,000" in rejected[0].reason


def test_html_drops_scripts_and_navigation_and_keeps_entities_as_text(tmp_path):
    page = ("<html><head><title>T</title><meta property='og:title' content='Summit'>"
            "<script>var secret = 1;</script><style>p{}</style></head><body><nav>Home | World</nav>"
            "<article><h1>Summit</h1><p>Leaders met &lt;script&gt; in Baku.</p></article>"
            "<footer>Copyright</footer></body></html>")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    [article] = split(read_inputs([tmp_path / "p.html"]))[0]
    assert "Leaders met <script> in Baku." in article.text
    for noise in ("secret", "Home | World", "Copyright", "p{}"):
        assert noise not in article.text
    assert article.title == "Summit"


def test_symlink_loop_and_order(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text("B.\n", encoding="utf-8")
    (folder / "a.txt").write_text("A.\n", encoding="utf-8")
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "notes.csv").write_text("skip", encoding="utf-8")
    articles, rejected, _ = split(read_inputs([folder]))
    assert [a.id for a in articles] == ["a", "b"] and not rejected


def test_unknown_extension_named_explicitly_is_rejected(tmp_path):
    (tmp_path / "data.csv").write_text("a,b", encoding="utf-8")
    _, rejected, _ = split(read_inputs([tmp_path / "data.csv"]))
    assert "unknown input format" in rejected[0].reason


def test_missing_path_raises_for_the_cli(tmp_path):
    with pytest.raises(InputPathError, match="nope"):
        check_paths([tmp_path / "nope"])


@pytest.mark.parametrize(("phrase", "expected"), [
    ("March 29", (date(2023, 3, 29), "day")),
    ("in July", (date(2022, 7, 1), "month")),
    ("on Tuesday", (date(2023, 3, 28), "day")),
    ("last month", (date(2023, 2, 1), "month")),
    ("September 2011", (date(2011, 9, 1), "month")),
    ("15 September 2022", (date(2022, 9, 15), "day")),
])
def test_dates_resolve_against_the_article_date(phrase, expected):
    assert resolve_date_span(phrase, date(2023, 3, 31)) == expected


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "f.txt"
    path.write_bytes(data)
    for item in read_inputs([path]):
        assert isinstance(item, Article | Rejection | InputWarning)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_date_functions_never_raise(text):
    find_publication_date(text)
    resolve_date_span(text, date(2020, 2, 29))
    resolve_date_span(text, None)
