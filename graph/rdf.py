"""Entities and facts -> rdflib.Graph, with provenance for every fact (see ontology/README.md)."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from decimal import Decimal
from urllib.parse import quote

from pyoxigraph import NamedNode
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV

from .model import Article, Entity, Evidence, Fact, Resolved
from .resolve import slug
from .vocab import NG, NGA, NGE, NGF, SCHEMA, WD, bind_prefixes

MODALITIES = {"asserted": NG.Asserted, "reported": NG.Reported, "denied": NG.Denied,
              "negated": NG.Negated, "planned": NG.Planned, "hypothetical": NG.Hypothetical}
STATUSES = {"Negotiating": NG.Negotiating, "DraftFinalized": NG.DraftFinalized, "Signed": NG.Signed}
# what may stay as it is in an article's URL; everything else (spaces, quotes, <>, controls) is %-encoded
URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


def _decimal(value: Decimal) -> Literal:
    # the canonical xsd:decimal form always has a point ("40000000000.0"), whichever writer serialises it
    text = format(value, "f")
    return Literal(text if "." in text else text + ".0", datatype=XSD.decimal)


def safe_url(url: str | None) -> URIRef | None:
    """An http(s) URL from an article as an IRI that every RDF tool accepts, or None."""
    if not url or not url.strip().lower().startswith(("http://", "https://")):
        return None
    encoded = quote(url.strip(), safe=URL_SAFE)
    try:
        NamedNode(encoded)  # Oxigraph's IRI parser: the strictest reader the graph meets
    except ValueError:
        return None
    return URIRef(encoded)


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article node."""
    return NGA[slug(article_id)]


def entity_iri(entity_iri_tail: str) -> URIRef:
    """The IRI of an entity from its class-and-name tail."""
    return NGE[entity_iri_tail]


def content_hash(text: str) -> str:
    """SHA-256 of an article's text, the key `--update` skips known articles by."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def add_article(graph: Graph, article: Article, author: URIRef | None = None) -> URIRef:
    """An article node with identifier, headline, date, URL and content hash."""
    node = article_iri(article.id)
    graph.add((node, RDF.type, SCHEMA.NewsArticle))
    graph.add((node, SCHEMA.identifier, Literal(article.id)))
    graph.add((node, NG.contentHash, Literal(content_hash(article.text))))
    if article.title:
        graph.add((node, SCHEMA.headline, Literal(article.title)))
    if article.published:
        graph.add((node, SCHEMA.datePublished, Literal(article.published, datatype=XSD.date)))
    url = safe_url(article.url)
    if url is not None:
        graph.add((node, SCHEMA.url, url))
    if article.source:
        graph.add((node, NG.sourceFile, Literal(article.source)))
    if author is not None:
        graph.add((node, SCHEMA.author, author))
    return node


def _without_the(name: str) -> str:
    return re.sub(r"^the\s+", "", name.lower())


def add_entity(graph: Graph, entity: Entity) -> URIRef:
    """An entity node: class, label, every other surface form, the phrases it was described by (hidden labels),
    Wikidata item and attributes."""
    node = entity_iri(entity.iri)
    graph.add((node, RDF.type, NG[entity.cls]))
    graph.add((node, RDFS.label, Literal(entity.label)))
    for alias in entity.aliases:
        graph.add((node, SKOS.altLabel, Literal(alias)))
    shown = {_without_the(entity.label)} | {_without_the(a) for a in entity.aliases}
    for phrase in sorted({p for m in entity.mentions for p in m.phrases if _without_the(p) not in shown}):
        graph.add((node, SKOS.hiddenLabel, Literal(phrase)))
    if entity.wikidata and entity.wikidata[1:].isdigit():
        graph.add((node, OWL.sameAs, WD[entity.wikidata]))
    graph.add((node, NG.mentionCount, Literal(len(entity.mentions))))
    for name, value in entity.attributes:
        if name == "status" and value in STATUSES:
            graph.add((node, NG.status, STATUSES[value]))
        elif name == "monetaryValue":
            graph.add((node, NG.monetaryValue, _decimal(Decimal(value))))
        elif name == "currency":
            graph.add((node, NG.currency, Literal(value)))
        elif name == "date":
            graph.add((node, NG.date, Literal(date.fromisoformat(value), datatype=XSD.date)))
        elif name == "title":
            graph.add((node, NG.title, Literal(value)))
    return node


def evidence_iri(fact: Fact, evidence: Evidence) -> URIRef:
    """A stable IRI for one piece of evidence of one fact."""
    key = "|".join([fact.subject, fact.predicate, fact.object, evidence.article_id,
                    str(evidence.sentence.start), evidence.rule, evidence.modality])
    return NGF[hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]]


def add_fact(graph: Graph, fact: Fact) -> None:
    """The direct triple when some evidence asserts it, and an evidence record per sentence."""
    s, p, o = entity_iri(fact.subject), NG[fact.predicate], entity_iri(fact.object)
    if fact.asserted:
        graph.add((s, p, o))
    for evidence in fact.evidence:
        node = evidence_iri(fact, evidence)
        graph.add((node, RDF.type, NG.Evidence))
        graph.add((node, RDF.subject, s))
        graph.add((node, RDF.predicate, p))
        graph.add((node, RDF.object, o))
        graph.add((node, PROV.wasDerivedFrom, article_iri(evidence.article_id)))
        graph.add((node, NG.sentence, Literal(evidence.sentence.text.strip())))
        graph.add((node, NG.startOffset, Literal(evidence.sentence.start)))
        graph.add((node, NG.endOffset, Literal(evidence.sentence.end)))
        graph.add((node, NG.rule, Literal(evidence.rule)))
        graph.add((node, NG.confidence, _decimal(Decimal(str(evidence.confidence)))))
        graph.add((node, NG.modality, MODALITIES[evidence.modality]))
        if evidence.item:
            graph.add((node, NG.item, entity_iri(evidence.item)))
        if evidence.item_text:
            graph.add((node, NG.itemText, Literal(evidence.item_text)))
        if evidence.when:
            graph.add((node, NG.date, Literal(evidence.when, datatype=XSD.date)))


def build_graph(resolved: Resolved, min_confidence: float = 0.0) -> Graph:
    """The whole RDF graph of a batch: articles, entities, facts and their evidence."""
    graph = Graph()
    bind_prefixes(graph)
    iris = {e.iri for e in resolved.entities}
    for entity in resolved.entities:
        add_entity(graph, entity)
    mentions = dict(resolved.mentions_by_article)
    for article in resolved.articles:
        author = None
        if article.author:
            tail = f"person-{slug(article.author)}"
            author = entity_iri(tail) if tail in iris else None
        node = add_article(graph, article, author)
        for tail in mentions.get(article.id, ()):
            graph.add((node, SCHEMA.mentions, entity_iri(tail)))
    for fact in resolved.facts:
        kept = tuple(e for e in fact.evidence if e.confidence >= min_confidence)
        if kept:
            add_fact(graph, Fact(fact.subject, fact.predicate, fact.object, kept))
    return graph
