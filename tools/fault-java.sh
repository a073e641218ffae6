#!/usr/bin/env bash
# What the Java fault drivers share (tools/fault-kill9.sh, tools/fault-keycloak-down.sh): runs the driver
# nl.lerendstelsel.faults.<CLASS> of src/bench against the test classpath, with the fault stack's ports and its own data
# folder; further arguments (-Dfault.…) go to the driver as they are.
# Usage: tools/fault-java.sh CLASS DATA-FOLDER-NAME [-Dfault.x=y …]   (needs a built WAR: mvn -pl src package -DskipTests)
# Settings: FAULT_APP_PORT [28080] FAULT_KEYCLOAK_PORT [28180] FAULT_SMTP_PORT [28025] FAULT_MAIL_WEB_PORT [28090]
#           FAULT_DATA_DIR [src/target/DATA-FOLDER-NAME]
set -euo pipefail
DRIVER="$1"
DATA_NAME="$2"
shift 2
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
# Scripted load from one address is what the rate limits on writes refuse (quality bar S7): off for this run.
export LERENDSTELSEL_RATELIMIT_USER_PER_MINUTE="${LERENDSTELSEL_RATELIMIT_USER_PER_MINUTE:-0}" \
    LERENDSTELSEL_RATELIMIT_ADDRESS_PER_MINUTE="${LERENDSTELSEL_RATELIMIT_ADDRESS_PER_MINUTE:-0}"
mvn -B -q -pl src -Pbench test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java -Dexec.classpathScope=test \
    -Dexec.mainClass="nl.lerendstelsel.faults.$DRIVER" -Dexec.cleanupDaemonThreads=false \
    -Dlerend.project.dir="$ROOT" \
    -Dfault.data.dir="${FAULT_DATA_DIR:-$ROOT/src/target/$DATA_NAME}" \
    -Dfault.app.port="${FAULT_APP_PORT:-28080}" -Dfault.keycloak.port="${FAULT_KEYCLOAK_PORT:-28180}" \
    -Dfault.smtp.port="${FAULT_SMTP_PORT:-28025}" -Dfault.mailweb.port="${FAULT_MAIL_WEB_PORT:-28090}" \
    "$@"
