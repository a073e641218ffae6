#!/usr/bin/env bash
# Dashboard benchmark: for each size (default 10,000 and 100,000 knelpunten, the reference volume of quality.md) builds a
# fresh embedded Derby database in src/target/bench-dashboard/<size> with the Flyway migrations, fills it with a seeded
# realistic spread (reference data, 5,000 users, 50 CoPs, ~1.5 supports per knelpunt, signals), runs EclipseLink in Java SE
# on it and times StatisticsService.dashboard(...) for four callers and every statistics query on its own (p50/p95/max),
# then the p95 ratio largest/smallest. The report is also written to src/target/bench-dashboard/report.txt.
# Usage: tools/bench-dashboard.sh [knelpunten...]     e.g. tools/bench-dashboard.sh 10000 100000
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl src -Pbench test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java -Dexec.classpathScope=test \
    -Dexec.mainClass=nl.lerendstelsel.application.statistics.StatisticsBenchmark -Dexec.args="${*:-10000 100000}"
