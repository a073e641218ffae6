#!/usr/bin/env bash
# Refreshes the committed copy of the OpenAPI document (src/test/resources/openapi/lerend-stelsel-api.json) from a running
# stack: tools/refresh-openapi-copy.sh [base-url]   (default http://localhost:$LERENDSTELSEL_APP_PORT, port 8080), or from a
# document saved earlier: tools/refresh-openapi-copy.sh src/target/openapi-served.json (GeneratedClientIT keeps the served
# document there when it differs from the copy).
# The build generates the test client from this copy and GeneratedClientIT fails when the served document differs from it
# (issue 28): after a deliberate change of the API, start the stack (./run.sh), run this, review the diff, commit it.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
APP="${1:-${LERENDSTELSEL_BASE_URL:-http://localhost:${LERENDSTELSEL_APP_PORT:-8080}}}"
COPY="$ROOT/src/test/resources/openapi/lerend-stelsel-api.json"
mkdir -p "$(dirname "$COPY")"
FETCHED="$(mktemp)"
trap 'rm -f "$FETCHED"' EXIT
if [ -f "$APP" ]; then
    cp "$APP" "$FETCHED"
else
    curl -fsS -H 'Accept: application/json' "$APP/openapi?format=JSON" -o "$FETCHED" \
    || { echo "FOUT / ERROR: $APP/openapi?format=JSON niet bereikbaar; draait de stack (./run.sh)? / not reachable" >&2; exit 1; }
fi
# Pretty-printed with every object's members in name order: Payara serves them in an order that varies from one start to
# the next, and sorted they leave a diff that shows only what changed. Arrays keep the served order (the order of an
# operation's parameters is the order of the generated method's arguments).
python3 -m json.tool --no-ensure-ascii --sort-keys --indent 2 "$FETCHED" > "$COPY"
echo "$COPY bijgewerkt / refreshed from $APP"
