#!/usr/bin/env bash
# Lighthouse benchmark (quality.md P8): Lighthouse 13 (npm, tools/quality) in Debian's headless Chromium, desktop preset,
# on the five key pages of a running stack with demo data (./run.sh): home, Vraag & antwoord, the knelpunten list and a
# knelpunt (signed in as professional through the Keycloak login form), the dashboard (as coordinator).
#   tools/bench-lighthouse.sh [runs-per-page, default 3]
# Prints the four category scores per page (median of the runs); HTML and JSON reports in src/target/lighthouse.
# Exits 1 when a bar is missed. Settings: LERENDSTELSEL_APP_PORT [8080] or LERENDSTELSEL_BASE_URL, CHROMIUM [/usr/bin/chromium].
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
APP="${LERENDSTELSEL_BASE_URL:-http://localhost:${LERENDSTELSEL_APP_PORT:-8080}}"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
QUALITY="$ROOT/tools/quality"
[ -x "$CHROMIUM" ] || { echo "Chromium ontbreekt / missing: apt-get install chromium" >&2; exit 2; }
curl -fsS -o /dev/null "$APP/health/ready" || { echo "De applicatie draait niet op $APP / not running: start ./run.sh first" >&2; exit 2; }
if [ ! -f "$QUALITY/node_modules/lighthouse/package.json" ] || [ ! -f "$QUALITY/node_modules/puppeteer-core/package.json" ]; then
    echo "npm ci in tools/quality ..." >&2
    npm ci --prefix "$QUALITY" --no-audit --no-fund --ignore-scripts > "$QUALITY/npm.log" 2>&1 \
        || { tail -20 "$QUALITY/npm.log" >&2; exit 2; }
fi
cd "$QUALITY"
exec node lighthouse.mjs --base "$APP" --out "$ROOT/src/target/lighthouse" --runs "${1:-3}" --chromium "$CHROMIUM"
