#!/usr/bin/env bash
# Runs the whole test suite: unit tests, Arquillian tests in Payara Micro, and browser tests in headless
# Chromium against the real stack (Keycloak + Payara Micro, started by the tests through run.sh), on Derby.
# Installs what a fresh Debian machine lacks for that (Chromium and its driver) first. On PostgreSQL:
# ./test.sh -Dit.db=postgresql (tools/postgres.sh installs PostgreSQL 15 when it is missing). Maven comes through the Maven
# Wrapper (./mvnw). Further arguments go to Maven.
#
#   ./test.sh            the whole suite: the CI gate (Derby, then the persistence tests again on PostgreSQL)
#   ./test.sh --quick    the quick lane: unit tests and the integration tests tagged "quick" (@Tag("quick"): the fast REST
#                        API tests and a few short browser tests), once, on Derby, against one start of the real stack
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

fail() { echo "FOUT / ERROR: $*" >&2; exit 1; }
command -v java >/dev/null 2>&1 || fail "Java is niet gevonden; installeer JDK 17 of nieuwer. / Java not found: install JDK 17+."

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    echo "[lerend-stelsel] Chromium en chromedriver installeren (Debian-pakketten) ... / installing Chromium ..."
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    command -v apt-get >/dev/null 2>&1 || fail "apt-get ontbreekt: installeer chromium en chromium-driver zelf. / install chromium and chromium-driver."
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ "${1:-}" = "--quick" ]; then
    shift
    # profile quick (src/pom.xml): failsafe runs only the tests tagged "quick", and not a second time on PostgreSQL
    exec "$ROOT/mvnw" -B -f "$ROOT/pom.xml" -pl src -am -Pquick verify "$@"
fi
exec "$ROOT/mvnw" -B -f "$ROOT/pom.xml" verify "$@"
