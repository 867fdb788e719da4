"""newsgraph: news articles -> a knowledge graph (RDF/Turtle and an offline HTML view)."""
