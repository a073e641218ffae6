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
# the run itself is that of every Java fault driver
exec "$(dirname "$0")/fault-java.sh" Kill9Fault fault-kill9 \
    -Dfault.writers="${FAULT_WRITERS:-20}" -Dfault.kill.after="${FAULT_KILL_AFTER:-20}"
