#!/usr/bin/env bash
# Runs the whole test suite: unit tests, Arquillian tests in Payara Micro, and browser tests in headless
# Chromium against the real stack (Keycloak + Payara Micro, started by the tests through run.sh), on Derby.
# Installs what a fresh Debian machine lacks for that (Chromium and its driver) first. On PostgreSQL:
# ./test.sh -Dit.db=postgresql (tools/postgres.sh installs PostgreSQL 15 when it is missing).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

fail() { echo "FOUT / ERROR: $*" >&2; exit 1; }
command -v java >/dev/null 2>&1 || fail "Java is niet gevonden; installeer JDK 17 of nieuwer. / Java not found: install JDK 17+."
command -v mvn >/dev/null 2>&1 || fail "Maven is niet gevonden (Debian: apt-get install maven). / Maven not found."

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    echo "[lerend-stelsel] Chromium en chromedriver installeren (Debian-pakketten) ... / installing Chromium ..."
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    command -v apt-get >/dev/null 2>&1 || fail "apt-get ontbreekt: installeer chromium en chromium-driver zelf. / install chromium and chromium-driver."
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

exec mvn -B -f "$ROOT/pom.xml" verify "$@"
