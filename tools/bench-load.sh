#!/usr/bin/env bash
# Load benchmark (bars P1, P2 and P6 of the quality bars): Gatling (from Maven Central, profile load-benchmark of
# src/pom.xml) against the real stack. Creates the benchmark accounts bench-001 … in Keycloak (admin REST API,
# idempotent), then N signed-in users (real Keycloak login form, real session cookie) on a mixed workload (knelpunten
# list, filters, paging, details, search; reporting, support, comments, escalation through the real Faces forms),
# then the P2 capacity phases (trivial Faces page vs knelpunten list, alternating, same server). Prints a summary per
# request type with p50/p95/p99, throughput, the load average and the verdicts; Gatling's HTML report stays in
# src/target/gatling/<run>/index.html.
#
#   tools/bench-load.sh                         start the stack on the data that is there (LERENDSTELSEL_DATA_DIR,
#                                               default /tmp/lerend-stelsel-bench), run, stop
#   tools/bench-load.sh --demo                  the same on fresh demo data (run.sh --fresh)
#   tools/bench-load.sh --reuse                 use the stack that already runs on the ports, leave it running
#   tools/bench-load.sh --knelpunten 10000 100000
#                                               P6: per size a data folder <data>-<size> filled by tools/generate-data.sh
#                                               (kept for the next run; --regenerate makes it again), the benchmark on
#                                               each, then the p95 ratio per request type
# Options: --users N (200)  --ramp S (120)  --warmup S (120, after the ramp: the server's JIT is still compiling; reported
#          as "warm-up: …")  --duration S (180, after the warm-up; P1 is judged on this part)  --think MIN-MAX (3-12 s)
#          --writes SHARE (0.10 of the steps)  --signins N (4 at a time)  --p2-loops N (8)  --p2-phase S (15)  --data DIR
#          --skip-build
# Ports and data as for run.sh: LERENDSTELSEL_APP_PORT (8080), LERENDSTELSEL_KEYCLOAK_PORT (8180),
# LERENDSTELSEL_SMTP_PORT (1025), LERENDSTELSEL_MAIL_WEB_PORT (1080), LERENDSTELSEL_DATA_DIR.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Scripted load from one address is what the rate limits on writes refuse (quality bar S7): off for this run.
export LERENDSTELSEL_RATELIMIT_USER_PER_MINUTE="${LERENDSTELSEL_RATELIMIT_USER_PER_MINUTE:-0}" \
    LERENDSTELSEL_RATELIMIT_ADDRESS_PER_MINUTE="${LERENDSTELSEL_RATELIMIT_ADDRESS_PER_MINUTE:-0}"
cd "$ROOT"

USERS=200 RAMP=120 WARMUP=120 DURATION=180 THINK=3-12 WRITES=0.10 SIGNINS=4 P2_LOOPS=8 P2_PHASE=15
REUSE=false DEMO=false BUILD=true REGENERATE=false
DATA_DIR="${LERENDSTELSEL_DATA_DIR:-/tmp/lerend-stelsel-bench}"
SIZES=()
while [ $# -gt 0 ]; do
    case "$1" in
        --users) USERS="$2"; shift 2 ;;
        --ramp) RAMP="$2"; shift 2 ;;
        --warmup) WARMUP="$2"; shift 2 ;;
        --duration) DURATION="$2"; shift 2 ;;
        --think) THINK="$2"; shift 2 ;;
        --writes) WRITES="$2"; shift 2 ;;
        --signins) SIGNINS="$2"; shift 2 ;;
        --p2-loops) P2_LOOPS="$2"; shift 2 ;;
        --p2-phase) P2_PHASE="$2"; shift 2 ;;
        --data) DATA_DIR="$2"; shift 2 ;;
        --reuse) REUSE=true; shift ;;
        --demo) DEMO=true; shift ;;
        --skip-build) BUILD=false; shift ;;
        --regenerate) REGENERATE=true; shift ;;
        --knelpunten) shift; while [ $# -gt 0 ] && [[ "$1" =~ ^[0-9]+$ ]]; do SIZES+=("$1"); shift; done ;;
        -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $1 (see tools/bench-load.sh --help)" >&2; exit 2 ;;
    esac
done
APP_PORT="${LERENDSTELSEL_APP_PORT:-8080}"
KC_PORT="${LERENDSTELSEL_KEYCLOAK_PORT:-8180}"
export LERENDSTELSEL_APP_PORT="$APP_PORT" LERENDSTELSEL_KEYCLOAK_PORT="$KC_PORT"
export LERENDSTELSEL_SMTP_PORT="${LERENDSTELSEL_SMTP_PORT:-1025}" LERENDSTELSEL_MAIL_WEB_PORT="${LERENDSTELSEL_MAIL_WEB_PORT:-1080}"
say() { echo "[bench-load] $*"; }
fail() { echo "[bench-load] ERROR: $*" >&2; exit 1; }
if $REUSE && [ ${#SIZES[@]} -gt 0 ]; then fail "--reuse and --knelpunten exclude each other (each size needs its own start)"; fi

if $BUILD && ! $REUSE; then
    say "building the WAR ..."
    mvn -B -q -pl src -am -DskipTests package > /tmp/bench-load-build.$$.log 2>&1 \
        || { tail -30 /tmp/bench-load-build.$$.log >&2; fail "build failed"; }
fi

# P1 asks for server time: the application's access log gives each request's time taken in the server, with the name
# the benchmark gave it (header X-Bench-Request); LoadSummary reports its percentiles next to Gatling's.
ACCESS_LOG_FORMAT='%datetime% %request% %status% %time-taken% "%header.X-Bench-Request%"'
ACCESS_DATA="$DATA_DIR"

RUN_PID=""
stop_stack() {
    if [ -n "$RUN_PID" ] && kill -0 "$RUN_PID" 2>/dev/null; then
        say "stopping the stack ..."
        kill -TERM "$RUN_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$RUN_PID" 2>/dev/null || break; sleep 1; done
    fi
    RUN_PID=""
}
trap stop_stack EXIT
trap 'stop_stack; exit 130' INT TERM

start_stack() { # data-dir run.sh-options...
    local data="$1"; shift
    mkdir -p "$data/logs"
    ACCESS_DATA="$data"
    say "starting the stack on port $APP_PORT (Keycloak $KC_PORT), data $data ..."
    LERENDSTELSEL_ACCESS_LOG=true LERENDSTELSEL_ACCESS_LOG_FORMAT="$ACCESS_LOG_FORMAT" \
    LERENDSTELSEL_START_TIMEOUT="${LERENDSTELSEL_START_TIMEOUT:-600}" LERENDSTELSEL_DATA_DIR="$data" "$ROOT/run.sh" --skip-build "$@" > "$data/logs/bench-run.log" 2>&1 &
    RUN_PID=$!
    local started=$SECONDS
    until grep -q "LERENDSTELSEL READY" "$data/logs/bench-run.log" 2>/dev/null; do
        kill -0 "$RUN_PID" 2>/dev/null || { cat "$data/logs/bench-run.log" >&2; fail "run.sh stopped"; }
        [ $((SECONDS - started)) -lt 900 ] || fail "the stack is not ready after 900 s"
        sleep 2
    done
    say "stack ready after $((SECONDS - started)) s"
}

run_benchmark() { # label
    local label="$1" log
    log="$(mktemp /tmp/bench-load-gatling.XXXXXX.log)"
    say "running: $USERS users, ramp $RAMP s, warm-up $WARMUP s, then $DURATION s; think $THINK s; then P2 (log: $log) ..."
    # where the simulation writes its own figures and LoadSummary finds them (both runs below)
    export BENCH_RESULT_FILE="$ROOT/src/target/gatling/last-run.properties" BENCH_RESULTS_DIR="$ROOT/src/target/gatling"
    local access_log access_from=0
    access_log="$(ls -t "$ACCESS_DATA"/logs/access/*.txt 2>/dev/null | head -1 || true)"
    [ -n "$access_log" ] && access_from=$(stat -c %s "$access_log")
    $REUSE && [ -z "$access_log" ] && say "no access log in $ACCESS_DATA/logs/access: server times are not reported" \
        "(start the stack with LERENDSTELSEL_ACCESS_LOG=true LERENDSTELSEL_ACCESS_LOG_FORMAT='$ACCESS_LOG_FORMAT', or name its --data)"
    BENCH_APP_URL="http://localhost:$APP_PORT" BENCH_KEYCLOAK_URL="http://localhost:$KC_PORT" \
    BENCH_USERS="$USERS" BENCH_RAMP="$RAMP" BENCH_WARMUP="$WARMUP" BENCH_DURATION="$DURATION" \
    BENCH_THINK_MIN="${THINK%-*}" BENCH_THINK_MAX="${THINK#*-}" BENCH_WRITE_SHARE="$WRITES" BENCH_SIGNIN_PARALLEL="$SIGNINS" \
    BENCH_P2_LOOPS="$P2_LOOPS" BENCH_P2_PHASE="$P2_PHASE" BENCH_LABEL="$label" \
        mvn -B -pl src -Pload-benchmark test-compile gatling:test > "$log" 2>&1 \
        || { tail -60 "$log" >&2; fail "the benchmark failed (log: $log)"; }
    LAST_REPORT="$(ls -td "$ROOT"/src/target/gatling/*/ | head -1)"
    if [ -n "$access_log" ]; then
        sleep 2 # the access log is written every second
        tail -c +$((access_from + 1)) "$access_log" > "$LAST_REPORT/access.log"
    fi
    mvn -B -pl src -Pload-benchmark org.codehaus.mojo:exec-maven-plugin:3.6.4:java \
            -Dexec.mainClass=nl.lerendstelsel.bench.LoadSummary -Dexec.classpathScope=test >> "$log" 2>&1 \
        || { tail -60 "$log" >&2; fail "the summary failed (log: $log)"; }
    # the summary LoadSummary printed (also in summary.txt next to Gatling's report)
    sed -n '/^Load benchmark /,/^\[INFO\] -----/p' "$log" | grep -v '^\[INFO\]'
}

if [ ${#SIZES[@]} -eq 0 ]; then
    if $REUSE; then
        run_benchmark "$(date -u +%FT%TZ), stack on port $APP_PORT"
    else
        if $DEMO; then start_stack "$DATA_DIR" --fresh; else start_stack "$DATA_DIR" --no-demo; fi
        run_benchmark "$(date -u +%FT%TZ), data $DATA_DIR"
        stop_stack
    fi
    exit 0
fi

[ -x "$ROOT/tools/generate-data.sh" ] || fail "tools/generate-data.sh is missing: --knelpunten needs the reference data generator"
REPORTS=()
for size in "${SIZES[@]}"; do
    data="$DATA_DIR-$size"
    if $REGENERATE || [ ! -d "$data/derby/lerend-stelsel" ]; then
        say "generating $size knelpunten into $data ..."
        rm -rf "$data"
        "$ROOT/tools/generate-data.sh" --knelpunten "$size" --data-dir "$data"
    fi
    start_stack "$data" --no-demo
    run_benchmark "$size knelpunten"
    REPORTS+=("$LAST_REPORT")
    stop_stack
done
if [ ${#REPORTS[@]} -ge 2 ]; then
    mvn -B -q -pl src -Pload-benchmark org.codehaus.mojo:exec-maven-plugin:3.6.4:java -Dexec.mainClass=nl.lerendstelsel.bench.LoadSummary -Dexec.classpathScope=test \
        -Dexec.args="compare ${REPORTS[0]} ${REPORTS[${#REPORTS[@]}-1]}" | tee "${REPORTS[${#REPORTS[@]}-1]}/p6.txt"
fi
