"""Frozen data passed between the stages: read -> extract -> resolve -> rdf."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# how far an agreement has come: a later stage wins when sources differ
STATUS_RANK = {"Negotiating": 0, "DraftFinalized": 1, "Signed": 2}
# mentions that name an entity by its key rather than standing on their own: "Iranian" (a demonym),
# "Geneva" inside "the Geneva summit" (a part of another name)
KEYED_KINDS = frozenset({"demonym", "part"})


@dataclass(frozen=True)
class Article:
    """One news article as read from a file, before any NLP."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    author: str | None = None
    source: str = ""  # the file (and line, for JSONL) it came from


@dataclass(frozen=True)
class Rejection:
    """An input that could not be read, and why."""

    source: str
    reason: str


@dataclass(frozen=True)
class InputWarning:
    """A problem with an input that was still read (for example a dropped date)."""

    source: str
    message: str


@dataclass(frozen=True)
class Mention:
    """A span of an article's text that names or refers to an entity."""

    article_id: str
    start: int
    end: int
    text: str
    label: str  # one of the contract's entity classes
    key: str = ""  # a lexicon key ("country:RU") or a coreference target key, when known
    sentence: int = 0  # index of the sentence in the article
    kind: str = "name"  # name | title | description | pronoun | metonym
    phrases: tuple[str, ...] = ()  # a described agreement's or event's whole noun phrase as written, at each extent


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article with its character offsets."""

    article_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Candidate:
    """A fact proposed by a rule, between two mentions, with its evidence."""

    subject: Mention
    predicate: str
    object: Mention
    rule: str
    sentence: Sentence
    confidence: float
    modality: str = "asserted"  # asserted | reported | denied | negated | planned | hypothetical
    item: Mention | None = None  # goods, for supplies / acquires
    when: date | None = None
    item_text: str = ""


@dataclass(frozen=True)
class Attribute:
    """A literal property of an entity stated in the text (status, date, value of an agreement)."""

    mention: Mention
    name: str  # status | date | monetaryValue | currency | title
    value: str


@dataclass(frozen=True)
class Extraction:
    """Everything extract found in one article."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    candidates: tuple[Candidate, ...]
    attributes: tuple[Attribute, ...] = ()


@dataclass(frozen=True)
class Entity:
    """A resolved entity: one node of the graph."""

    iri: str
    cls: str
    label: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    mentions: tuple[Mention, ...] = ()
    attributes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence, the rule, the confidence and the modality."""

    article_id: str
    sentence: Sentence
    rule: str
    confidence: float
    modality: str
    item: str | None = None  # IRI of the goods entity
    when: date | None = None
    item_text: str = ""  # the goods as the sentence words them


@dataclass(frozen=True)
class Fact:
    """A fact between two entities, with every piece of evidence for it."""

    subject: str
    predicate: str
    object: str
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)

    @property
    def asserted(self) -> bool:
        """True when at least one piece of evidence states the fact plainly."""
        return any(e.modality == "asserted" for e in self.evidence)


@dataclass(frozen=True)
class Resolved:
    """The entities and facts of a batch of articles, ready for RDF."""

    articles: tuple[Article, ...]
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    mentions_by_article: tuple[tuple[str, tuple[str, ...]], ...] = ()
