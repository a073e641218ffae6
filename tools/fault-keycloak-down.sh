#!/usr/bin/env bash
# Fault test R3 (quality bars): Keycloak down. Starts Keycloak + MailDev (run.sh --no-app) and the application
# (run.sh --app-only) on a fresh data folder, shortens the realm's token lifetime to 30 s, signs a browser in through
# the real code flow (HTTP client with cookies filling in Keycloak's login form), kills Keycloak with SIGKILL, and checks:
# the signed-in session keeps navigating (also once its tokens expired), an API call with a still-valid token works, a
# new sign-in gets a clear 503 page within 5 s; then starts Keycloak again and signs in anew.
# Exit status 0 when the bar is met; report in <data>/report.txt.
# Usage: tools/fault-keycloak-down.sh      (needs a built WAR: mvn -pl src package -DskipTests)
# Settings: FAULT_APP_PORT [28080] FAULT_KEYCLOAK_PORT [28180] FAULT_SMTP_PORT [28025] FAULT_MAIL_WEB_PORT [28090]
#           FAULT_DATA_DIR [src/target/fault-keycloak-down]
set -euo pipefail
# the run itself is that of every Java fault driver
exec "$(dirname "$0")/fault-java.sh" KeycloakDownFault fault-keycloak-down
