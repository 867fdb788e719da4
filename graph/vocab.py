"""The newsgraph vocabulary (ontology/newsgraph.ttl) as a closed rdflib namespace, and the project's IRI bases."""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace, Namespace
from rdflib.term import URIRef

NGE = Namespace("https://w3id.org/newsgraph/entity/")
NGA = Namespace("https://w3id.org/newsgraph/article/")
NGF = Namespace("https://w3id.org/newsgraph/evidence/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("http://schema.org/")


class NG(DefinedNamespace):
    """The terms of https://w3id.org/newsgraph/ontology# (a misspelt term raises AttributeError)."""

    _fail = True
    _NS = Namespace("https://w3id.org/newsgraph/ontology#")

    # classes
    Entity: URIRef  # something named in the news; superclass of the entity classes
    Person: URIRef
    Country: URIRef
    Place: URIRef
    City: URIRef  # subclass of Place
    Organization: URIRef
    Agreement: URIRef
    Facility: URIRef
    Event: URIRef
    Product: URIRef
    Evidence: URIRef  # a reified candidate fact with its source sentence
    Modality: URIRef
    AgreementStatus: URIRef

    # individuals of Modality
    Asserted: URIRef
    Reported: URIRef
    Denied: URIRef
    Negated: URIRef
    Planned: URIRef
    Hypothetical: URIRef

    # individuals of AgreementStatus
    Negotiating: URIRef
    DraftFinalized: URIRef
    Signed: URIRef

    # fact properties of the contract
    leaderOf: URIRef
    ministerOf: URIRef
    memberOf: URIRef
    seeksMembershipOf: URIRef
    partyTo: URIRef
    signed: URIRef
    metWith: URIRef  # symmetric
    participatedIn: URIRef
    locatedIn: URIRef
    supplies: URIRef
    builds: URIRef
    operates: URIRef
    owns: URIRef
    acquires: URIRef
    supports: URIRef
    opposes: URIRef
    cooperatesWith: URIRef  # symmetric

    # more specific fact properties
    headOfState: URIRef  # subproperty of leaderOf
    headOfGovernment: URIRef  # subproperty of leaderOf
    foreignMinisterOf: URIRef  # subproperty of ministerOf
    ambassadorOf: URIRef  # subproperty of ministerOf

    # descriptions of entities and articles
    title: URIRef
    mentionCount: URIRef
    status: URIRef
    date: URIRef
    monetaryValue: URIRef
    currency: URIRef
    contentHash: URIRef
    sourceFile: URIRef

    # evidence records
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    rule: URIRef
    confidence: URIRef
    modality: URIRef
    item: URIRef
    itemText: URIRef


FACT_PREDICATES: tuple[str, ...] = (
    "leaderOf", "ministerOf", "memberOf", "seeksMembershipOf", "partyTo", "signed", "metWith",
    "participatedIn", "locatedIn", "supplies", "builds", "operates", "owns", "acquires", "supports",
    "opposes", "cooperatesWith",
)

SYMMETRIC_PREDICATES: frozenset[str] = frozenset({"metWith", "cooperatesWith"})
ENTITY_CLASSES: tuple[str, ...] = (
    "Person", "Country", "Place", "City", "Organization", "Agreement", "Facility", "Event", "Product",
)

PREFIXES: tuple[tuple[str, str], ...] = (
    ("ng", str(NG)), ("nge", str(NGE)), ("nga", str(NGA)), ("ngf", str(NGF)), ("wd", str(WD)),
    ("schema", str(SCHEMA)), ("skos", str(SKOS)), ("prov", str(PROV)), ("owl", str(OWL)),
    ("rdfs", str(RDFS)), ("xsd", str(XSD)), ("rdf", str(RDF)),
)


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes on a graph (replacing rdflib's defaults for the same IRIs) and return it."""
    for prefix, namespace in PREFIXES:
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph
