#!/usr/bin/env bash
# Search benchmark: indexes the reference volume (default 100,000 knelpunten and 10,000 Q&A entries) into an on-disk
# Lucene index with the application's analysers and times queries and suggestions. Usage: tools/bench-search.sh [knelpunten] [qa]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl src -Pbench test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java -Dexec.classpathScope=test \
    -Dexec.mainClass=nl.lerendstelsel.infrastructure.search.SearchBenchmark -Dexec.args="${1:-100000} ${2:-10000}"
