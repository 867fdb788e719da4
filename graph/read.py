"""Files and folders -> Articles; every input error is found here and reported, never raised."""

from __future__ import annotations

import gzip
import json
import re
import stat
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

import yaml

from .dates import find_publication_date
from .model import Article, InputWarning, Rejection

Item = Article | Rejection | InputWarning
# spaCy's own default max_length: a longer text is not an article but a dump, and parsing it needs ~1 GB per
# 100,000 words
MAX_ARTICLE_CHARS = 1_000_000
MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
               "nov", "dec"}
SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe", "template"}
BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "section", "article", "blockquote"}


class InputPathError(Exception):
    """An input path that does not exist."""


def check_paths(paths: Iterable[str | Path]) -> None:
    """Raise InputPathError for the first path that does not exist."""
    for path in paths:
        if not Path(path).exists():
            raise InputPathError(f"no such file or folder: {path}")


def _decode(data: bytes, source: str) -> tuple[str | None, list[Item]]:
    if not data.strip():
        return None, [Rejection(source, "empty file")]
    if b"\x00" in data[:8192]:
        return None, [Rejection(source, "binary file (NUL bytes), not text")]
    try:
        return data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n"), []
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        return text.replace("\r\n", "\n").replace("\r", "\n"), [InputWarning(source, "not UTF-8; decoded as cp1252")]


def _date(value: object, source: str, warnings: list[Item]) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    found = find_publication_date(str(value))
    if found is None:
        try:
            return date.fromisoformat(str(value)[:10])
        except ValueError:
            warnings.append(InputWarning(source, f"unreadable published date {str(value)[:40]!r}, dropped"))
    return found


def _title_of(text: str) -> str | None:
    for line in text.splitlines()[:12]:
        line = line.strip()
        if not line or len(line) > 150 or line[-1] in ".!?\"" or line.lower().endswith("logo"):
            continue
        if line.lower().startswith(("by ", "last update", "updated")) or find_publication_date(line):
            continue
        return line
    return None


def _author_of(text: str) -> str | None:
    match = re.search(r"^By ((?:[A-Z][\w'-]+ ?){1,4})", text, re.M)
    if not match:
        return None
    words = [w for w in match.group(1).split() if w.lower().rstrip(".") not in MONTH_WORDS]
    return " ".join(words[:4]) or None


def read_txt(path: Path, source: str, text: str) -> Iterator[Item]:
    """One plain-text article."""
    yield Article(path.stem, text, _title_of(text), find_publication_date(text), None, _author_of(text), source)


def read_md(path: Path, source: str, text: str) -> Iterator[Item]:
    """One Markdown article with optional YAML front matter."""
    meta: dict = {}
    body = text
    match = re.match(r"^---\n(.*?)\n---\n?", text, re.S)
    if match:
        body = text[match.end():]
        try:
            loaded = yaml.safe_load(match.group(1))
            meta = loaded if isinstance(loaded, dict) else {}
        except yaml.YAMLError as error:
            yield InputWarning(source, f"broken front matter ({str(error).splitlines()[0]}); body read")
    warnings: list[Item] = []
    published = _date(meta.get("published"), source, warnings) or find_publication_date(body)
    yield from warnings
    if not body.strip():
        yield Rejection(source, "no article text after the front matter")
        return
    yield Article(path.stem, body, str(meta["title"]) if meta.get("title") else _title_of(body), published,
                  str(meta.get("url") or "") or None, str(meta.get("author") or "") or None, source)


def read_jsonl(path: Path, source: str, lines: Iterable[str]) -> Iterator[Item]:
    """One article per JSON line; a bad line is rejected, the others go in."""
    for number, line in enumerate(lines, start=1):
        where = f"{source}:{number}"
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield Rejection(where, f"broken JSON ({error.msg})")
            continue
        if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not row["text"].strip():
            yield Rejection(where, "no \"text\" string")
            continue
        warnings: list[Item] = []
        published = _date(row.get("published"), where, warnings)
        yield from warnings
        yield Article(str(row.get("id") or f"{path.stem}-{number}"), row["text"], row.get("title") or None,
                      published, row.get("url") or None, row.get("author") or None, where)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: dict[str, list[str]] = {"article": [], "main": [], "body": []}
        self.open: list[str] = []
        self.skip = 0
        self.meta: dict[str, str] = {}
        self.title: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or ""
            self.meta[key.lower()] = values.get("content", "")
        if tag == "time" and values.get("datetime"):
            self.meta.setdefault("time", values["datetime"])
        if tag in SKIP_TAGS:
            self.skip += 1
        self.open.append(tag)
        if tag in BLOCK_TAGS:
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1
        if tag in self.open:
            while self.open and self.open.pop() != tag:
                pass
        if tag in BLOCK_TAGS:
            self._add("\n")

    def handle_data(self, data: str) -> None:
        if "title" in self.open and "body" not in self.open:
            self.title.append(data)
        elif not self.skip:
            self._add(data)

    def _add(self, data: str) -> None:
        for name in ("article", "main", "body"):
            if name in self.open:
                self.parts[name].append(data)


def read_html(path: Path, source: str, text: str) -> Iterator[Item]:
    """A saved news page: the article's text without scripts, styles and navigation."""
    parser = _Text()
    parser.feed(text)
    chosen = next(("".join(p) for p in parser.parts.values() if "".join(p).strip()), "")
    body = "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in chosen.splitlines())
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    if not body:
        yield Rejection(source, "no article text found in the page")
        return
    warnings: list[Item] = []
    published = _date(parser.meta.get("article:published_time") or parser.meta.get("time"), source, warnings)
    yield from warnings
    title = parser.meta.get("og:title") or "".join(parser.title).strip() or None
    url = parser.meta.get("og:url") or None
    yield Article(path.stem, body, title, published or find_publication_date(body), url,
                  parser.meta.get("author") or None, source)


READERS = {".txt": read_txt, ".md": read_md, ".markdown": read_md, ".html": read_html, ".htm": read_html}


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".jsonl.gz"):
        return ".jsonl.gz"
    return path.suffix.lower()


def read_file(path: Path, max_bytes: int = 5_000_000) -> Iterator[Item]:
    """The articles of one file, or why it was rejected."""
    source = str(path)
    kind = _kind(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO or a device would block or never end
            yield Rejection(source, "not a regular file")
            return
        if kind in {".jsonl", ".jsonl.gz"}:
            opener = gzip.open if kind == ".jsonl.gz" else open
            with opener(path, "rt", encoding="utf-8", errors="replace") as handle:  # type: ignore[operator]
                yield from read_jsonl(path, source, handle)
            return
        if path.stat().st_size > max_bytes:
            yield Rejection(source, f"larger than the limit of {max_bytes:,} bytes")
            return
        data = path.read_bytes()
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        yield Rejection(source, f"cannot be read ({error.__class__.__name__}: {error})")
        return
    text, notes = _decode(data, source)
    yield from notes
    if text is not None:
        yield from READERS[kind](path, source, text)


def _walk(folder: Path, seen: set[Path]) -> Iterator[Path | Rejection]:
    try:
        entries = sorted(folder.iterdir())
    except OSError as error:
        yield Rejection(str(folder), f"folder cannot be read ({error.__class__.__name__}: {error.strerror or error})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        real = entry.resolve()
        if real in seen:
            continue
        seen.add(real)
        if entry.is_dir():
            yield from _walk(entry, seen)
        elif _kind(entry) in READERS or _kind(entry) in {".jsonl", ".jsonl.gz"}:
            yield entry


def read_inputs(paths: Iterable[str | Path], *, max_bytes: int = 5_000_000,
                max_chars: int = MAX_ARTICLE_CHARS) -> Iterator[Item]:
    """Articles, rejections and warnings of files and folders, lazily, in a stable order."""
    for item in _read_all(paths, max_bytes):
        if isinstance(item, Article) and len(item.text) > max_chars:
            yield Rejection(item.source, f"article text of {len(item.text):,} characters is over the limit of "
                                         f"{max_chars:,}; split it into several articles")
        else:
            yield item


def _read_all(paths: Iterable[str | Path], max_bytes: int) -> Iterator[Item]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in _walk(path, {path.resolve()}):
                if isinstance(found, Rejection):
                    yield found
                else:
                    yield from read_file(found, max_bytes)
        elif _kind(path) in READERS or _kind(path) in {".jsonl", ".jsonl.gz"}:
            yield from read_file(path, max_bytes)
        else:
            yield Rejection(str(path), f"unknown input format {path.suffix or '(no extension)'!r}; "
                            "use .txt, .md, .jsonl, .jsonl.gz, .html or .htm")


def count_articles(paths: Iterable[str | Path]) -> int:
    """How many articles the inputs hold, roughly (JSONL lines, other files one each), for a progress bar."""
    total = 0
    for given in paths:
        path = Path(given)
        files = _walk(path, {path.resolve()}) if path.is_dir() else iter([path])
        for file in files:
            if isinstance(file, Rejection):
                continue
            kind = _kind(file)
            if kind not in {".jsonl", ".jsonl.gz"}:
                total += 1
                continue
            try:
                opener = gzip.open if kind == ".jsonl.gz" else open
                with opener(file, "rb") as handle:  # type: ignore[operator]
                    total += sum(1 for line in handle if line.strip())
            except (OSError, EOFError):
                continue
    return total
