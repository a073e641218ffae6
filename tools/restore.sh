#!/usr/bin/env bash
# Restores the embedded Derby database from a backup made by tools/backup.sh, with the application stopped:
#   tools/restore.sh <backup-folder> [data-folder]
# <backup-folder> is one folder under <data>/backups (or the lerend-stelsel folder inside it); [data-folder] defaults to
# LERENDSTELSEL_DATA_DIR or ./data. The current database is kept next to it as lerend-stelsel.voor-herstel-<time>.
# The search index is rebuilt from the database when the application starts again.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
fail() { echo "[herstel] $1" >&2; exit 1; }
[ $# -ge 1 ] || fail "Gebruik / usage: tools/restore.sh <back-upmap> [datamap]"
BACKUP="$(cd "$1" && pwd)"
[ -d "$BACKUP/lerend-stelsel" ] && BACKUP="$BACKUP/lerend-stelsel"
[ -d "$BACKUP/seg0" ] || fail "$1 is geen Derby-back-up (geen seg0). / not a Derby backup."
DATA_DIR="${2:-${LERENDSTELSEL_DATA_DIR:-$ROOT/data}}"
DB="$DATA_DIR/derby/lerend-stelsel"
if [ -f "$DB/db.lck" ] && curl -fsS -o /dev/null "http://localhost:${LERENDSTELSEL_APP_PORT:-8080}/health/live" 2>/dev/null; then
    fail "De applicatie draait nog; stop haar eerst (Ctrl-C in run.sh). / Stop the application first."
fi
APP_DIR="$ROOT/src/target/lerend-stelsel"
if [ ! -d "$APP_DIR/WEB-INF/lib" ]; then
    echo "[herstel] Bouwen ... / building ..."
    mvn -B -q -f "$ROOT/pom.xml" -pl src -am -DskipTests package
fi
if [ -d "$DB" ]; then
    KEPT="$DB.voor-herstel-$(date +%Y%m%d-%H%M%S)"
    mv "$DB" "$KEPT"
    echo "[herstel] Huidige database bewaard in / current database kept in $KEPT"
fi
mkdir -p "$DATA_DIR/derby"
java -cp "$APP_DIR/WEB-INF/classes:$APP_DIR/WEB-INF/lib/*" nl.lerendstelsel.infrastructure.persistence.DerbyBackup "$BACKUP" "$DB"
