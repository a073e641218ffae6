#!/usr/bin/env bash
# Issue 29's pages at the reference volume: builds an embedded Derby database in src/target/bench-issue29/<knelpunten> with
# the Flyway migrations and the reference data generator of tools/generate-data.sh (five years of monitor rounds included;
# CoP discussions left out), runs EclipseLink in Java SE on it and times, per call, the whole dashboard (figures, time per
# level, coverage), a monitor round's results (all, one region, one province; previous round beside it) and "Mijn gemeente"
# for a large and a small gemeente: the first call after start, then p50/p95/max warm; then the dashboard's parts.
# --reuse measures the database of an earlier run again instead of generating it. Report: src/target/bench-issue29/report.txt.
# Usage: tools/bench-issue29.sh [--reuse] [--runs N] [--only round,Mijn] [knelpunten]   (default 100000; 30 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl src -Pbench test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java -Dexec.classpathScope=test \
    -Dexec.mainClass=nl.lerendstelsel.application.statistics.Issue29Benchmark -Dexec.args="${*:-100000}"
