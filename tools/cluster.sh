#!/usr/bin/env bash
# Two Lerend Stelsel nodes on this machine, clustered through Payara's Hazelcast data grid, behind nginx, sharing one
# PostgreSQL and one Keycloak (issue 9). For trying out and proving the cluster (tools/fault-cluster.sh); production
# runs the same pieces on separate hosts (docs/operations.md, "Scale out").
#
#   tools/cluster.sh up [--fresh]    start PostgreSQL, Keycloak + MailDev, node 1, node 2 and nginx; print the URL
#                                    (--fresh: empty database and a freshly imported realm)
#   tools/cluster.sh down            stop all of it
#   tools/cluster.sh status          what runs, each node's readiness and the data grid's members
#   tools/cluster.sh kill-node N     kill -9 node N (1 or 2), as a crash would
#   tools/cluster.sh start-node N    start node N again (it rejoins the cluster)
#
# Settings (environment variables, defaults in brackets):
#   LERENDSTELSEL_CLUSTER_HTTP_PORT [8000]   nginx, the address people use
#   LERENDSTELSEL_NODE1_PORT [8081]  LERENDSTELSEL_NODE2_PORT [8082]   the nodes' own HTTP ports
#   LERENDSTELSEL_NODE1_HZ_PORT [5901]  LERENDSTELSEL_NODE2_HZ_PORT [5902]   the nodes' data grid ports
#   LERENDSTELSEL_KEYCLOAK_PORT [8180]  LERENDSTELSEL_SMTP_PORT [1025]  LERENDSTELSEL_MAIL_WEB_PORT [1080]
#   LERENDSTELSEL_PG_PORT [5433]  LERENDSTELSEL_PG_DIR [./data/postgres]   (tools/postgres.sh)
#   LERENDSTELSEL_CLUSTER_DIR [./data/cluster]   logs, each node's search index, nginx's files
#   LERENDSTELSEL_NODE_JAVA_OPTS [-Xms256m -Xmx768m]   JVM options of each node
#   LERENDSTELSEL_START_TIMEOUT [600]   seconds each part may take to start
# Needs a built WAR (mvn -B -pl src -am package -DskipTests). nginx is installed from Debian (apt-get) when missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HTTP_PORT="${LERENDSTELSEL_CLUSTER_HTTP_PORT:-8000}"
NODE_PORTS=("" "${LERENDSTELSEL_NODE1_PORT:-8081}" "${LERENDSTELSEL_NODE2_PORT:-8082}")
HZ_PORTS=("" "${LERENDSTELSEL_NODE1_HZ_PORT:-5901}" "${LERENDSTELSEL_NODE2_HZ_PORT:-5902}")
KC_PORT="${LERENDSTELSEL_KEYCLOAK_PORT:-8180}"
SMTP_PORT="${LERENDSTELSEL_SMTP_PORT:-1025}"
MAIL_WEB_PORT="${LERENDSTELSEL_MAIL_WEB_PORT:-1080}"
DIR="${LERENDSTELSEL_CLUSTER_DIR:-$ROOT/data/cluster}"
NODE_JAVA_OPTS="${LERENDSTELSEL_NODE_JAVA_OPTS:--Xms256m -Xmx768m}"
export LERENDSTELSEL_START_TIMEOUT="${LERENDSTELSEL_START_TIMEOUT:-600}"
export LERENDSTELSEL_PG_PORT="${LERENDSTELSEL_PG_PORT:-5433}"
export LERENDSTELSEL_PG_DIR="${LERENDSTELSEL_PG_DIR:-$ROOT/data/postgres}"
URL="http://localhost:$HTTP_PORT"

fail() { echo "FOUT / ERROR: $*" >&2; exit 1; }
say() { echo "[cluster] $*"; }
case "$DIR" in /*) ;; *) DIR="$(pwd)/$DIR" ;; esac
mkdir -p "$DIR/logs"

pid_of() { [ -f "$DIR/$1.pid" ] && cat "$DIR/$1.pid"; }
alive() { local pid; pid="$(pid_of "$1")" && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Starts run.sh in its own process group (so down can stop it with everything it started) and waits for its READY line.
start_run_sh() { # name log env... -- options...
    local name="$1" log="$DIR/logs/$1.out"; shift
    local envs=()
    while [ "$1" != "--" ]; do envs+=("$1"); shift; done
    shift
    : > "$log"
    env "${envs[@]}" setsid bash "$ROOT/run.sh" --skip-build "$@" > "$log" 2>&1 < /dev/null &
    echo $! > "$DIR/$name.pid"
    local started=$SECONDS
    until grep -q "LERENDSTELSEL READY" "$log"; do
        alive "$name" || { tail -30 "$log" >&2; fail "$name is gestopt tijdens het starten, zie $log / $name stopped while starting"; }
        [ $((SECONDS - started)) -lt $((LERENDSTELSEL_START_TIMEOUT + 60)) ] || fail "$name is niet gereed, zie $log / $name not ready"
        sleep 2
    done
    say "$name gereed na $((SECONDS - started)) s / ready"
}

node_env() { # N: the settings of node N
    local n="$1"
    echo "LERENDSTELSEL_APP_PORT=${NODE_PORTS[$n]}" "LERENDSTELSEL_KEYCLOAK_PORT=$KC_PORT" \
        "LERENDSTELSEL_SMTP_PORT=$SMTP_PORT" "LERENDSTELSEL_MAIL_WEB_PORT=$MAIL_WEB_PORT" \
        "LERENDSTELSEL_DATA_DIR=$DIR/node$n" "LERENDSTELSEL_BASE_URL=$URL" \
        "LERENDSTELSEL_DB_URL=$("$ROOT/tools/postgres.sh" url)" \
        "LERENDSTELSEL_CLUSTER=true" "LERENDSTELSEL_NODE_NAME=node$n" \
        "LERENDSTELSEL_CLUSTER_MEMBERS=127.0.0.1:${HZ_PORTS[1]},127.0.0.1:${HZ_PORTS[2]}" \
        "LERENDSTELSEL_CLUSTER_PORT=${HZ_PORTS[$n]}" "LERENDSTELSEL_CLUSTER_INTERFACES=127.0.0.1"
}

start_node() { # N [run.sh options]
    local n="$1"; shift
    [ "$n" = 1 ] || [ "$n" = 2 ] || fail "node 1 of 2 / node 1 or 2"
    alive "node$n" && { say "node $n draait al / already runs"; return; }
    port_taken "${NODE_PORTS[$n]}" && fail "poort ${NODE_PORTS[$n]} is al in gebruik / port taken"
    say "node $n starten op poort ${NODE_PORTS[$n]} (data grid ${HZ_PORTS[$n]}) ... / starting node $n"
    # shellcheck disable=SC2046
    start_run_sh "node$n" $(node_env "$n") "LERENDSTELSEL_JAVA_OPTS=$NODE_JAVA_OPTS" -- --app-only "$@"
}

nginx_up() {
    if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
        say "nginx installeren (Debian-pakket nginx) ... / installing nginx ..."
        command -v apt-get >/dev/null 2>&1 || fail "apt-get ontbreekt: installeer nginx zelf / install nginx"
        local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nginx >/dev/null
        # The package may start a system nginx on port 80; this script never uses it.
    fi
    local nginx; nginx="$(command -v nginx || echo /usr/sbin/nginx)"
    mkdir -p "$DIR/nginx/logs" "$DIR/nginx/tmp"
    local user=""; [ "$(id -u)" -eq 0 ] && user="user root;"
    sed -e "s#@PREFIX@#$DIR/nginx#g" -e "s#@PORT@#$HTTP_PORT#g" -e "s#@NODE1@#${NODE_PORTS[1]}#g" \
        -e "s#@NODE2@#${NODE_PORTS[2]}#g" -e "s#@USER@#$user#" "$ROOT/tools/cluster/nginx.conf.template" > "$DIR/nginx/nginx.conf"
    "$nginx" -t -q -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" 2>&1 | grep -v "^$" >&2 || true
    if [ -f "$DIR/nginx/nginx.pid" ] && kill -0 "$(cat "$DIR/nginx/nginx.pid")" 2>/dev/null; then
        "$nginx" -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -s reload
    else
        port_taken "$HTTP_PORT" && fail "poort $HTTP_PORT is al in gebruik (LERENDSTELSEL_CLUSTER_HTTP_PORT) / port taken"
        "$nginx" -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf"
    fi
    say "nginx op poort $HTTP_PORT / nginx on port $HTTP_PORT"
}

up() {
    local fresh=false
    [ "${1:-}" = "--fresh" ] && fresh=true
    [ -f "$ROOT/src/target/lerend-stelsel.war" ] || fail "de WAR ontbreekt: mvn -B -pl src -am package -DskipTests / build the WAR first"
    if $fresh; then
        "$ROOT/tools/postgres.sh" start --fresh
        rm -rf "$DIR/node1" "$DIR/node2"
    else
        "$ROOT/tools/postgres.sh" start
    fi
    if ! alive services; then
        say "Keycloak en MailDev starten ... / starting Keycloak and MailDev ..."
        # The realm is imported afresh with the address of nginx as the web client's return address.
        start_run_sh services "LERENDSTELSEL_APP_PORT=$HTTP_PORT" "LERENDSTELSEL_KEYCLOAK_PORT=$KC_PORT" \
            "LERENDSTELSEL_SMTP_PORT=$SMTP_PORT" "LERENDSTELSEL_MAIL_WEB_PORT=$MAIL_WEB_PORT" \
            "LERENDSTELSEL_DATA_DIR=$DIR/services" -- --no-app --fresh
    fi
    # One after the other: the first node migrates the schema and loads the demo data into an empty database.
    start_node 1
    start_node 2 --no-demo
    nginx_up
    cat <<EOF

  Lerend Stelsel (2 nodes) draait / is running:  $URL/
  node 1: http://localhost:${NODE_PORTS[1]}/   node 2: http://localhost:${NODE_PORTS[2]}/   (logs: $DIR/node1/logs, $DIR/node2/logs)
  Keycloak: http://localhost:$KC_PORT/admin/   E-mail-inbox: http://localhost:$MAIL_WEB_PORT/
  Database: $("$ROOT/tools/postgres.sh" url)
  Demo-accounts: see ./run.sh (password LerendStelsel2026).   Stop: tools/cluster.sh down
EOF
}

stop_group() { # name
    local pid; pid="$(pid_of "$1")" || return 0
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 45); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -KILL -- "-$pid" 2>/dev/null || true
        say "$1 gestopt / stopped"
    fi
    rm -f "$DIR/$1.pid"
}

down() {
    local nginx; nginx="$(command -v nginx || echo /usr/sbin/nginx)"
    if [ -f "$DIR/nginx/nginx.pid" ] && kill -0 "$(cat "$DIR/nginx/nginx.pid")" 2>/dev/null; then
        "$nginx" -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -s quit && say "nginx gestopt / stopped"
    fi
    stop_group node2
    stop_group node1
    stop_group services
    "$ROOT/tools/postgres.sh" stop
}

node_java() { # N: the pid of node N's Payara Micro
    local pid; pid="$(pid_of "node$1")" || return 1
    pgrep -f -s "$pid" "payara-micro.jar" | head -1
}

kill_node() {
    local n="${1:-}"
    [ "$n" = 1 ] || [ "$n" = 2 ] || fail "gebruik / usage: tools/cluster.sh kill-node 1|2"
    local java; java="$(node_java "$n")" || true
    [ -n "$java" ] || fail "node $n draait niet / node $n is not running"
    kill -KILL "$java"
    say "node $n (pid $java) met kill -9 beëindigd / killed"
    # run.sh notices and exits; wait for it, so that start-node can follow at once
    for _ in $(seq 1 60); do alive "node$n" || break; sleep 1; done
}

status() {
    local code
    for n in 1 2; do
        code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://localhost:${NODE_PORTS[$n]}/health/ready" || true)"
        echo "node $n  http://localhost:${NODE_PORTS[$n]}/  ready: $code  $(alive "node$n" && echo "(run.sh pid $(pid_of "node$n"))" || echo "(not running)")"
    done
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$URL/health/ready" || true)"
    echo "nginx   $URL/  ready through nginx: $code"
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://localhost:$KC_PORT/realms/lerend-stelsel" || true)"
    echo "keycloak http://localhost:$KC_PORT/  realm: $code"
    "$ROOT/tools/postgres.sh" status || true
    for n in 1 2; do
        local log="$DIR/node$n/logs/payara.log"
        [ -f "$log" ] && grep -A4 "^Members \[" "$log" | tail -5 | sed "s/^/node $n data grid: /" || true
    done
}

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
    up) up "$@" ;;
    down) down ;;
    status) status ;;
    kill-node) kill_node "$@" ;;
    start-node) start_node "${1:-}" --no-demo ;;
    *) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; [ -z "$command" ] || [ "$command" = "-h" ] || [ "$command" = "--help" ] || exit 2 ;;
esac
