#!/usr/bin/env bash
# A project-local PostgreSQL 15 cluster from Debian's binaries, for running the application and the tests on
# PostgreSQL without Docker and without touching the system's own clusters.
#
#   tools/postgres.sh start [--fresh]   create the cluster (initdb) if needed, start it, create the database and user
#   tools/postgres.sh stop               stop it (fast: running transactions are rolled back)
#   tools/postgres.sh restart            stop and start (e.g. to test that the application recovers by itself)
#   tools/postgres.sh status             running or not, and the JDBC URL
#   tools/postgres.sh createdb NAME      (re)create an empty database NAME owned by the application's user
#   tools/postgres.sh url [NAME]         print the JDBC URL of a database (default: the application's)
#   tools/postgres.sh psql [ARGS...]     psql as the cluster's superuser, e.g. tools/postgres.sh psql -d lerend
#
# Settings (environment variables, defaults in brackets):
#   LERENDSTELSEL_PG_DIR [./data/postgres]   the cluster (data directory, log in <dir>/postgresql.log)
#   LERENDSTELSEL_PG_PORT [5433]             TCP port on localhost (5432 is left to a system cluster)
#   LERENDSTELSEL_PG_DATABASE [lerend]       the application's database
#   LERENDSTELSEL_DB_USER, LERENDSTELSEL_DB_PASSWORD [lerend]   the application's account (the settings run.sh reads)
#   LERENDSTELSEL_PG_BIN [/usr/lib/postgresql/15/bin]
#   LERENDSTELSEL_PG_OS_USER [postgres when run as root]  PostgreSQL refuses to run as root; root runs it as this user
#
# When the binaries are missing, Debian's postgresql-15 package is installed (apt-get). The cluster listens on
# localhost only; the application's account signs in with a password (scram-sha-256), the superuser only through
# the Unix socket inside the data directory (reachable by the cluster's owner alone).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_BIN="${LERENDSTELSEL_PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_DIR="${LERENDSTELSEL_PG_DIR:-$ROOT/data/postgres}"
PG_PORT="${LERENDSTELSEL_PG_PORT:-5433}"
DATABASE="${LERENDSTELSEL_PG_DATABASE:-lerend}"
DB_USER="${LERENDSTELSEL_DB_USER:-lerend}"
DB_PASSWORD="${LERENDSTELSEL_DB_PASSWORD:-lerend}"

fail() { echo "FOUT / ERROR: $*" >&2; exit 1; }
say() { echo "[postgres] $*"; }

case "$PG_DIR" in /*) ;; *) PG_DIR="$(pwd)/$PG_DIR" ;; esac
[[ "$DATABASE" =~ ^[a-z_][a-z0-9_]*$ ]] || fail "ongeldige databasenaam / invalid database name: $DATABASE"
[[ "$DB_USER" =~ ^[a-z_][a-z0-9_]*$ ]] || fail "ongeldige gebruikersnaam / invalid user name: $DB_USER"
# The Unix socket lives in the data directory; its path must fit in 107 bytes.
[ ${#PG_DIR} -le 90 ] || fail "LERENDSTELSEL_PG_DIR is te lang voor de Unix-socket (max. 90 tekens) / path too long: $PG_DIR"

install_postgres() {
    say "PostgreSQL 15 installeren (Debian-pakket postgresql-15) ... / installing PostgreSQL 15 ..."
    command -v apt-get >/dev/null 2>&1 || fail "apt-get ontbreekt: installeer PostgreSQL 15 zelf en zet LERENDSTELSEL_PG_BIN. / install PostgreSQL 15."
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    # The package would create and start a system cluster on 5432; this script never uses it.
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql-15 >/dev/null
    [ -x "$PG_BIN/initdb" ] || fail "na installatie ontbreekt $PG_BIN/initdb / initdb still missing"
}
[ -x "$PG_BIN/pg_ctl" ] || install_postgres

# PostgreSQL refuses to run as root: root runs the cluster as an unprivileged user (Debian's postgres account).
AS=()
OS_USER="$(id -un)"
if [ "$(id -u)" -eq 0 ]; then
    OS_USER="${LERENDSTELSEL_PG_OS_USER:-postgres}"
    id "$OS_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$OS_USER"
    AS=(runuser -u "$OS_USER" --)
fi
as_owner() { (cd / && "${AS[@]}" "$@"); }

sql() { # database sql...: as the superuser through the socket
    local db="$1"; shift
    as_owner "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_DIR" -p "$PG_PORT" -U postgres -d "$db" "$@"
}

running() { [ -f "$PG_DIR/PG_VERSION" ] && as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; }

url() { echo "jdbc:postgresql://localhost:$PG_PORT/${1:-$DATABASE}"; }

init_cluster() {
    say "Nieuw cluster in $PG_DIR (poort $PG_PORT) ... / new cluster ..."
    mkdir -p "$PG_DIR"
    if [ ${#AS[@]} -gt 0 ]; then
        chown "$OS_USER" "$PG_DIR"
        as_owner test -w "$PG_DIR" || fail "$OS_USER kan niet in $PG_DIR schrijven (rechten van de bovenliggende mappen?) / $OS_USER cannot write $PG_DIR"
    fi
    chmod 700 "$PG_DIR"
    # C.UTF-8: UTF-8 text, ordered by code point like Derby, so sorting is the same on both databases.
    as_owner "$PG_BIN/initdb" -D "$PG_DIR" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$PG_DIR.initdb.log" 2>&1 \
        || { cat "$PG_DIR.initdb.log" >&2; fail "initdb mislukt / initdb failed"; }
    rm -f "$PG_DIR.initdb.log"
    cat >>"$PG_DIR/postgresql.conf" <<EOF

# --- tools/postgres.sh ---
listen_addresses = 'localhost'
port = $PG_PORT
unix_socket_directories = '$PG_DIR'
max_connections = 200
password_encryption = 'scram-sha-256'
log_line_prefix = '%m [%p] %u@%d '
EOF
}

start() {
    local fresh=false
    [ "${1:-}" = "--fresh" ] && fresh=true
    if $fresh && [ -d "$PG_DIR" ]; then
        running && as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR" -m immediate -w stop >/dev/null
        rm -rf "$PG_DIR"
    fi
    [ -f "$PG_DIR/PG_VERSION" ] || init_cluster
    if ! running; then
        (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null && fail "poort $PG_PORT is al in gebruik (LERENDSTELSEL_PG_PORT) / port taken"
        as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/postgresql.log" -w -t 60 -o "-p $PG_PORT" start >/dev/null \
            || { tail -20 "$PG_DIR/postgresql.log" >&2; fail "PostgreSQL start niet, zie $PG_DIR/postgresql.log / did not start"; }
    fi
    sql postgres <<EOF
SELECT format('CREATE ROLE %I LOGIN', '$DB_USER') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER') \gexec
ALTER ROLE "$DB_USER" PASSWORD '${DB_PASSWORD//\'/\'\'}';
SELECT format('CREATE DATABASE %I OWNER %I', '$DATABASE', '$DB_USER') WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$DATABASE') \gexec
EOF
    say "PostgreSQL draait / is running: $(url)  (gebruiker / user $DB_USER)"
}

stop() {
    if running; then
        as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR" -m fast -w -t 60 stop >/dev/null
        say "gestopt / stopped"
    else
        say "draait niet / not running"
    fi
}

createdb() {
    local name="${1:-}"
    [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || fail "gebruik / usage: tools/postgres.sh createdb NAME (a-z, 0-9, _)"
    running || fail "PostgreSQL draait niet; eerst tools/postgres.sh start / not running"
    sql postgres -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" -c "CREATE DATABASE \"$name\" OWNER \"$DB_USER\""
    url "$name"
}

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
    start) start "$@" ;;
    stop) stop ;;
    restart) stop; start ;;
    status)
        if running; then echo "PostgreSQL draait / is running: $(url) ($PG_DIR)"; else echo "PostgreSQL draait niet / is not running ($PG_DIR)"; exit 3; fi ;;
    createdb) createdb "$@" ;;
    url) url "$@" ;;
    psql) running || fail "PostgreSQL draait niet / not running"; as_owner "$PG_BIN/psql" -X -h "$PG_DIR" -p "$PG_PORT" -U postgres "$@" ;;
    *) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; [ -z "$command" ] || [ "$command" = "-h" ] || [ "$command" = "--help" ] || exit 2 ;;
esac
