#!/usr/bin/env bash
# The production-like setup on this machine: the EAR (ear/) on the full Payara Server 6 from Maven Central, with a
# JDBC connection pool and resource for PostgreSQL created by asadmin, against Keycloak (run.sh --no-app) and
# PostgreSQL (tools/postgres.sh).
#
#   tools/payara-server.sh up [--fresh] [--skip-build]   PostgreSQL + Keycloak (with MailDev) + Payara Server + the EAR;
#                                                        prints the URL. --fresh: empty database, realm re-imported,
#                                                        a new domain. --skip-build: use ear/target/lerend-stelsel.ear
#   tools/payara-server.sh down                          stop all that 'up' started
#   tools/payara-server.sh start                         unpack Payara Server (Maven) if needed, create the domain if
#                                                        needed, start it and apply the configuration below
#   tools/payara-server.sh deploy [EAR]                  (re)deploy the EAR (default ear/target/lerend-stelsel.ear) and
#                                                        wait until /health/ready answers
#   tools/payara-server.sh stop                          stop the domain
#   tools/payara-server.sh status                        running or not, the URLs
#   tools/payara-server.sh asadmin ARGS...               asadmin against this domain (e.g. list-applications)
#
# Settings (environment variables, defaults in brackets):
#   LERENDSTELSEL_APP_PORT [8080]            HTTP port of Payara Server (http-listener-1; run.sh --no-app lets the realm
#                                            return to it)
#   LERENDSTELSEL_SERVER_ADMIN_PORT [4848]   administration port (listens on localhost only); the domain's other ports
#                                            are this + 1 (HTTPS) ... + 8; Hazelcast is off
#   LERENDSTELSEL_SERVER_ADMIN_PASSWORD      the domain's admin password [generated once, kept in <domain dir>/.admin-password]
#   LERENDSTELSEL_DATA_DIR [./data]          the domain (<data>/payara-server/lerend-stelsel), its logs, the search index
#   LERENDSTELSEL_PAYARA_SERVER_DIR [ear/target/payara-server]  where Maven unpacks Payara Server (payara6/)
#   LERENDSTELSEL_SERVER_JAVA_OPTS [-Xms256m -Xmx1g]  heap of the server (set when the domain is created)
#   LERENDSTELSEL_DB_URL [tools/postgres.sh url]  JDBC URL of the PostgreSQL database for the pool
#   LERENDSTELSEL_DB_USER, LERENDSTELSEL_DB_PASSWORD [lerend]   its account (the password becomes a password alias)
#   LERENDSTELSEL_DB_POOL_MIN, _MAX [2, 40]  pool sizes
#   LERENDSTELSEL_KEYCLOAK_PORT [8180]       Keycloak (run.sh); the issuer is http://localhost:<port>/realms/lerend-stelsel
#   LERENDSTELSEL_OIDC_PROVIDER_URI, LERENDSTELSEL_OIDC_CLIENT_ID, LERENDSTELSEL_OIDC_CLIENT_SECRET  another Keycloak
#                                            (the secret becomes a password alias; default: the development realm's)
#   LERENDSTELSEL_BASE_URL [http://localhost:<app port>]   LERENDSTELSEL_SEARCH_DIR [<domain>/search]
#   LERENDSTELSEL_SMTP_PORT [1025], LERENDSTELSEL_MAIL_WEB_PORT [1080]  MailDev (run.sh); LERENDSTELSEL_MAIL_HOST,
#                                            _MAIL_PORT, _MAIL_FROM, _MAIL_USER, _MAIL_PASSWORD (alias), _MAIL_STARTTLS
#   LERENDSTELSEL_DEMO_DATA [false]          demo knelpunten etc. in an empty database
#   LERENDSTELSEL_PG_PORT, LERENDSTELSEL_PG_DIR  the local PostgreSQL of 'up' (tools/postgres.sh)
#   LERENDSTELSEL_START_TIMEOUT [300]        seconds Keycloak, the domain and the deployment may each take
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP_PORT="${LERENDSTELSEL_APP_PORT:-8080}"
ADMIN_PORT="${LERENDSTELSEL_SERVER_ADMIN_PORT:-4848}"
KC_PORT="${LERENDSTELSEL_KEYCLOAK_PORT:-8180}"
DATA_DIR="${LERENDSTELSEL_DATA_DIR:-$ROOT/data}"
case "$DATA_DIR" in /*) ;; *) DATA_DIR="$(pwd)/$DATA_DIR" ;; esac
SERVER_DIR="${LERENDSTELSEL_PAYARA_SERVER_DIR:-$ROOT/ear/target/payara-server}"
case "$SERVER_DIR" in /*) ;; *) SERVER_DIR="$(pwd)/$SERVER_DIR" ;; esac
PAYARA_HOME="$SERVER_DIR/payara6"
ASADMIN="$PAYARA_HOME/bin/asadmin"
DOMAIN=lerend-stelsel
DOMAINS_DIR="$DATA_DIR/payara-server"
DOMAIN_DIR="$DOMAINS_DIR/$DOMAIN"
START_TIMEOUT="${LERENDSTELSEL_START_TIMEOUT:-300}"
EAR_DEFAULT="$ROOT/ear/target/lerend-stelsel.ear"
APP_NAME=lerend-stelsel
POOL=lerend-stelsel-pool
RESOURCE=jdbc/lerend-stelsel
ISSUER="${LERENDSTELSEL_OIDC_PROVIDER_URI:-http://localhost:$KC_PORT/realms/lerend-stelsel}"
KEYCLOAK_PID_FILE="$DATA_DIR/payara-server/keycloak.pid"
LOGS="$DATA_DIR/payara-server/logs"

fail() { echo "FOUT / ERROR: $*" >&2; exit 1; }
say() { echo "[payara-server] $*"; }
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

for port in "$APP_PORT" "$ADMIN_PORT" "$KC_PORT"; do
    [[ "$port" =~ ^[0-9]+$ ]] || fail "ongeldig poortnummer / invalid port: $port"
done

# --- Payara Server and the domain ------------------------------------------------------------------------------------
unpack() {
    if [ ! -x "$ASADMIN" ] || [ ! -f "$SERVER_DIR/postgresql.jar" ]; then
        command -v mvn >/dev/null 2>&1 || fail "Maven is niet gevonden (Debian: apt-get install maven). / Maven not found."
        say "Payara Server uitpakken uit de Maven-repository naar $SERVER_DIR ... / unpacking Payara Server ..."
        mkdir -p "$LOGS"
        mvn -B -q -f "$ROOT/ear/pom.xml" -Dpayara.server.dir="$SERVER_DIR" \
            dependency:unpack@payara-server dependency:copy@payara-server-jdbc > "$LOGS/unpack.log" 2>&1 \
            || { tail -20 "$LOGS/unpack.log" >&2; fail "Payara Server uitpakken mislukt, zie $LOGS/unpack.log / unpack failed"; }
        [ -x "$ASADMIN" ] || fail "$ASADMIN ontbreekt na het uitpakken / missing after unpacking"
    fi
}

PASSWORD_FILE="$DOMAINS_DIR/.asadmin-passwords"
admin_password() {
    if [ -n "${LERENDSTELSEL_SERVER_ADMIN_PASSWORD:-}" ]; then
        printf '%s' "$LERENDSTELSEL_SERVER_ADMIN_PASSWORD"
    else
        [ -f "$DOMAINS_DIR/.admin-password" ] || { mkdir -p "$DOMAINS_DIR"; (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$DOMAINS_DIR/.admin-password"); }
        cat "$DOMAINS_DIR/.admin-password"
    fi
}
write_password_file() {
    mkdir -p "$DOMAINS_DIR"
    (umask 077; printf 'AS_ADMIN_PASSWORD=%s\n' "$(admin_password)" > "$PASSWORD_FILE")
}

# asadmin against this domain's DAS (remote commands)
as() { "$ASADMIN" --host localhost --port "$ADMIN_PORT" --user admin --passwordfile "$PASSWORD_FILE" --interactive=false "$@"; }

running() { [ -x "$ASADMIN" ] && [ -d "$DOMAIN_DIR" ] && "$ASADMIN" list-domains --domaindir "$DOMAINS_DIR" 2>/dev/null | grep -q "^$DOMAIN running"; }

create_domain() {
    say "Domein $DOMAIN aanmaken in $DOMAINS_DIR (beheerpoort $ADMIN_PORT, HTTP $APP_PORT) ... / creating the domain ..."
    for port in "$APP_PORT" "$ADMIN_PORT" $(seq $((ADMIN_PORT + 1)) $((ADMIN_PORT + 8))); do
        port_taken "$port" && fail "poort $port is al in gebruik (LERENDSTELSEL_APP_PORT / LERENDSTELSEL_SERVER_ADMIN_PORT) / port taken"
    done
    local p=$ADMIN_PORT
    "$ASADMIN" --user admin --passwordfile "$PASSWORD_FILE" --interactive=false create-domain --domaindir "$DOMAINS_DIR" \
        --adminport "$ADMIN_PORT" --instanceport "$APP_PORT" --checkports=true \
        --domainproperties "http.ssl.port=$((p + 1)):jms.port=$((p + 2)):orb.listener.port=$((p + 3)):orb.ssl.port=$((p + 4)):orb.mutualauth.port=$((p + 5)):domain.jmxPort=$((p + 6)):java.debugger.port=$((p + 7)):osgi.shell.telnet.port=$((p + 8))" \
        "$DOMAIN" > "$LOGS/create-domain.log" 2>&1 \
        || { cat "$LOGS/create-domain.log" >&2; fail "domein aanmaken mislukt / create-domain failed"; }
    # Offline, before the first start: the JVM (heap, UTC as run.sh's Payara Micro), the admin listener on localhost only.
    local opts="${LERENDSTELSEL_SERVER_JAVA_OPTS:--Xms256m -Xmx1g}"
    local xml="$DOMAIN_DIR/config/domain.xml"
    python3 - "$xml" "$opts" <<'PY'
import sys, xml.etree.ElementTree as ET
path, opts = sys.argv[1], sys.argv[2].split()
tree = ET.parse(path)
config = tree.getroot().find("./configs/config[@name='server-config']")
jvm = config.find("java-config")
for option in list(jvm.findall("jvm-options")):
    if option.text and (option.text.startswith("-Xmx") or option.text.startswith("-Xms") or option.text.startswith("-Duser.timezone=")):
        jvm.remove(option)
for value in opts + ["-Duser.timezone=UTC"]:
    element = ET.SubElement(jvm, "jvm-options")
    element.text = value
for listener in config.iter("network-listener"):
    if listener.get("name") == "admin-listener":
        listener.set("address", "127.0.0.1")
tree.write(path, encoding="UTF-8", xml_declaration=True)
PY
    cp "$SERVER_DIR/postgresql.jar" "$DOMAIN_DIR/lib/postgresql.jar"
}

# A value for create-system-properties: ':' '=' and '\' escaped.
esc() { printf '%s' "$1" | sed 's/[\\:=]/\\&/g'; }

alias_set() { # name value: a password alias (an encrypted entry in the domain's keystore, not in domain.xml)
    local file="$DOMAINS_DIR/.alias-$$"
    (umask 077; printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_ALIASPASSWORD=%s\n' "$(admin_password)" "$2" > "$file")
    local command=create-password-alias
    grep -qx "$1" <<<"$ALIASES" && command=update-password-alias
    "$ASADMIN" --host localhost --port "$ADMIN_PORT" --user admin --passwordfile "$file" --interactive=false "$command" "$1" >/dev/null \
        || { rm -f "$file"; fail "$command $1 mislukt / failed"; }
    rm -f "$file"
}

configure() {
    local db_url="${LERENDSTELSEL_DB_URL:-}"
    if [ -z "$db_url" ]; then
        db_url="$(LERENDSTELSEL_PG_DATABASE="${LERENDSTELSEL_PG_DATABASE:-lerend}" bash "$ROOT/tools/postgres.sh" url)"
    fi
    case "$db_url" in jdbc:postgresql:*) ;; *) fail "LERENDSTELSEL_DB_URL moet een PostgreSQL-URL zijn (jdbc:postgresql://...) / must be a PostgreSQL URL: $db_url" ;; esac
    local db_user="${LERENDSTELSEL_DB_USER:-lerend}"
    ALIASES="$(as list-password-aliases 2>/dev/null | grep -v '^Command' || true)"

    say "Configureren: JDBC-pool, systeemeigenschappen, wachtwoord-aliassen ... / configuring ..."
    alias_set lerendstelsel-db-password "${LERENDSTELSEL_DB_PASSWORD:-lerend}"
    # Secrets as password aliases named after the MicroProfile Config property: Payara's password-alias config source
    # gives them to the application, and domain.xml holds no secret.
    alias_set lerendstelsel.oidc.client-secret "${LERENDSTELSEL_OIDC_CLIENT_SECRET:-dev-only-lerend-stelsel-web-secret}"
    if [ -n "${LERENDSTELSEL_MAIL_PASSWORD:-}" ]; then alias_set lerendstelsel.mail.password "$LERENDSTELSEL_MAIL_PASSWORD"; fi

    if ! as list-jdbc-connection-pools 2>/dev/null | grep -qx "$POOL"; then
        # The pool as the application defines its own for Payara Micro (DataSourceConfiguration): JDBC 4 validation
        # (Connection.isValid) before every use, and the whole pool dropped at the first dead connection, so a database
        # restart needs no server restart.
        local resources="$DOMAIN_DIR/config/lerend-stelsel-resources.xml"
        cat > "$resources" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE resources PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Resource Definitions//EN" "http://glassfish.org/dtds/glassfish-resources_1_5.dtd">
<resources>
    <jdbc-connection-pool name="$POOL" res-type="javax.sql.DataSource"
                          datasource-classname="org.postgresql.ds.PGSimpleDataSource"
                          steady-pool-size="${LERENDSTELSEL_DB_POOL_MIN:-2}" max-pool-size="${LERENDSTELSEL_DB_POOL_MAX:-40}"
                          is-connection-validation-required="true" connection-validation-method="custom-validation"
                          validation-classname="org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation"
                          fail-all-connections="true" statement-timeout-in-seconds="-1"
                          non-transactional-connections="false">
        <property name="url" value="$db_url"/>
        <property name="user" value="$db_user"/>
        <property name="password" value="\${ALIAS=lerendstelsel-db-password}"/>
    </jdbc-connection-pool>
    <jdbc-resource pool-name="$POOL" jndi-name="$RESOURCE"/>
</resources>
EOF
        as add-resources "$resources" >/dev/null || fail "JDBC-pool aanmaken mislukt / add-resources failed"
    else
        as set "resources.jdbc-connection-pool.$POOL.property.url=$db_url" \
            "resources.jdbc-connection-pool.$POOL.property.user=$db_user" \
            "resources.jdbc-connection-pool.$POOL.steady-pool-size=${LERENDSTELSEL_DB_POOL_MIN:-2}" \
            "resources.jdbc-connection-pool.$POOL.max-pool-size=${LERENDSTELSEL_DB_POOL_MAX:-40}" >/dev/null \
            || fail "JDBC-pool bijwerken mislukt / updating the pool failed"
    fi
    as ping-connection-pool "$POOL" >/dev/null || fail "de JDBC-pool bereikt PostgreSQL niet ($db_url) / the pool cannot reach PostgreSQL"

    # The application's settings (MicroProfile Config reads system properties), as run.sh passes them to Payara Micro.
    local props=(
        "lerendstelsel.db.jndi-name=$RESOURCE"
        "lerendstelsel.oidc.provider-uri=$ISSUER"
        "lerendstelsel.oidc.client-id=${LERENDSTELSEL_OIDC_CLIENT_ID:-lerend-stelsel-web}"
        "mp.jwt.verify.issuer=${MP_JWT_VERIFY_ISSUER:-$ISSUER}"
        "mp.jwt.verify.publickey.location=${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-$ISSUER/protocol/openid-connect/certs}"
        "lerendstelsel.base-url=${LERENDSTELSEL_BASE_URL:-http://localhost:$APP_PORT}"
        "lerendstelsel.search.dir=${LERENDSTELSEL_SEARCH_DIR:-$DOMAIN_DIR/search}"
        "lerendstelsel.demo-data=${LERENDSTELSEL_DEMO_DATA:-false}"
        "lerendstelsel.mail.host=${LERENDSTELSEL_MAIL_HOST:-localhost}"
        "lerendstelsel.mail.port=${LERENDSTELSEL_MAIL_PORT:-${LERENDSTELSEL_SMTP_PORT:-1025}}"
    )
    [ -z "${LERENDSTELSEL_MAIL_USER:-}" ] || props+=("lerendstelsel.mail.user=$LERENDSTELSEL_MAIL_USER")
    [ -z "${LERENDSTELSEL_MAIL_STARTTLS:-}" ] || props+=("lerendstelsel.mail.starttls=$LERENDSTELSEL_MAIL_STARTTLS")
    [ -z "${LERENDSTELSEL_MAIL_FROM:-}" ] || props+=("lerendstelsel.mail.from=$LERENDSTELSEL_MAIL_FROM")
    local joined="" prop
    for prop in "${props[@]}"; do
        joined+="${joined:+:}${prop%%=*}=$(esc "${prop#*=}")"
    done
    as create-system-properties "$joined" >/dev/null || fail "systeemeigenschappen zetten mislukt / create-system-properties failed"

    # As run.sh does for Payara Micro: compress style sheets and scripts, not HTML (BREACH).
    as set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.compression=on \
        configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.compressable-mime-type=text/css,text/javascript,application/javascript,image/svg+xml \
        >/dev/null || fail "compressie instellen mislukt / setting compression failed"
    # One server needs no data grid: Hazelcast off, so this domain never joins another Payara's on the same network and
    # binds no port of its own (scaling out is docs/operations.md's part on more nodes).
    if ! as get-hazelcast-configuration 2>/dev/null | grep -Eq '^Enabled +false'; then
        as set-hazelcast-configuration --enabled=false --dynamic=true >/dev/null || fail "Hazelcast uitzetten mislukt / disabling Hazelcast failed"
    fi
}

start() {
    unpack
    mkdir -p "$LOGS"
    write_password_file
    [ -d "$DOMAIN_DIR" ] || create_domain
    if ! running; then
        port_taken "$APP_PORT" && fail "poort $APP_PORT is al in gebruik (LERENDSTELSEL_APP_PORT) / port $APP_PORT is taken"
        port_taken "$ADMIN_PORT" && fail "poort $ADMIN_PORT is al in gebruik (LERENDSTELSEL_SERVER_ADMIN_PORT) / port $ADMIN_PORT is taken"
        say "Payara Server starten (domein $DOMAIN) ... / starting Payara Server ..."
        "$ASADMIN" --interactive=false start-domain --domaindir "$DOMAINS_DIR" --timeout "$START_TIMEOUT" "$DOMAIN" > "$LOGS/start-domain.log" 2>&1 \
            || { tail -30 "$DOMAIN_DIR/logs/server.log" >&2 2>/dev/null || true; fail "Payara Server start niet, zie $DOMAIN_DIR/logs/server.log / did not start"; }
    fi
    configure
    say "Payara Server draait / is running: http://localhost:$APP_PORT/ (beheer / admin: http://localhost:$ADMIN_PORT/, gebruiker admin, wachtwoord in $DOMAINS_DIR/.admin-password)"
}

stop() {
    if running; then
        "$ASADMIN" --interactive=false stop-domain --domaindir "$DOMAINS_DIR" "$DOMAIN" >/dev/null
        say "Payara Server gestopt / stopped"
    else
        say "Payara Server draait niet / is not running"
    fi
}

wait_ready() {
    local started=$SECONDS
    until curl -fsS -o /dev/null "http://localhost:$APP_PORT/health/ready" 2>/dev/null; do
        [ $((SECONDS - started)) -lt "$START_TIMEOUT" ] || { tail -40 "$DOMAIN_DIR/logs/server.log" >&2; fail "de applicatie is na $START_TIMEOUT s niet gereed (/health/ready) / not ready"; }
        sleep 1
    done
}

deploy() {
    local ear="${1:-$EAR_DEFAULT}"
    [ -f "$ear" ] || fail "$ear ontbreekt; bouw eerst: mvn -pl ear -am package -DskipTests / EAR missing"
    running || fail "Payara Server draait niet; eerst tools/payara-server.sh start / not running"
    write_password_file
    say "$(basename "$ear") uitrollen (databasemigraties draaien bij de start) ... / deploying (migrations run at start) ..."
    local started=$SECONDS
    as deploy --force=true --name "$APP_NAME" "$ear" > "$LOGS/deploy.log" 2>&1 \
        || { cat "$LOGS/deploy.log" >&2; tail -40 "$DOMAIN_DIR/logs/server.log" >&2; fail "uitrollen mislukt / deployment failed"; }
    wait_ready
    say "Uitgerold en gereed na $((SECONDS - started)) s / deployed and ready"
}

# --- The whole setup --------------------------------------------------------------------------------------------------
keycloak_running() { [ -f "$KEYCLOAK_PID_FILE" ] && kill -0 "$(cat "$KEYCLOAK_PID_FILE")" 2>/dev/null; }

up() {
    local fresh=false build=true
    for arg in "$@"; do
        case "$arg" in
            --fresh) fresh=true ;;
            --skip-build) build=false ;;
            *) fail "onbekende optie / unknown option: $arg" ;;
        esac
    done
    mkdir -p "$LOGS"
    local started=$SECONDS
    if $build; then
        command -v mvn >/dev/null 2>&1 || fail "Maven is niet gevonden (Debian: apt-get install maven). / Maven not found."
        say "Bouwen: WAR en EAR (Maven) ... / building ..."
        mvn -B -q -f "$ROOT/pom.xml" -pl ear -am -DskipTests -Druntime.dir="$DATA_DIR/runtime" package > "$LOGS/build.log" 2>&1 \
            || { tail -40 "$LOGS/build.log" >&2; fail "bouwen mislukt, zie $LOGS/build.log / build failed"; }
    elif [ ! -d "$DATA_DIR/runtime" ] || ! ls -d "$DATA_DIR"/runtime/keycloak-* >/dev/null 2>&1; then
        # run.sh --skip-build needs Keycloak (and finds Payara Micro next to it) in <data>/runtime
        say "Keycloak uitpakken uit de Maven-repository ... / unpacking Keycloak ..."
        mvn -B -q -f "$ROOT/src/pom.xml" -Druntime.dir="$DATA_DIR/runtime" dependency:copy@payara-micro dependency:unpack@keycloak \
            > "$LOGS/unpack-keycloak.log" 2>&1 || { tail -20 "$LOGS/unpack-keycloak.log" >&2; fail "Keycloak uitpakken mislukt / unpack failed"; }
    fi

    # PostgreSQL (a project-local cluster), unless the operator points at another database
    if [ -z "${LERENDSTELSEL_DB_URL:-}" ]; then
        bash "$ROOT/tools/postgres.sh" start
        if $fresh; then bash "$ROOT/tools/postgres.sh" createdb "${LERENDSTELSEL_PG_DATABASE:-lerend}" >/dev/null; fi
    fi

    # Keycloak (and MailDev) as run.sh starts them, in the background; its realm lets the web client return to APP_PORT.
    if ! keycloak_running; then
        local options=(--skip-build --no-app)
        $fresh && options+=(--fresh)
        say "Keycloak starten met run.sh ${options[*]} (log: $LOGS/keycloak-run.log) ... / starting Keycloak ..."
        LERENDSTELSEL_DATA_DIR="$DATA_DIR" LERENDSTELSEL_START_TIMEOUT="$START_TIMEOUT" \
            setsid bash "$ROOT/run.sh" "${options[@]}" > "$LOGS/keycloak-run.log" 2>&1 < /dev/null &
        echo $! > "$KEYCLOAK_PID_FILE"
    fi

    if $fresh && [ -d "$DOMAIN_DIR" ]; then
        stop
        say "Nieuw domein / a new domain"
        rm -rf "$DOMAIN_DIR"
    fi
    start
    # The application needs Keycloak only at the first sign-in: deploy while Keycloak is still starting.
    deploy "$EAR_DEFAULT"

    local kc_started=$SECONDS
    until grep -q "LERENDSTELSEL READY" "$LOGS/keycloak-run.log" 2>/dev/null; do
        keycloak_running || { tail -30 "$LOGS/keycloak-run.log" >&2; fail "run.sh --no-app is gestopt, zie $LOGS/keycloak-run.log / Keycloak stopped"; }
        [ $((SECONDS - kc_started)) -lt "$START_TIMEOUT" ] || fail "Keycloak is na $START_TIMEOUT s niet gereed / not ready"
        sleep 1
    done
    cat <<EOF

  Lerend Stelsel op Payara Server draait / is running:  http://localhost:$APP_PORT/   (na / after $((SECONDS - started)) s)
  Gereedheid / readiness:                              http://localhost:$APP_PORT/health/ready
  Payara-beheer / admin console (admin):               http://localhost:$ADMIN_PORT/   (wachtwoord / password: $DOMAINS_DIR/.admin-password)
  Keycloak:                                            http://localhost:$KC_PORT/admin/
  Logs:                                                $DOMAIN_DIR/logs/server.log, $LOGS

  Stoppen / stop: tools/payara-server.sh down
EOF
    echo "LERENDSTELSEL SERVER READY"
}

down() {
    stop
    if keycloak_running; then
        local pid
        pid="$(cat "$KEYCLOAK_PID_FILE")"
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        say "Keycloak (run.sh --no-app) gestopt / stopped"
    fi
    rm -f "$KEYCLOAK_PID_FILE"
    if [ -z "${LERENDSTELSEL_DB_URL:-}" ]; then bash "$ROOT/tools/postgres.sh" stop; fi
}

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
    up) up "$@" ;;
    down) down ;;
    start) start ;;
    stop) stop ;;
    deploy) deploy "$@" ;;
    status)
        if running; then
            echo "Payara Server draait / is running: http://localhost:$APP_PORT/ (domein / domain $DOMAIN_DIR)"
            curl -fsS "http://localhost:$APP_PORT/health/ready" 2>/dev/null && echo || echo "applicatie niet gereed / application not ready"
        else
            echo "Payara Server draait niet / is not running ($DOMAIN_DIR)"; exit 3
        fi ;;
    asadmin) write_password_file; as "$@" ;;
    *) sed -n '2,38p' "$0" | sed 's/^# \{0,1\}//'; [ -z "$command" ] || [ "$command" = "-h" ] || [ "$command" = "--help" ] || exit 2 ;;
esac
