"""The extraction cache beside a built graph: what `--update` reads so old articles are not parsed again."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from .model import Article, Attribute, Candidate, Extraction, Mention, Sentence

CACHE_NAME = ".newsgraph/extractions.jsonl.gz"
VERSION = 1


class CacheError(Exception):
    """The extraction cache beside a graph cannot be used for --update."""


def text_hash(text: str) -> str:
    """SHA-256 of an article's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _encode(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}")


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _mention(d: dict) -> Mention:
    return Mention(**{**d, "phrases": tuple(d.get("phrases", ()))})


def _sentence(d: dict) -> Sentence:
    return Sentence(**d)


def _candidate(d: dict) -> Candidate:
    return Candidate(_mention(d["subject"]), d["predicate"], _mention(d["object"]), d["rule"],
                     _sentence(d["sentence"]), d["confidence"], d["modality"],
                     _mention(d["item"]) if d.get("item") else None, _date(d.get("when")), d.get("item_text", ""))


def decode_extraction(d: dict) -> Extraction:
    """An Extraction from its JSON form."""
    article = Article(**{**d["article"], "published": _date(d["article"].get("published"))})
    return Extraction(article, tuple(_sentence(s) for s in d["sentences"]),
                      tuple(_mention(m) for m in d["mentions"]), tuple(_candidate(c) for c in d["candidates"]),
                      tuple(Attribute(_mention(a["mention"]), a["name"], a["value"]) for a in d["attributes"]))


def encode_extraction(extraction: Extraction) -> str:
    """One JSON line for an Extraction."""
    return json.dumps({"v": VERSION, **asdict(extraction)}, default=_encode, ensure_ascii=False, sort_keys=True)


def read_cache(out_dir: Path) -> list[Extraction]:
    """The extractions of the graph already in out_dir (none when there is no cache)."""
    path = out_dir / CACHE_NAME
    if not path.exists():
        return []
    out = []
    number = 0
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                row = json.loads(line)
                if not isinstance(row, dict) or row.get("v") != VERSION:
                    raise CacheError(f"{path}:{number} was written by another version of newsgraph; "
                                     "build again without --update")
                out.append(decode_extraction(row))
    except (OSError, EOFError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        where = f"{path}:{number}" if number else str(path)
        raise CacheError(f"{where} is damaged ({error.__class__.__name__}); "
                         "build again without --update") from error
    return out


def write_cache(out_dir: Path, extractions: Iterable[Extraction], *, append: bool = False) -> None:
    """Store extractions atomically beside the graph; `append` adds them to the cache already there.

    Appending copies the old bytes and adds a gzip member, so old articles are not encoded again;
    either way the new cache replaces the old one in a single rename.
    """
    path = out_dir / CACHE_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    if append and path.exists():
        shutil.copyfile(path, tmp)
    else:
        tmp.unlink(missing_ok=True)
    with gzip.open(tmp, "at", encoding="utf-8", compresslevel=5) as handle:
        for extraction in extractions:
            handle.write(encode_extraction(extraction) + "\n")
    tmp.replace(path)


def new_articles(articles: Iterable[Article], known: set[str], skipped: list[Article]) -> Iterator[Article]:
    """Articles whose text is not yet in the graph; the others go to `skipped`."""
    for article in articles:
        digest = text_hash(article.text)
        if digest in known:
            skipped.append(article)
            continue
        known.add(digest)
        yield article
