#!/usr/bin/env bash
# Server CPU per request, per page, for one signed-in person: the robust way to compare two builds on a machine that
# also runs other work (load averages move p95 figures; CPU time spent per request hardly moves).
#
#   tools/bench-cpu.sh [--user professional2] [--seconds 15] [--rounds 2] PATH...
#
# Against a running stack (./run.sh, any data set): signs in through Keycloak with curl, warms each page up for the
# same time, then per round and page runs `wrk -t1 -c2` for --seconds and divides the Payara JVM's CPU time
# (/proc/<pid>/stat, user + system) by the number of requests. Installs wrk (Debian package) when it is missing.
# Example, the knelpunt page against the trivial page:
#   tools/bench-cpu.sh /status.xhtml /index.xhtml "/app/knelpunten/detail.xhtml?ref=KP-2024-00005"
set -euo pipefail
APP="${LERENDSTELSEL_APP_URL:-http://localhost:${LERENDSTELSEL_APP_PORT:-8080}}"
PORT="${APP##*:}"; PORT="${PORT%%/*}"
USER_NAME=professional2; SECONDS_PER_PAGE=15; ROUNDS=2; PATHS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --user) USER_NAME="$2"; shift 2 ;;
        --seconds) SECONDS_PER_PAGE="$2"; shift 2 ;;
        --rounds) ROUNDS="$2"; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) PATHS+=("$1"); shift ;;
    esac
done
[ ${#PATHS[@]} -gt 0 ] || { echo "bench-cpu: name at least one page, e.g. /status.xhtml" >&2; exit 2; }
if ! command -v wrk >/dev/null 2>&1; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi
PID=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
[ -n "$PID" ] || { echo "bench-cpu: nothing listens on port $PORT; start ./run.sh first" >&2; exit 1; }

JAR="$(mktemp)"; trap 'rm -f "$JAR"' EXIT
page=$(curl -s -L -c "$JAR" -b "$JAR" "$APP/app/start.xhtml")
action=$(echo "$page" | grep -o 'action="[^"]*login-actions[^"]*"' | head -1 | sed 's/action="//;s/"$//;s/&amp;/\&/g')
[ -n "$action" ] || { echo "bench-cpu: no Keycloak sign-in form at $APP/app/start.xhtml" >&2; exit 1; }
curl -s -L -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "username=$USER_NAME" \
    --data-urlencode "password=${LERENDSTELSEL_DEMO_PASSWORD:-LerendStelsel2026}" --data "credentialId=" "$action"
SESSION=$(awk '$6 == "LSSESSION" {print $7}' "$JAR" | tail -1)
[ -n "$SESSION" ] || { echo "bench-cpu: sign-in as $USER_NAME failed" >&2; exit 1; }

tick=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
run() { wrk -t1 -c2 -d"$2"s -H "Cookie: LSSESSION=$SESSION" "$APP$1" | awk '/requests in/ {print $1}'; }
for path in "${PATHS[@]}"; do run "$path" "$SECONDS_PER_PAGE" >/dev/null; done
echo "bench-cpu $(date -u +%FT%TZ) user=$USER_NAME pid=$PID load=$(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
    for path in "${PATHS[@]}"; do
        c0=$(cpu); n=$(run "$path" "$SECONDS_PER_PAGE"); c1=$(cpu)
        printf 'round %s  %-60s requests=%-6s cpu_ms_per_request=%s\n' "$round" "$path" "$n" \
            "$(awk -v c="$((c1 - c0))" -v t="$tick" -v n="$n" 'BEGIN { printf "%.2f", (n > 0 ? c * 1000 / t / n : 0) }')"
    done
done
