#!/usr/bin/env bash
# R2: a PostgreSQL restart under load. Starts the stack on a fresh project-local PostgreSQL cluster (tools/postgres.sh,
# run.sh), runs concurrent clients with real Keycloak tokens (writers: POST /api/v1/knelpunten; readers: the API list
# and two public pages that read the database), stops PostgreSQL (pg_ctl stop -m fast), keeps it down for a while,
# starts it again and reports:
#   - every response while the database was down: status, incident id, stack traces (must be: all 503, all with an
#     incident id, 0 stack traces);
#   - seconds from "database accepting connections again" to the first successful request, and to the last failure;
#   - whether every write the application acknowledged (201) is in the database afterwards.
#
#   tools/fault-db-restart.sh [--skip-build] [--writers N] [--readers N] [--outage SECONDS]
#
# Ports and folders: LERENDSTELSEL_APP_PORT [8080], LERENDSTELSEL_KEYCLOAK_PORT [8180], LERENDSTELSEL_SMTP_PORT [1025],
# LERENDSTELSEL_MAIL_WEB_PORT [1080], LERENDSTELSEL_PG_PORT [5433], LERENDSTELSEL_DATA_DIR [./data/fault-db-restart]
# (the PostgreSQL cluster goes in <data>/postgres). Report: <data>/report.txt; raw samples: <data>/samples.tsv.
# Exit status 0 when the bar is met (503s with incident ids, no stack trace, back within 30 s, no acknowledged write lost).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Scripted load from one address is what the rate limits on writes refuse (quality bar S7): off for this run.
export LERENDSTELSEL_RATELIMIT_USER_PER_MINUTE="${LERENDSTELSEL_RATELIMIT_USER_PER_MINUTE:-0}" \
    LERENDSTELSEL_RATELIMIT_ADDRESS_PER_MINUTE="${LERENDSTELSEL_RATELIMIT_ADDRESS_PER_MINUTE:-0}"
BUILD_FLAG=""
WRITERS=4
READERS=4
OUTAGE=20
WARMUP=20
AFTER=45
while [ $# -gt 0 ]; do
    case "$1" in
        --skip-build) BUILD_FLAG="--skip-build" ;;
        --writers) WRITERS="$2"; shift ;;
        --readers) READERS="$2"; shift ;;
        --outage) OUTAGE="$2"; shift ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done

APP_PORT="${LERENDSTELSEL_APP_PORT:-8080}"
KC_PORT="${LERENDSTELSEL_KEYCLOAK_PORT:-8180}"
export LERENDSTELSEL_PG_PORT="${LERENDSTELSEL_PG_PORT:-5433}"
DATA="${LERENDSTELSEL_DATA_DIR:-$ROOT/data/fault-db-restart}"
export LERENDSTELSEL_PG_DIR="$DATA/postgres"
export LERENDSTELSEL_DB_USER=lerend LERENDSTELSEL_DB_PASSWORD=lerend
APP="http://localhost:$APP_PORT"
TOKEN_URL="http://localhost:$KC_PORT/realms/lerend-stelsel/protocol/openid-connect/token"
PG=("$ROOT/tools/postgres.sh")
now_ms() { date +%s%3N; }
say() { echo "[fault-db-restart] $*"; }

mkdir -p "$DATA"
WORK="$(mktemp -d "$DATA/run.XXXXXX")"
SAMPLES="$DATA/samples.tsv"
: > "$SAMPLES"

# --- the stack on a fresh PostgreSQL -------------------------------------------------------------------------------
"${PG[@]}" start --fresh
RUN_PID=""
LOAD_PIDS=()
cleanup() {
    for pid in "${LOAD_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    if [ -n "$RUN_PID" ]; then
        kill -TERM "$RUN_PID" 2>/dev/null || true
        wait "$RUN_PID" 2>/dev/null || true
    fi
    "${PG[@]}" stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
if [ -n "$BUILD_FLAG" ] && [ ! -f "$DATA/stack/runtime/payara-micro.jar" ] && [ -f "$ROOT/src/target/runtime/payara-micro.jar" ]; then
    # A runtime of its own (Keycloak keeps its database in its folder): runs next to a test suite or a dev stack.
    mkdir -p "$DATA/stack"
    cp -a "$ROOT/src/target/runtime" "$DATA/stack/runtime"
    rm -rf "$DATA"/stack/runtime/keycloak-*/data/h2 "$DATA"/stack/runtime/keycloak-*/data/transaction-logs
fi
say "stack starten op PostgreSQL ... / starting the stack on PostgreSQL ..."
LERENDSTELSEL_DB_URL="$("${PG[@]}" url)" LERENDSTELSEL_DATA_DIR="$DATA/stack" \
    "$ROOT/run.sh" $BUILD_FLAG --fresh --no-demo > "$DATA/run.log" 2>&1 &
RUN_PID=$!
for _ in $(seq 1 600); do
    grep -q "LERENDSTELSEL READY" "$DATA/run.log" 2>/dev/null && break
    kill -0 "$RUN_PID" 2>/dev/null || { tail -30 "$DATA/run.log" >&2; exit 1; }
    sleep 1
done
grep -q "LERENDSTELSEL READY" "$DATA/run.log" || { echo "stack not ready" >&2; exit 1; }

token() { # user
    curl -fsS -d grant_type=password -d client_id=lerend-cli -d scope=openid -d "username=$1" \
        -d password=LerendStelsel2026 "$TOKEN_URL" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# One sample per line: start-ms, end-ms, client, kind, http status, incident id (or -), stack trace (0/1), reference
record() { # client kind start status bodyfile
    local end incident trace=0 ref="-"
    end=$(now_ms)
    incident=$(grep -oE '"incident":"[A-Z0-9]{8}"|[A-Z2-9]{4}-[A-Z2-9]{4}' "$5" | head -1 | sed 's/"incident":"\(.*\)"/\1/' || true)
    grep -qE '(^|[[:space:]])at (java|jakarta|org|com|nl|sun|fish)\.[A-Za-z]|Caused by:|Exception:|\.java:[0-9]+\)' "$5" && trace=1
    if [ "$4" = "201" ]; then ref=$(sed -n 's/.*"referentie":"\([^"]*\)".*/\1/p' "$5"); fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$3" "$end" "$1" "$2" "$4" "${incident:--}" "$trace" "${ref:--}" >> "$SAMPLES"
}

writer() { # n
    local tok i=0 body="$WORK/w$1.body" start status
    tok=$([ $(( $1 % 2 )) -eq 0 ] && echo "$TOKEN_PROFESSIONAL" || echo "$TOKEN_PROFESSIONAL2")
    while :; do
        i=$((i + 1))
        start=$(now_ms)
        status=$(curl -s -o "$body" -w '%{http_code}' --max-time 30 -X POST -H "Authorization: Bearer $tok" \
            -H 'Content-Type: application/json' -H 'Accept: application/json' \
            --data "{\"titel\":\"Herstart-test $1-$i: wachttijd leerbaarheidstoets\",\"omschrijving\":\"Schrijver $1, verzoek $i tijdens de herstart van de database.\",\"thema\":\"leerbaarheidstoets\",\"gemeente\":\"GM0344\",\"doelgroep\":\"Asielstatushouders\",\"schaal\":\"TIENTALLEN\"}" \
            "$APP/api/v1/knelpunten" || echo 000)
        record "w$1" write "$start" "$status" "$body"
        sleep 0.2
    done
}

reader() { # n
    local tok="$TOKEN_COORDINATOR" body="$WORK/r$1.body" start status url kind k=0
    while :; do
        k=$(( (k + 1) % 3 ))
        case $k in
            0) kind=api-read; url="$APP/api/v1/knelpunten" ;;
            1) kind=page; url="$APP/vraag-en-antwoord/" ;;
            2) kind=page; url="$APP/kennisbank/" ;;
        esac
        start=$(now_ms)
        if [ "$kind" = api-read ]; then
            status=$(curl -s -o "$body" -w '%{http_code}' --max-time 30 -H "Authorization: Bearer $tok" -H 'Accept: application/json' "$url" || echo 000)
        else
            status=$(curl -s -o "$body" -w '%{http_code}' --max-time 30 "$url" || echo 000)
        fi
        record "r$1" "$kind" "$start" "$status" "$body"
        sleep 0.2
    done
}

# Tokens once (valid 5 minutes, longer than the run): many quick sign-ins trip Keycloak's brute-force detection (S7).
TOKEN_PROFESSIONAL=$(token professional)
TOKEN_PROFESSIONAL2=$(token professional2)
TOKEN_COORDINATOR=$(token coordinator)
[ -n "$TOKEN_PROFESSIONAL" ] && [ -n "$TOKEN_PROFESSIONAL2" ] && [ -n "$TOKEN_COORDINATOR" ] || { echo "no tokens" >&2; exit 1; }
# One request per person first, one at a time: a person's first request creates their profile and the first knelpunt
# of a year its reference counter row; concurrent first requests collide on those unique keys (a 500 for one of them:
# a known limit, reported separately, not part of R2).
for t in "$TOKEN_PROFESSIONAL" "$TOKEN_PROFESSIONAL2"; do
    curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $t" -H 'Content-Type: application/json' \
        --data '{"titel":"Herstart-test: opwarmen","omschrijving":"Opwarmen voor de meting.","thema":"leerbaarheidstoets","gemeente":"GM0344","doelgroep":"Asielstatushouders","schaal":"TIENTALLEN"}' \
        "$APP/api/v1/knelpunten"
done
curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN_COORDINATOR" "$APP/api/v1/knelpunten"
say "belasting: $WRITERS schrijvers, $READERS lezers / load: $WRITERS writers, $READERS readers"
for n in $(seq 1 "$WRITERS"); do writer "$n" & LOAD_PIDS+=($!); done
for n in $(seq 1 "$READERS"); do reader "$n" & LOAD_PIDS+=($!); done
sleep "$WARMUP"

say "PostgreSQL stoppen (fast) / stopping PostgreSQL"
DOWN_AT=$(now_ms)
"${PG[@]}" stop
STOPPED_AT=$(now_ms)
sleep "$OUTAGE"
say "PostgreSQL starten / starting PostgreSQL"
START_AT=$(now_ms)
"${PG[@]}" start
BACK_AT=$(now_ms)   # pg_ctl -w: accepting connections from here
printf 'down\t%s\nstopped\t%s\nrestart\t%s\nback\t%s\n' "$DOWN_AT" "$STOPPED_AT" "$START_AT" "$BACK_AT" > "$DATA/events.tsv"
sleep "$AFTER"
for pid in "${LOAD_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
wait "${LOAD_PIDS[@]}" 2>/dev/null || true
LOAD_PIDS=()
sleep 1

# --- acknowledged writes -------------------------------------------------------------------------------------------
awk -F'\t' '$5 == "201" && $8 != "-" { print $8 }' "$SAMPLES" | sort -u > "$WORK/acknowledged.txt"
ACKED=$(wc -l < "$WORK/acknowledged.txt")
{
    echo "CREATE TEMP TABLE ack (reference VARCHAR(40));"
    echo "COPY ack FROM STDIN;"
    cat "$WORK/acknowledged.txt"
    echo '\.'
    echo "SELECT COUNT(*) FROM ack a WHERE EXISTS (SELECT 1 FROM bottleneck b WHERE b.reference = a.reference);"
} > "$WORK/check.sql"
PRESENT=$("${PG[@]}" psql -d lerend -At -q -v ON_ERROR_STOP=1 < "$WORK/check.sql" | tail -1)

# --- report --------------------------------------------------------------------------------------------------------
REPORT="$DATA/report.txt"
awk -F'\t' -v down="$DOWN_AT" -v stopped="$STOPPED_AT" -v back="$BACK_AT" -v restart="$START_AT" \
    -v acked="$ACKED" -v present="$PRESENT" -v writers="$WRITERS" -v readers="$READERS" -v outage="$OUTAGE" '
    function ok(s) { return s ~ /^2/ }
    {
        total++; if ($7 == 1) traces++
        # requests that ended while the database was down (stop issued .. accepting again)
        if ($2 >= down && $2 <= back) {
            o++; os[$5]++; if ($5 == "503" && $6 != "-") o503i++; if ($7 == 1) otrace++
            if (ok($5)) ook++
        }
        if ($1 >= back && ok($5) && (first == "" || $2 < first)) first = $2
        if ($1 >= back && !ok($5) && $2 > lastfail) lastfail = $2
        if ($1 >= back && !ok($5)) afterfail++
        if ($2 < down && !ok($5)) beforefail++
        if ($1 >= back) { after++; if (ok($5)) afterok++ }
        if ($1 < back && $2 > back) { straddle++; if (!ok($5)) { straddlefail++; sf[$5]++ } }
    }
    END {
        printf "clients: %d writers (POST /api/v1/knelpunten), %d readers (GET /api/v1/knelpunten, /vraag-en-antwoord/, /kennisbank/)\n", writers, readers
        printf "outage: pg_ctl stop -m fast took %.1f s; database down %.1f s (requested %d s)\n", (stopped - down) / 1000, (back - down) / 1000, outage
        printf "requests: %d in total, %d failed before the outage\n", total, beforefail
        printf "during the outage: %d responses:", o
        for (s in os) printf " %s x%d", s, os[s]
        printf "\n  503 with an incident id: %d of %d; successes (served without the database): %d; stack traces: %d\n", o503i, o, ook, otrace + 0
        printf "stack traces in any response: %d\n", traces + 0
        if (first != "") printf "first successful request after the database was back: %.1f s\n", (first - back) / 1000
        else printf "first successful request after the database was back: none\n"
        if (lastfail > 0) printf "last failed request after the database was back: %.1f s (%d failures after it was back)\n", (lastfail - back) / 1000, afterfail
        else printf "last failed request after the database was back: none (0 failures after it was back)\n"
        printf "after the restart: %d of %d requests succeeded\n", afterok, after
        printf "requests in flight when the database came back: %d, failed: %d", straddle, straddlefail
        for (x in sf) printf " (%s x%d)", x, sf[x]
        printf "\n"
        printf "acknowledged writes (201): %d, present in the database afterwards: %d\n", acked, present
        bad = (o503i + ook != o) || traces > 0 || sf["500"] > 0 || first == "" || (first - back) > 30000 || present != acked || beforefail > 0 \
            || (lastfail > 0 && lastfail - back > 30000)
        printf "R2: %s\n", bad ? "NOT MET" : "met"
        exit bad
    }' "$SAMPLES" | tee "$REPORT"
