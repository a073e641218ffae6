#!/usr/bin/env bash
# Runs the whole Lerend Stelsel stack on this machine: Keycloak (realm imported from keycloak-realm/), Payara
# Micro with the application and embedded Derby, and MailDev (a local SMTP server with a web inbox, from npm) that
# catches every e-mail the application sends. Ctrl-C stops them all.
#
#   ./run.sh                 build, start, print the URL and the demo accounts
#   ./run.sh --fresh         start from an empty database and a freshly imported Keycloak realm
#   ./run.sh --skip-build    use the WAR that is already built
#   ./run.sh --no-demo       no demo data (by default an empty database gets a few demo knelpunten)
#   ./run.sh --app-only      only Payara Micro, against a Keycloak (and MailDev) that already run on the given ports
#   ./run.sh --no-app        only Keycloak and MailDev (e.g. to restart the application alone, as the fault scripts do)
#
# Settings (environment variables, defaults in brackets):
#   LERENDSTELSEL_APP_PORT [8080]   LERENDSTELSEL_KEYCLOAK_PORT [8180]   LERENDSTELSEL_DATA_DIR [./data]
#   LERENDSTELSEL_SMTP_PORT [1025]  LERENDSTELSEL_MAIL_WEB_PORT [1080]  (the local mail catcher)
#   LERENDSTELSEL_SMTP_HOST         send through this SMTP server instead (MailDev is then not started)
#   LERENDSTELSEL_DB_URL, _DB_USER, _DB_PASSWORD  use another database (e.g. PostgreSQL)
#   LERENDSTELSEL_JAVA_OPTS [-Xms256m -Xmx1g]  JVM options of Payara Micro (e.g. -Xmx512m for the session benchmark)
#   LERENDSTELSEL_START_TIMEOUT [180]  seconds each part may take to become ready (a busy machine needs more)
#   LERENDSTELSEL_DERBY_PAGE_CACHE [4000]  Derby's page cache in pages (Derby's default 1000 is too small for 100,000 knelpunten)
#   LERENDSTELSEL_CLUSTER [false]  true: Payara Micro joins a Hazelcast cluster with the other nodes (sessions, search
#       changes, job leases; needs a shared database, e.g. PostgreSQL). tools/cluster.sh uses it.
#   LERENDSTELSEL_NODE_NAME [node]  this node's name, unique in the cluster
#   LERENDSTELSEL_CLUSTER_MEMBERS [127.0.0.1:5900]  the data grid members (host:port,host:port) a node looks for
#   LERENDSTELSEL_CLUSTER_PORT [5900]  this node's data grid port
#   LERENDSTELSEL_CLUSTER_INTERFACES [127.0.0.1]  the network interface(s) of the data grid
#   LERENDSTELSEL_CLUSTER_NAME [lerend-stelsel]
#   LERENDSTELSEL_ACCESS_LOG [false]  true: an access log in <data>/logs/access/, one line per request with the
#       server's time taken in ms (from the request's arrival in the web container to its last byte)
#   LERENDSTELSEL_ACCESS_LOG_FORMAT  its line format (Payara's tokens; tools/bench-load.sh adds the request's name)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
APP_PORT="${LERENDSTELSEL_APP_PORT:-8080}"
KC_PORT="${LERENDSTELSEL_KEYCLOAK_PORT:-8180}"
DATA_DIR="${LERENDSTELSEL_DATA_DIR:-$ROOT/data}"
SMTP_PORT="${LERENDSTELSEL_SMTP_PORT:-1025}"
MAIL_WEB_PORT="${LERENDSTELSEL_MAIL_WEB_PORT:-1080}"
SMTP_HOST="${LERENDSTELSEL_SMTP_HOST:-}"
START_TIMEOUT="${LERENDSTELSEL_START_TIMEOUT:-180}"
FRESH=false
BUILD=true
DEMO=true
START_APP=true
START_SERVICES=true

for arg in "$@"; do
    case "$arg" in
        --fresh) FRESH=true ;;
        --skip-build) BUILD=false ;;
        --no-demo) DEMO=false ;;
        --app-only) START_SERVICES=false ;;
        --no-app) START_APP=false ;;
        -h|--help) sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "Onbekende optie / unknown option: $arg (see ./run.sh --help)" >&2; exit 2 ;;
    esac
done

fail() { echo "FOUT / ERROR: $*" >&2; exit 1; }
say() { echo "[lerend-stelsel] $*"; }

# --- What this machine must have ------------------------------------------------------------------
command -v java >/dev/null 2>&1 || fail "Java is niet gevonden. Installeer JDK 17 of nieuwer (Debian: apt-get install openjdk-17-jdk). / Java not found: install JDK 17+."
JAVA_MAJOR="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = \([0-9]*\).*/\1/p')"
[ "${JAVA_MAJOR:-0}" -ge 17 ] || fail "Java ${JAVA_MAJOR:-?} gevonden, 17 of nieuwer is nodig. / Java 17 or newer is needed."
# Maven comes through the Maven Wrapper (./mvnw: the pinned version, fetched once from Maven Central into ~/.m2/wrapper);
# curl fetches it and tells when the stack is ready.
command -v curl >/dev/null 2>&1 || fail "curl is niet gevonden (Debian: apt-get install curl). / curl not found."
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
$START_APP || $START_SERVICES || fail "--app-only en --no-app samen starten niets. / --app-only with --no-app starts nothing."
if $START_APP; then
    port_taken "$APP_PORT" && fail "Poort $APP_PORT is al in gebruik; stop wat daar draait of kies een andere met LERENDSTELSEL_APP_PORT. / Port $APP_PORT is taken."
fi
KC_MGMT_PORT=$((KC_PORT + 1))
if $START_SERVICES; then
    port_taken "$KC_PORT" && fail "Poort $KC_PORT is al in gebruik; stop wat daar draait of kies een andere met LERENDSTELSEL_KEYCLOAK_PORT. / Port $KC_PORT is taken."
    port_taken "$KC_MGMT_PORT" && fail "Poort $KC_MGMT_PORT (Keycloak-beheer) is al in gebruik. / Port $KC_MGMT_PORT is taken."
fi
MAILDEV=false
if [ -z "$SMTP_HOST" ]; then
    SMTP_HOST=localhost
fi
if [ -z "${LERENDSTELSEL_SMTP_HOST:-}" ] && $START_SERVICES; then
    MAILDEV=true
    port_taken "$SMTP_PORT" && fail "Poort $SMTP_PORT (SMTP) is al in gebruik; kies een andere met LERENDSTELSEL_SMTP_PORT. / Port $SMTP_PORT is taken."
    port_taken "$MAIL_WEB_PORT" && fail "Poort $MAIL_WEB_PORT (mail-inbox) is al in gebruik; kies een andere met LERENDSTELSEL_MAIL_WEB_PORT. / Port $MAIL_WEB_PORT is taken."
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        say "Node.js installeren (Debian-pakketten nodejs en npm) voor de lokale mail-inbox ... / installing Node.js ..."
        SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
        { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm; } >/dev/null 2>&1 \
            || fail "Node.js ontbreekt en kon niet worden geïnstalleerd (apt-get install nodejs npm). / Node.js is missing."
    fi
fi

mkdir -p "$DATA_DIR/logs"
RUNTIME_DIR="$DATA_DIR/runtime"

# --- Build ----------------------------------------------------------------------------------------
if $BUILD; then
    say "Bouwen (Maven) ... / building ..."
    "$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" -pl src -am -DskipTests -Druntime.dir="$RUNTIME_DIR" package \
        > "$DATA_DIR/logs/build.log" 2>&1 || { tail -40 "$DATA_DIR/logs/build.log" >&2; fail "Bouwen mislukt, zie $DATA_DIR/logs/build.log / build failed"; }
fi
WAR="$ROOT/src/target/lerend-stelsel.war"
[ -f "$WAR" ] || fail "$WAR ontbreekt; start zonder --skip-build. / WAR missing: run without --skip-build."
if [ ! -f "$RUNTIME_DIR/payara-micro.jar" ]; then
    # --skip-build with a runtime that was unpacked elsewhere (e.g. by the test build)
    [ -f "$ROOT/src/target/runtime/payara-micro.jar" ] || fail "Payara Micro ontbreekt; start zonder --skip-build."
    RUNTIME_DIR="$ROOT/src/target/runtime"
fi
KC_HOME="$(ls -d "$RUNTIME_DIR"/keycloak-* 2>/dev/null | grep -v '\.zip$' | sort -V | tail -1)"
[ -n "$KC_HOME" ] && [ -x "$KC_HOME/bin/kc.sh" ] || fail "Keycloak ontbreekt in $RUNTIME_DIR; start zonder --skip-build."

MAILDEV_HOME="$ROOT/tools/maildev"
if $MAILDEV && [ ! -x "$MAILDEV_HOME/node_modules/.bin/maildev" ]; then
    say "MailDev installeren (npm ci) ... / installing MailDev ..."
    npm ci --prefix "$MAILDEV_HOME" --no-audit --no-fund > "$DATA_DIR/logs/npm.log" 2>&1 \
        || { tail -20 "$DATA_DIR/logs/npm.log" >&2; fail "MailDev installeren mislukt, zie $DATA_DIR/logs/npm.log / npm ci failed"; }
fi

if $FRESH && $START_APP; then
    say "Lege database: $DATA_DIR/derby wordt verwijderd. / Starting from an empty database."
    rm -rf "$DATA_DIR/derby" "$DATA_DIR/search"
fi
if $FRESH && $START_SERVICES; then
    say "De realm wordt opnieuw ingelezen. / Re-importing the realm."
    # Keycloak skips --import-realm for a realm it already has: drop its own database so the export is read again.
    rm -rf "$KC_HOME/data/h2"
fi
mkdir -p "$DATA_DIR/derby"

# --- Start ----------------------------------------------------------------------------------------
KC_PID=""
APP_PID=""
MAIL_PID=""
stop() {
    trap - INT TERM EXIT
    say "Stoppen ... / stopping ..."
    # kc.sh runs Keycloak's JVM as its child: include it, or a Keycloak still starting outlives kc.sh's KILL below.
    # (Once started, kc.sh has exec'd the JVM and has no child: pgrep then fails, which must not end this function
    # under set -e and pipefail, or run.sh exits here and leaves Keycloak and MailDev running.)
    local pids="$APP_PID $KC_PID $MAIL_PID"
    [ -z "$KC_PID" ] || pids="$pids $( (pgrep -P "$KC_PID" 2>/dev/null || true) | tr '\n' ' ')"
    for pid in $pids; do kill -TERM "$pid" 2>/dev/null || true; done
    for _ in $(seq 1 30); do
        alive=false
        for pid in $pids; do kill -0 "$pid" 2>/dev/null && alive=true; done
        $alive || break
        sleep 1
    done
    for pid in $pids; do kill -KILL "$pid" 2>/dev/null || true; done
    say "Gestopt. / stopped."
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap 'stop' EXIT

if $MAILDEV; then
    say "MailDev starten: SMTP op poort $SMTP_PORT, inbox op poort $MAIL_WEB_PORT ... / starting MailDev ..."
    node "$MAILDEV_HOME/node_modules/maildev/bin/maildev" --smtp "$SMTP_PORT" --web "$MAIL_WEB_PORT" --ip 127.0.0.1 \
        > "$DATA_DIR/logs/maildev.log" 2>&1 &
    MAIL_PID=$!
fi

ISSUER="http://localhost:$KC_PORT/realms/lerend-stelsel"
if $START_SERVICES; then
    mkdir -p "$KC_HOME/data/import"
    # The realm lets the web client return to ports 8080 and 18080 (the tests'); another port is added on import.
    for realm in "$ROOT"/keycloak-realm/*-realm.json; do
        sed "s#\"http://localhost:8080/\*\",#\"http://localhost:$APP_PORT/*\", \"http://127.0.0.1:$APP_PORT/*\", &#" "$realm" \
            > "$KC_HOME/data/import/$(basename "$realm")"
    done
    say "Keycloak starten op poort $KC_PORT ... / starting Keycloak ..."
    KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
        "$KC_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --http-management-port="$KC_MGMT_PORT" \
        --hostname="http://localhost:$KC_PORT" --import-realm \
        > "$DATA_DIR/logs/keycloak.log" 2>&1 &
    KC_PID=$!
fi

if $START_APP; then
    say "Payara Micro starten op poort $APP_PORT ... / starting Payara Micro ..."
    # Compress style sheets and scripts (PrimeFaces' are 1 MB); not HTML, which carries the view state (BREACH).
    # On Payara Server the same two settings go on its http-listener (or the reverse proxy compresses).
    cat > "$DATA_DIR/preboot.asadmin" <<'ASADMIN'
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compression=on
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compressable-mime-type=text/css,text/javascript,application/javascript,image/svg+xml
ASADMIN
    # One node (the default) runs without a data grid; a cluster node joins the others over TCP (no multicast), keeps
    # session backups on another node even on the same host (--nohostaware). There is no shared JPA cache to coordinate
    # (persistence.xml: every transaction reads the database).
    ACCESS_LOG_OPTS=()
    if [ "${LERENDSTELSEL_ACCESS_LOG:-false}" = true ]; then
        mkdir -p "$DATA_DIR/logs/access"
        ACCESS_LOG_OPTS=(--accesslog "$DATA_DIR/logs/access" --accessloginterval 1 --accesslogformat
            "${LERENDSTELSEL_ACCESS_LOG_FORMAT:-%client.name% %auth-user-name% %datetime% %request% %status% %response.length% %time-taken%}")
    fi
    CLUSTER_OPTS=(--nocluster)
    CLUSTER_PROPS=()
    if [ "${LERENDSTELSEL_CLUSTER:-false}" = true ]; then
        CLUSTER_OPTS=(--name "${LERENDSTELSEL_NODE_NAME:-node}" --clustername "${LERENDSTELSEL_CLUSTER_NAME:-lerend-stelsel}"
            --clustermode "tcpip:${LERENDSTELSEL_CLUSTER_MEMBERS:-127.0.0.1:5900}" --startport "${LERENDSTELSEL_CLUSTER_PORT:-5900}"
            --interfaces "${LERENDSTELSEL_CLUSTER_INTERFACES:-127.0.0.1}" --nohostaware)
        # Sessions replicated through the data grid: deploy a copy of the WAR that is <distributable/> (web.xml's marker).
        CLUSTER_WAR="$DATA_DIR/lerend-stelsel-cluster.war"
        WEB_XML_DIR="$(mktemp -d)"
        cp "$WAR" "$CLUSTER_WAR"
        (cd "$WEB_XML_DIR" && jar xf "$CLUSTER_WAR" WEB-INF/web.xml \
            && sed -i 's#<!--distributable-in-cluster-->#<distributable/>#' WEB-INF/web.xml \
            && grep -q '^ *<distributable/>' WEB-INF/web.xml && jar uf "$CLUSTER_WAR" WEB-INF/web.xml) \
            || fail "kon de WAR niet voor het cluster aanpassen / could not make the WAR distributable"
        rm -rf "$WEB_XML_DIR"
        WAR="$CLUSTER_WAR"
        CLUSTER_PROPS=(-Dlerendstelsel.cluster=true)
    fi
    java ${LERENDSTELSEL_JAVA_OPTS:--Xms256m -Xmx1g} -Duser.timezone=UTC \
        -Dlerendstelsel.node.name="${LERENDSTELSEL_NODE_NAME:-node}" ${CLUSTER_PROPS[@]+"${CLUSTER_PROPS[@]}"} \
        -Dlerendstelsel.db.url="${LERENDSTELSEL_DB_URL:-jdbc:derby:$DATA_DIR/derby/lerend-stelsel;create=true}" \
        -Dderby.stream.error.file="$DATA_DIR/logs/derby.log" \
        -Dderby.storage.pageCacheSize="${LERENDSTELSEL_DERBY_PAGE_CACHE:-4000}" \
        -Dlerendstelsel.oidc.provider-uri="$ISSUER" \
        -Dlerendstelsel.demo-data="$DEMO" \
        -Dlerendstelsel.base-url="${LERENDSTELSEL_BASE_URL:-http://localhost:$APP_PORT}" \
        -Dlerendstelsel.search.dir="${LERENDSTELSEL_SEARCH_DIR:-$DATA_DIR/search}" \
        -Dlerendstelsel.backup.dir="${LERENDSTELSEL_BACKUP_DIR:-$DATA_DIR/backups}" \
        -Dlerendstelsel.mail.host="$SMTP_HOST" -Dlerendstelsel.mail.port="$SMTP_PORT" \
        -Dmp.jwt.verify.issuer="$ISSUER" \
        -Dmp.jwt.verify.publickey.location="$ISSUER/protocol/openid-connect/certs" \
        -jar "$RUNTIME_DIR/payara-micro.jar" \
        --deploy "$WAR" --contextroot / --port "$APP_PORT" "${CLUSTER_OPTS[@]}" ${ACCESS_LOG_OPTS[@]+"${ACCESS_LOG_OPTS[@]}"} --prebootcommandfile "$DATA_DIR/preboot.asadmin" \
        > "$DATA_DIR/logs/payara.log" 2>&1 &
    APP_PID=$!
fi

wait_for() { # name url pid log
    local started=$SECONDS
    until curl -fsS -o /dev/null "$2" 2>/dev/null; do
        kill -0 "$3" 2>/dev/null || { tail -40 "$4" >&2; fail "$1 is gestopt tijdens het starten, zie $4 / $1 stopped while starting"; }
        [ $((SECONDS - started)) -lt "$START_TIMEOUT" ] || { tail -40 "$4" >&2; fail "$1 is na $START_TIMEOUT s nog niet gereed, zie $4 / $1 not ready"; }
        sleep 1
    done
}
START=$SECONDS
if $MAILDEV; then
    wait_for MailDev "http://localhost:$MAIL_WEB_PORT/email" "$MAIL_PID" "$DATA_DIR/logs/maildev.log"
fi
if $START_SERVICES; then
    wait_for Keycloak "$ISSUER/.well-known/openid-configuration" "$KC_PID" "$DATA_DIR/logs/keycloak.log"
    say "Keycloak gereed na $((SECONDS - START)) s"
fi
if $START_APP; then
    wait_for "Payara Micro" "http://localhost:$APP_PORT/health/ready" "$APP_PID" "$DATA_DIR/logs/payara.log"
    say "Applicatie gereed na $((SECONDS - START)) s"
fi

cat <<EOF

  Lerend Stelsel draait / is running:   http://localhost:$APP_PORT/
  Keycloak (beheer: admin / admin):      http://localhost:$KC_PORT/admin/
  API (OpenAPI):                         http://localhost:$APP_PORT/openapi
$($MAILDEV && echo "  E-mail-inbox (alle verstuurde mail):   http://localhost:$MAIL_WEB_PORT/")
  Gegevens / data:                       $DATA_DIR   (logs in $DATA_DIR/logs)

  Demo-accounts (wachtwoord / password: LerendStelsel2026):
    professional   Fatima El Amrani   Gemeente Utrecht     professional
    professional2  Joost de Vries     Gemeente Rotterdam   professional
    professional3  Noor Hendriks      Gemeente Amersfoort  professional
    facilitator    Sanne Bakker       Divosa               facilitator, professional
    coordinator    Pieter Jansen      VNG                  coordinator
    ministry       Eva Mulder         Ministerie van SZW   ministry
    editor         Ahmed Yilmaz       Divosa               editor
    editor2        Lieke Smit         Divosa               editor
    editor-vng     Marieke de Boer    VNG                  editor
    editor-szw     Karim Bouzid       Ministerie van SZW   editor
    admin          Lotte Visser       Divosa               admin

  Stoppen / stop: Ctrl-C
EOF
echo "LERENDSTELSEL READY"

running() { [ -z "$1" ] || kill -0 "$1" 2>/dev/null; }
while running "$KC_PID" && running "$APP_PID"; do
    sleep 2
done
running "$KC_PID" || echo "Keycloak is onverwacht gestopt, zie $DATA_DIR/logs/keycloak.log / Keycloak stopped" >&2
running "$APP_PID" || echo "Payara Micro is onverwacht gestopt, zie $DATA_DIR/logs/payara.log / Payara Micro stopped" >&2
exit 1
