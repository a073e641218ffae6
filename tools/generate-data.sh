#!/usr/bin/env bash
# Reference data generator: fills an empty database with the reference data set of quality.md (342 gemeenten, 5,000 users,
# 100,000 knelpunten with history and supports, 2,000 signals, 10,000 Q&A entries, 50 CoPs with 200,000 posts; other
# volumes scale with --knelpunten), realistic Dutch texts from a seeded generator. Runs the migrations first and refuses a
# database that already holds data (unless --force). Derby in --data-dir (default ./data, where run.sh uses it) or
# PostgreSQL with --db-url. Start the application on it afterwards; it rebuilds the search index from the data.
# Usage: tools/generate-data.sh [--knelpunten N] [--seed N] [--data-dir DIR | --db-url URL --db-user U --db-password P]
#        [--users N --signals N --qa N --cops N --posts N] [--today YYYY-MM-DD] [--force]      (--help for all)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ARGS=()
for arg in "$@"; do
    # relative paths are relative to where the command was started, not to the project
    if [ "${prev:-}" = "--data-dir" ] && [ "${arg#/}" = "$arg" ]; then arg="$PWD/$arg"; fi
    ARGS+=("$arg"); prev="$arg"
done
# without --data-dir or --db-url: ./data of the project, as run.sh
if [[ " ${ARGS[*]:-} " != *" --data-dir "* && " ${ARGS[*]:-} " != *" --db-url "* && " ${ARGS[*]:-} " != *" --help "* && " ${ARGS[*]:-} " != *" -h "* ]]; then
    ARGS+=(--data-dir "${LERENDSTELSEL_DATA_DIR:-$ROOT/data}")
fi
cd "$ROOT"
exec mvn -B -q -pl src -Pbench test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java -Dexec.classpathScope=test \
    -Dexec.mainClass=nl.lerendstelsel.bench.GenerateData -Dexec.args="${ARGS[*]:-}"
