"""The vocabulary: ontology/newsgraph.ttl, ontology/shapes.ttl and graph/vocab.py agree with the contract."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SH

from graph import vocab
from graph.vocab import NG, NGA, NGE, NGF, SCHEMA, WD

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
NS = "https://w3id.org/newsgraph/ontology#"
ONTOLOGY_IRI = URIRef("https://w3id.org/newsgraph/ontology")

# The contract's vocabulary (CONTRACT.md): local name -> kind.
CONTRACT_CLASSES = ("Person", "Country", "Place", "City", "Organization", "Agreement", "Facility", "Event",
                    "Product")
CONTRACT_FACTS = ("leaderOf", "ministerOf", "memberOf", "seeksMembershipOf", "partyTo", "signed", "metWith",
                  "participatedIn", "locatedIn", "supplies", "builds", "operates", "owns", "acquires",
                  "supports", "opposes", "cooperatesWith")
SYMMETRIC = ("metWith", "cooperatesWith")
SPECIFIC = (("headOfState", "leaderOf"), ("headOfGovernment", "leaderOf"),
            ("foreignMinisterOf", "ministerOf"), ("ambassadorOf", "ministerOf"))
MODALITIES = ("Asserted", "Reported", "Denied", "Negated", "Planned", "Hypothetical")
STATUSES = ("Negotiating", "DraftFinalized", "Signed")
DECLARING_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                   OWL.NamedIndividual)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "newsgraph.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")


def declared_terms(ontology: Graph) -> set[URIRef]:
    """The IRIs of the ng: namespace that the ontology declares (classes, properties, individuals)."""
    return {s for t in DECLARING_TYPES for s in ontology.subjects(RDF.type, t)
            if isinstance(s, URIRef) and str(s).startswith(NS)}


def test_ontology_parses_and_has_a_header(ontology: Graph) -> None:
    assert len(ontology) > 100
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    dcterms = Namespace("http://purl.org/dc/terms/")
    for prop in (dcterms.title, dcterms.description, dcterms.license, dcterms.creator, OWL.versionInfo):
        assert ontology.value(ONTOLOGY_IRI, prop) is not None, prop


@pytest.mark.parametrize("name", CONTRACT_CLASSES)
def test_contract_class_is_declared(ontology: Graph, name: str) -> None:
    term = URIRef(NS + name)
    assert (term, RDF.type, OWL.Class) in ontology
    superclasses = set(ontology.transitive_objects(term, RDFS.subClassOf))
    assert NG.Entity in superclasses


def test_city_is_a_place(ontology: Graph) -> None:
    assert (NG.City, RDFS.subClassOf, NG.Place) in ontology


def test_evidence_is_a_statement_and_a_prov_entity(ontology: Graph) -> None:
    assert (NG.Evidence, RDFS.subClassOf, RDF.Statement) in ontology
    assert (NG.Evidence, RDFS.subClassOf, PROV.Entity) in ontology


@pytest.mark.parametrize("name", CONTRACT_FACTS)
def test_contract_fact_property_is_declared(ontology: Graph, name: str) -> None:
    assert (URIRef(NS + name), RDF.type, OWL.ObjectProperty) in ontology


@pytest.mark.parametrize(("cls", "individuals"), [("Modality", MODALITIES), ("AgreementStatus", STATUSES)])
def test_enumerations(ontology: Graph, cls: str, individuals: tuple[str, ...]) -> None:
    members = set(ontology.subjects(RDF.type, URIRef(NS + cls)))
    assert members == {URIRef(NS + name) for name in individuals}


def test_vocab_tables_match_the_contract() -> None:
    assert vocab.FACT_PREDICATES == CONTRACT_FACTS
    assert vocab.ENTITY_CLASSES == CONTRACT_CLASSES


def test_every_term_has_an_english_label_and_comment(ontology: Graph) -> None:
    missing = []
    for term in sorted(declared_terms(ontology) | {ONTOLOGY_IRI}):
        for prop in (RDFS.label, RDFS.comment):
            values = [v for v in ontology.objects(term, prop)
                      if isinstance(v, Literal) and v.language == "en" and str(v).strip()]
            if not values:
                missing.append(f"{term} {prop}")
    assert not missing, missing


def test_every_term_is_defined_by_the_ontology(ontology: Graph) -> None:
    undefined = [t for t in declared_terms(ontology) if (t, RDFS.isDefinedBy, ONTOLOGY_IRI) not in ontology]
    assert not undefined, undefined


@pytest.mark.parametrize("name", SYMMETRIC)
def test_symmetric_properties(ontology: Graph, name: str) -> None:
    assert (URIRef(NS + name), RDF.type, OWL.SymmetricProperty) in ontology


@pytest.mark.parametrize(("specific", "general"), SPECIFIC)
def test_specific_properties_refine_contract_ones(ontology: Graph, specific: str, general: str) -> None:
    term = URIRef(NS + specific)
    assert (term, RDF.type, OWL.ObjectProperty) in ontology
    assert (term, RDFS.subPropertyOf, URIRef(NS + general)) in ontology


def test_vocab_namespace_is_exactly_the_ontology(ontology: Graph) -> None:
    in_vocab = set(dir(NG))
    in_ontology = declared_terms(ontology)
    assert in_vocab - in_ontology == set(), "in graph/vocab.py but not declared in newsgraph.ttl"
    assert in_ontology - in_vocab == set(), "declared in newsgraph.ttl but missing from graph/vocab.py"
    for term in in_ontology:
        assert getattr(NG, term.removeprefix(NS)) == term


def test_vocab_namespace_is_closed() -> None:
    with pytest.raises(AttributeError):
        _ = NG.notAThing


def test_bind_prefixes() -> None:
    graph = vocab.bind_prefixes(Graph())
    bound = {prefix: str(iri) for prefix, iri in graph.namespaces()}
    expected = {"ng": NS, "nge": str(NGE), "nga": str(NGA), "ngf": str(NGF), "wd": str(WD),
                "schema": "http://schema.org/", "skos": str(SKOS), "prov": str(PROV), "owl": str(OWL),
                "rdfs": str(RDFS), "xsd": str(XSD), "rdf": str(RDF)}
    assert {prefix: bound.get(prefix) for prefix in expected} == expected


# ---- SHACL ----------------------------------------------------------------------------------------------


def check(data: Graph, shapes: Graph, ontology: Graph, inference: str = "none") -> tuple[bool, Graph, str]:
    """Validate as graph/shacl.py does: the ontology mixed into the data graph."""
    conforms, report, text = validate(data, shacl_graph=shapes, ont_graph=ontology, inference=inference,
                                      advanced=False)
    assert isinstance(report, Graph)
    return bool(conforms), report, str(text)


def violated_paths(report: Graph) -> set:
    return {report.value(result, SH.resultPath) for result in report.subjects(RDF.type, SH.ValidationResult)}


def test_shapes_are_valid_shacl(shapes: Graph) -> None:
    conforms, _report, text = validate(Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text


PUTIN = NGE["person-vladimir-putin"]
RUSSIA = NGE["country-russia"]
ARTICLE = NGA["000-7ec48c0b41c08f80"]
EVIDENCE = NGF["3f2a9c0d1e2b4a5f6c7d"]


def conforming_graph() -> Graph:
    """One Person leaderOf one Country, one article, one evidence record, as in ontology/README.md."""
    g = vocab.bind_prefixes(Graph())
    g.add((PUTIN, RDF.type, NG.Person))
    g.add((PUTIN, RDFS.label, Literal("Vladimir Putin")))
    g.add((PUTIN, SKOS.altLabel, Literal("Putin")))
    g.add((PUTIN, SKOS.altLabel, Literal("the Russian president")))
    g.add((PUTIN, NG.title, Literal("president")))
    g.add((PUTIN, NG.mentionCount, Literal(14)))
    g.add((PUTIN, OWL.sameAs, WD.Q7747))
    g.add((RUSSIA, RDF.type, NG.Country))
    g.add((RUSSIA, RDFS.label, Literal("Russia")))
    g.add((RUSSIA, SKOS.altLabel, Literal("Moscow")))
    g.add((RUSSIA, OWL.sameAs, WD.Q159))
    g.add((PUTIN, NG.leaderOf, RUSSIA))
    g.add((ARTICLE, RDF.type, SCHEMA.NewsArticle))
    g.add((ARTICLE, SCHEMA.identifier, Literal("000_7ec48c0b41c08f80")))
    g.add((ARTICLE, SCHEMA.headline, Literal("Putin meets Raisi")))
    g.add((ARTICLE, SCHEMA.datePublished, Literal("2022-09-15", datatype=XSD.date)))
    g.add((ARTICLE, NG.contentHash, Literal("0" * 64)))
    g.add((ARTICLE, SCHEMA.mentions, PUTIN))
    g.add((ARTICLE, SCHEMA.mentions, RUSSIA))
    g.add((EVIDENCE, RDF.type, NG.Evidence))
    g.add((EVIDENCE, RDF.subject, PUTIN))
    g.add((EVIDENCE, RDF.predicate, NG.leaderOf))
    g.add((EVIDENCE, RDF.object, RUSSIA))
    g.add((EVIDENCE, PROV.wasDerivedFrom, ARTICLE))
    g.add((EVIDENCE, NG.sentence, Literal("Russian President Vladimir Putin met his Iranian counterpart.")))
    g.add((EVIDENCE, NG.startOffset, Literal(120)))
    g.add((EVIDENCE, NG.endOffset, Literal(181)))
    g.add((EVIDENCE, NG.rule, Literal("title:president")))
    g.add((EVIDENCE, NG.confidence, Literal(Decimal("0.95"), datatype=XSD.decimal)))
    g.add((EVIDENCE, NG.modality, NG.Asserted))
    return g


@pytest.mark.parametrize("inference", ["none", "rdfs"])
def test_conforming_graph_conforms(shapes: Graph, ontology: Graph, inference: str) -> None:
    conforms, _report, text = check(conforming_graph(), shapes, ontology, inference)
    assert conforms, text


def test_conforming_graph_conforms_without_the_ontology(shapes: Graph) -> None:
    conforms, _report, text = validate(conforming_graph(), shacl_graph=shapes, inference="none")
    assert conforms, text


def without_label(g: Graph) -> Graph:
    g.remove((RUSSIA, RDFS.label, None))
    return g


def overconfident(g: Graph) -> Graph:
    g.set((EVIDENCE, NG.confidence, Literal(Decimal("1.5"), datatype=XSD.decimal)))
    return g


def unknown_modality(g: Graph) -> Graph:
    g.set((EVIDENCE, NG.modality, URIRef(NS + "Rumoured")))
    return g


@pytest.mark.parametrize(("breakage", "focus", "path"), [
    (without_label, RUSSIA, RDFS.label),
    (overconfident, EVIDENCE, NG.confidence),
    (unknown_modality, EVIDENCE, NG.modality),
])
def test_broken_graphs_do_not_conform(shapes: Graph, ontology: Graph, breakage, focus: URIRef,
                                      path: URIRef) -> None:
    conforms, report, text = check(breakage(conforming_graph()), shapes, ontology)
    assert not conforms
    assert path in violated_paths(report), text
    results = list(report.subjects(RDF.type, SH.ValidationResult))
    assert any(report.value(r, SH.focusNode) == focus and report.value(r, SH.resultPath) == path
               for r in results), text
