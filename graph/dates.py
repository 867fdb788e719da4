"""Dates in article text: the publication date, and date phrases made absolute against it."""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
         r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+{MONTH}\s+(\d{{4}})\b", re.I)
MONTH_DAY_YEAR = re.compile(rf"\b{MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
MONTH_DAY = re.compile(rf"\b{MONTH}\s+(\d{{1,2}})\b", re.I)
MONTH_YEAR = re.compile(rf"\b{MONTH}\s+(\d{{4}})\b", re.I)
MONTH_ONLY = re.compile(rf"^(?:in\s+|early\s+|late\s+|mid-?)?{MONTH}$", re.I)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _absolute(text: str) -> date | None:
    for pattern, order in ((DAY_MONTH_YEAR, "dmy"), (MONTH_DAY_YEAR, "mdy"), (ISO, "iso")):
        match = pattern.search(text)
        if match:
            if order == "dmy":
                return _safe(int(match.group(3)), MONTHS[match.group(2).lower()[:3]], int(match.group(1)))
            if order == "mdy":
                return _safe(int(match.group(3)), MONTHS[match.group(1).lower()[:3]], int(match.group(2)))
            return _safe(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return None


def find_publication_date(text: str) -> date | None:
    """The article's own date, from its first lines (a 'Last update' line counts only when nothing else does)."""
    fallback = None
    lines = text.splitlines()
    for line in lines[:15] + [ln for ln in lines[15:] if len(ln) < 100]:  # datelines, bylines, footers
        if len(line) > 200:
            continue
        head = re.split(r"last update|updated", line, maxsplit=1, flags=re.I)[0]
        found = _absolute(head)
        if found:
            return found
        if fallback is None:
            fallback = _absolute(line)
    return fallback


def _before_anchor(year: int, month: int, day: int, anchor: date) -> date | None:
    found = _safe(year, month, day)
    if found and found > anchor + timedelta(days=62):
        found = _safe(year - 1, month, day)
    return found


def resolve_date_span(phrase: str, anchor: date | None) -> tuple[date, str] | None:
    """A date phrase as (date, granularity 'day'|'month'|'year'), relative ones against the anchor."""
    try:
        text = phrase.strip().lower()
        found = _absolute(text)
        if found:
            return found, "day"
        match = MONTH_YEAR.search(text)
        if match:
            return date(int(match.group(2)), MONTHS[match.group(1)[:3]], 1), "month"
        if anchor is None:
            year = YEAR.search(text)
            return (date(int(year.group(1)), 1, 1), "year") if year else None
        match = MONTH_DAY.search(text)
        if match:
            day = _before_anchor(anchor.year, MONTHS[match.group(1)[:3]], int(match.group(2)), anchor)
            return (day, "day") if day else None
        match = MONTH_ONLY.search(text)
        if match:
            month = _before_anchor(anchor.year, MONTHS[match.group(1)[:3]], 1, anchor)
            return (month, "month") if month else None
        for i, name in enumerate(WEEKDAYS):
            if re.search(rf"\b{name}\b", text):
                return anchor - timedelta(days=(anchor.weekday() - i) % 7), "day"
        relative = {"today": (0, "day"), "yesterday": (-1, "day"), "tomorrow": (1, "day"), "last week": (-7, "week"),
                    "next week": (7, "week")}
        for words, (days, grain) in relative.items():
            if words in text:
                return anchor + timedelta(days=days), "day" if grain == "day" else "week"
        if "last month" in text or "next month" in text:
            step = -1 if "last" in text else 1
            index = anchor.month - 1 + step
            return date(anchor.year + index // 12, index % 12 + 1, 1), "month"
        if "last year" in text:
            return date(anchor.year - 1, 1, 1), "year"
        year = YEAR.search(text)
        return (date(int(year.group(1)), 1, 1), "year") if year else None
    except (ValueError, KeyError):
        return None


def resolve_date(phrase: str, anchor: date | None) -> date | None:
    """A date phrase made absolute against the article date, or None."""
    found = resolve_date_span(phrase, anchor)
    return found[0] if found else None
