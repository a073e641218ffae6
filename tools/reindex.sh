#!/usr/bin/env bash
# Rebuilds the search index from the database: tools/reindex.sh [admin-username]
# Asks Keycloak for a token (development client lerend-cli; in production set LERENDSTELSEL_TOKEN to an admin's access
# token instead) and calls POST /api/v1/beheer/zoekindex. Prints the number of documents indexed.
set -euo pipefail
APP="${LERENDSTELSEL_BASE_URL:-http://localhost:${LERENDSTELSEL_APP_PORT:-8080}}"
if [ -z "${LERENDSTELSEL_TOKEN:-}" ]; then
    USERNAME="${1:-admin}"
    read -r -s -p "Wachtwoord van $USERNAME / password: " PASSWORD; echo
    LERENDSTELSEL_TOKEN=$(curl -fsS -d grant_type=password -d client_id=lerend-cli -d "username=$USERNAME" --data-urlencode "password=$PASSWORD" \
        "http://localhost:${LERENDSTELSEL_KEYCLOAK_PORT:-8180}/realms/lerend-stelsel/protocol/openid-connect/token" \
        | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
fi
curl -fsS -X POST -H "Authorization: Bearer $LERENDSTELSEL_TOKEN" "$APP/api/v1/beheer/zoekindex"; echo
