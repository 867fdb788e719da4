"""The SPARQL endpoint on a free loopback port: SELECT by GET and POST, negotiation, read-only, limits."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef

from graph.serve import serve_in_thread

GOLDEN = Path(__file__).resolve().parent / "golden" / "seeds.ttl"
PEOPLE = "SELECT ?p WHERE { ?p a <https://w3id.org/newsgraph/ontology#Person> }"
PERSONS = len(set(Graph().parse(GOLDEN).subjects(RDF.type, URIRef("https://w3id.org/newsgraph/ontology#Person"))))


@pytest.fixture()
def endpoint():
    server, thread = serve_in_thread(GOLDEN, timeout_s=5.0, max_rows=20)
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)
    assert not thread.is_alive()


def fetch(url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, dict, bytes]:
    """Status, headers and body of one request (errors included)."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_select_by_get_and_post(endpoint):
    status, headers, body = fetch(endpoint + "?" + urllib.parse.urlencode({"query": PEOPLE}))
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    count = len(json.loads(body)["results"]["bindings"])
    assert count == PERSONS > 3
    status, _, body = fetch(endpoint, PEOPLE.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == count
    form = urllib.parse.urlencode({"query": PEOPLE}).encode()
    status, _, body = fetch(endpoint, form, {"Content-Type": "application/x-www-form-urlencoded",
                                             "Accept": "text/csv"})
    lines = body.decode().splitlines()
    assert status == 200 and lines[0].strip() == "p" and len(lines) == PERSONS + 1


def test_updates_are_refused(endpoint):
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    assert fetch(endpoint, update.encode(), {"Content-Type": "application/sparql-update"})[0] == 403
    assert fetch(endpoint + "?" + urllib.parse.urlencode({"query": update}))[0] == 403
    status, _, body = fetch(endpoint + "?" + urllib.parse.urlencode({"query": "ASK { <urn:a> ?p ?o }"}))
    assert status == 200 and json.loads(body)["boolean"] is False


def test_bad_query_and_huge_result(endpoint):
    status, _, body = fetch(endpoint + "?" + urllib.parse.urlencode({"query": "SELECT ?x WHERE { ?x"}))
    assert status == 400 and b"query error" in body
    status, headers, body = fetch(endpoint + "?" + urllib.parse.urlencode({"query": "SELECT * { ?s ?p ?o }"}))
    assert status == 200 and headers.get("X-Newsgraph-Truncated") == "true"
    assert len(json.loads(body)["results"]["bindings"]) == 20


def test_construct_as_turtle(endpoint):
    query = "CONSTRUCT { ?p a <urn:P> } WHERE { ?p a <https://w3id.org/newsgraph/ontology#Person> }"
    status, headers, body = fetch(endpoint + "?" + urllib.parse.urlencode({"query": query}),
                                  headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle") and body.count(b"<urn:P>") == PERSONS


def test_a_long_query_is_stopped_and_the_endpoint_goes_on():
    server, thread = serve_in_thread(GOLDEN, timeout_s=1.5, max_rows=20, workers=1)
    url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    try:
        busy = server.endpoint.idle.queue[0].process
        endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"  # 814^4 rows
        status, _, body = fetch(url + "?" + urllib.parse.urlencode({"query": endless}))
        assert status == 503 and b"stopped after 1.5 s" in body
        busy.join(timeout=5)
        assert not busy.is_alive()  # the query's process was killed, not left running
        status, _, body = fetch(url + "?" + urllib.parse.urlencode({"query": PEOPLE}))
        assert status == 200 and len(json.loads(body)["results"]["bindings"]) == PERSONS
        replacement = server.endpoint.idle.queue[0].process
        assert replacement.pid != busy.pid
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
    assert not replacement.is_alive()  # closing the server stops its query processes


def test_a_huge_construct_is_limited(endpoint):
    query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    status, headers, body = fetch(endpoint + "?" + urllib.parse.urlencode({"query": query}),
                                  headers={"Accept": "application/n-triples"})
    assert status == 200 and headers.get("X-Newsgraph-Truncated") == "true"
    assert len(body.decode().strip().splitlines()) == 20
