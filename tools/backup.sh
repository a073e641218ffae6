#!/usr/bin/env bash
# Online backup while the application runs: tools/backup.sh [admin-username]
# Embedded Derby (the default): asks the application (POST /api/v1/beheer/back-ups, admins only) for a consistent copy in
# <data>/backups/<date-time>/lerend-stelsel (LERENDSTELSEL_BACKUP_DIR to choose another folder). Restore it with
# tools/restore.sh while the application is stopped.
# PostgreSQL: run pg_dump instead, e.g. pg_dump -Fc -h HOST -U lerend -f lerend-$(date +%F).dump lerend (docs/operations.md).
# Token, in this order:
#   LERENDSTELSEL_TOKEN                 an access token you already have;
#   LERENDSTELSEL_BACKUP_CLIENT_SECRET  production: the service account lerend-backup of the production realm
#                                       (tools/keycloak-production-realm.sh), client credentials grant at
#                                       LERENDSTELSEL_OIDC_PROVIDER_URI (the realm's address); no person's password;
#   otherwise                           development only: the client lerend-cli with the admin's password (asked for, or
#                                       LERENDSTELSEL_ADMIN_PASSWORD); the production realm has no such client.
set -euo pipefail
APP="${LERENDSTELSEL_BASE_URL:-http://localhost:${LERENDSTELSEL_APP_PORT:-8080}}"
REALM_URL="${LERENDSTELSEL_OIDC_PROVIDER_URI:-http://localhost:${LERENDSTELSEL_KEYCLOAK_PORT:-8180}/realms/lerend-stelsel}"
access_token() { sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'; }
if [ -z "${LERENDSTELSEL_TOKEN:-}" ] && [ -n "${LERENDSTELSEL_BACKUP_CLIENT_SECRET:-}" ]; then
    # The secret goes to curl on standard input, not on its command line (which other users can see in ps).
    LERENDSTELSEL_TOKEN=$(printf 'grant_type=client_credentials&client_id=%s&client_secret=%s' \
            "${LERENDSTELSEL_BACKUP_CLIENT_ID:-lerend-backup}" \
            "$(printf '%s' "$LERENDSTELSEL_BACKUP_CLIENT_SECRET" | jq -sRr @uri 2>/dev/null || printf '%s' "$LERENDSTELSEL_BACKUP_CLIENT_SECRET")" \
        | curl -fsS --data-binary @- -H 'Content-Type: application/x-www-form-urlencoded' "$REALM_URL/protocol/openid-connect/token" \
        | access_token)
    [ -n "$LERENDSTELSEL_TOKEN" ] || { echo "FOUT / ERROR: geen token voor lerend-backup / no token for lerend-backup" >&2; exit 1; }
fi
if [ -z "${LERENDSTELSEL_TOKEN:-}" ]; then
    USERNAME="${1:-admin}"
    PASSWORD="${LERENDSTELSEL_ADMIN_PASSWORD:-}"
    if [ -z "$PASSWORD" ]; then
        read -r -s -p "Wachtwoord van $USERNAME / password: " PASSWORD; echo
    fi
    LERENDSTELSEL_TOKEN=$(curl -fsS -d grant_type=password -d client_id=lerend-cli -d "username=$USERNAME" --data-urlencode "password=$PASSWORD" \
        "$REALM_URL/protocol/openid-connect/token" | access_token)
fi
curl -fsS -X POST -H "Authorization: Bearer $LERENDSTELSEL_TOKEN" "$APP/api/v1/beheer/back-ups"; echo
