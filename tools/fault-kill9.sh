#!/usr/bin/env bash
# Fault test R1 (docs: ../shared quality bars): kill -9 of Payara Micro while 20 writers work through the REST API.
# Starts Keycloak + MailDev (run.sh --no-app) and the application (run.sh --app-only) on a fresh data folder, runs 20
# concurrent writers with real Keycloak tokens (report, comment, support, take + escalate), records every acknowledged
# write, kills Payara Micro with SIGKILL mid-run, restarts the application alone on the same data, times it until
# /health/ready, and checks every acknowledged write through the API and, with the application stopped, in Derby
# (level/status agree with the last history line). Exit status 0 when the bar is met; report in <data>/report.txt.
# Usage: tools/fault-kill9.sh            (needs a built WAR: mvn -pl src package -DskipTests)
# Settings: FAULT_APP_PORT [28080] FAULT_KEYCLOAK_PORT [28180] FAULT_SMTP_PORT [28025] FAULT_MAIL_WEB_PORT [28090]
#           FAULT_DATA_DIR [src/target/fault-kill9] FAULT_WRITERS [20] FAULT_KILL_AFTER [20] (seconds of writing)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
# Scripted load from one address is what the rate limits on writes refuse (quality bar S7): off for this run.
export LERENDSTELSEL_RATELIMIT_USER_PER_MINUTE="${LERENDSTELSEL_RATELIMIT_USER_PER_MINUTE:-0}" \
    LERENDSTELSEL_RATELIMIT_ADDRESS_PER_MINUTE="${LERENDSTELSEL_RATELIMIT_ADDRESS_PER_MINUTE:-0}"
mvn -B -q -pl src -Pbench test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java -Dexec.classpathScope=test \
    -Dexec.mainClass=nl.lerendstelsel.faults.Kill9Fault -Dexec.cleanupDaemonThreads=false \
    -Dlerend.project.dir="$ROOT" \
    -Dfault.data.dir="${FAULT_DATA_DIR:-$ROOT/src/target/fault-kill9}" \
    -Dfault.app.port="${FAULT_APP_PORT:-28080}" -Dfault.keycloak.port="${FAULT_KEYCLOAK_PORT:-28180}" \
    -Dfault.smtp.port="${FAULT_SMTP_PORT:-28025}" -Dfault.mailweb.port="${FAULT_MAIL_WEB_PORT:-28090}" \
    -Dfault.writers="${FAULT_WRITERS:-20}" -Dfault.kill.after="${FAULT_KILL_AFTER:-20}"
