#!/usr/bin/env bash
# Run a Jena command from Debian's libapache-jena-java (4.5), which ships the jars but no commands.
#
#   tests/tools/jena.sh riot --validate graph.ttl     # riotcmd.riot (parse, --validate, --count, --output ...)
#   tests/tools/jena.sh arq --data graph.ttl --query q.rq
#   tests/tools/jena.sh sparql|shacl|turtle|ntriples|trig|nquads ARGS...
#
# The exit code is the command's own.
#
# Two things the Debian jars need:
# - The classpath lists jars one by one. /usr/share/java/* holds several slf4j bindings and bridges
#   (slf4j-log4j12 beside log4j-over-slf4j): with a wildcard classpath slf4j aborts with
#   ExceptionInInitializerError. One binding here: slf4j-simple, which logs riot's warnings and
#   errors to stderr (where riot --count also prints its count).
# - Debian relocates Jena's private copy of xerces to the package `xerces.*` but leaves its message
#   bundles at org/apache/jena/ext/xerces/**.properties, so `xerces.impl.msg.DatatypeMessages` is not
#   found: the first xsd datatype (any xsd:date or xsd:decimal literal) fails with
#   ExceptionInInitializerError ("internal error" in XSSimpleTypeDecl.applyFacets1). The fix is a small
#   jar with those bundles at xerces/**.properties, built once (from jena-core.jar, by python3) as
#   ${XDG_CACHE_HOME:-~/.cache}/newsgraph-jena/xerces-props.jar.
#
# Not available from Debian 12's jars: JSON-LD 1.1 output (titanium needs a jakarta.json provider,
# parsson, which Debian does not package); `riot --output jsonld10` works.
set -euo pipefail

JAVA_DIR=${JENA_JAVA_DIR:-/usr/share/java}

usage() {
  echo "usage: $0 {riot|arq|sparql|shacl|turtle|ntriples|trig|nquads} ARGS..." >&2
  exit 2
}
[ "$#" -ge 1 ] || usage
case "$1" in
  riot) main=riotcmd.riot ;;
  turtle | ntriples | trig | nquads) main=riotcmd.$1 ;;
  arq) main=arq.arq ;;
  sparql) main=arq.sparql ;;
  shacl) main=shacl.shacl ;;
  -h | --help) usage ;;
  *) echo "$0: unknown command '$1'" >&2; usage ;;
esac
shift

command -v java >/dev/null 2>&1 || { echo "$0: java not found (apt-get install default-jre-headless)" >&2; exit 127; }

# One jar by name: the unversioned symlink Debian installs, else a versioned file name-X.Y.jar.
jar_path() {
  local name=$1 found
  if [ -f "$JAVA_DIR/$name.jar" ]; then
    echo "$JAVA_DIR/$name.jar"
    return
  fi
  found=$(find "$JAVA_DIR" -maxdepth 1 -name "$name-[0-9]*.jar" 2>/dev/null | sort -V | tail -n 1)
  [ -n "$found" ] || return 1
  echo "$found"
}

# Needed for riot --validate / --count and arq on Turtle, N-Triples, TriG: without any one of these
# riot fails (NoClassDefFoundError) or warns. thrift.jar's manifest drags in slf4j-api, commons-lang3
# and httpclient; they are listed here anyway rather than left to that accident.
required=(
  jena-cmds jena-arq jena-core jena-base jena-iri
  slf4j-api slf4j-simple       # logging: the API and exactly one binding
  commons-lang3                # org.apache.jena.base.Sys
  commons-io                   # arq's command line
  commons-compress             # riot's input (bzip2 / gzip streams)
  guava                        # Debian builds Jena's caches on Guava instead of Caffeine
  thrift                       # RDF Thrift, registered at start-up
  jsonld-java jackson-core jackson-annotations jackson-databind  # JSON-LD 1.0, registered at start-up
)
# The rest of the Debian package's dependencies, for other riot / arq features (CSV and protobuf
# results, HTTP sources, JSON-LD contexts) and for the shacl command; used when present.
optional=(
  jena-shacl commons-cli commons-codec commons-csv dexx.collection gson protobuf
  httpclient httpclient-cache httpcore jcl-over-slf4j titanium-json-ld jakarta.json-api
)

cp=""
for name in "${required[@]}"; do
  path=$(jar_path "$name") || { echo "$0: $JAVA_DIR/$name.jar not found (apt-get install libapache-jena-java)" >&2; exit 127; }
  cp+="$path:"
done
for name in "${optional[@]}"; do
  if path=$(jar_path "$name"); then cp+="$path:"; fi
done

# The xerces message bundles, moved to where the relocated classes look for them.
core=$(jar_path jena-core)
cache="${XDG_CACHE_HOME:-$HOME/.cache}/newsgraph-jena"
props="$cache/xerces-props.jar"
if [ ! -s "$props" ] || [ "$core" -nt "$props" ]; then
  mkdir -p "$cache"
  tmp=$(mktemp "$cache/xerces-props.XXXXXX")
  if ! python3 - "$core" "$tmp" <<'EOF'
import sys
import zipfile

prefix = "org/apache/jena/ext/"
with zipfile.ZipFile(sys.argv[1]) as core, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as out:
    names = [n for n in core.namelist() if n.startswith(prefix + "xerces/") and n.endswith(".properties")]
    if not names:
        sys.exit(f"no xerces message bundles under {prefix}xerces/ in {sys.argv[1]}")
    for name in names:
        out.writestr(name[len(prefix):], core.read(name))  # org/apache/jena/ext/xerces/... -> xerces/...
EOF
  then rm -f "$tmp"; exit 1; fi
  chmod 644 "$tmp"
  mv -f "$tmp" "$props"
fi
cp+="$props"

exec java ${JENA_JAVA_OPTS:-} -cp "$cp" "$main" "$@"
