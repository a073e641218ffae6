#!/usr/bin/env bash
# Online backup while the application runs: tools/backup.sh [admin-username]
# Embedded Derby (the default): asks the application (POST /api/v1/beheer/back-ups, admins only) for a consistent copy in
# <data>/backups/<date-time>/lerend-stelsel (LERENDSTELSEL_BACKUP_DIR to choose another folder). Restore it with
# tools/restore.sh while the application is stopped.
# PostgreSQL: run pg_dump instead, e.g. pg_dump -Fc -h HOST -U lerend -f lerend-$(date +%F).dump lerend (docs/operations.md).
# Token: the development client lerend-cli with the admin's password (asked for, or LERENDSTELSEL_ADMIN_PASSWORD); in
# production set LERENDSTELSEL_TOKEN to an admin's access token instead.
set -euo pipefail
APP="${LERENDSTELSEL_BASE_URL:-http://localhost:${LERENDSTELSEL_APP_PORT:-8080}}"
if [ -z "${LERENDSTELSEL_TOKEN:-}" ]; then
    USERNAME="${1:-admin}"
    PASSWORD="${LERENDSTELSEL_ADMIN_PASSWORD:-}"
    if [ -z "$PASSWORD" ]; then
        read -r -s -p "Wachtwoord van $USERNAME / password: " PASSWORD; echo
    fi
    LERENDSTELSEL_TOKEN=$(curl -fsS -d grant_type=password -d client_id=lerend-cli -d "username=$USERNAME" --data-urlencode "password=$PASSWORD" \
        "http://localhost:${LERENDSTELSEL_KEYCLOAK_PORT:-8180}/realms/lerend-stelsel/protocol/openid-connect/token" \
        | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
fi
curl -fsS -X POST -H "Authorization: Bearer $LERENDSTELSEL_TOKEN" "$APP/api/v1/beheer/back-ups"; echo
