#!/usr/bin/env bash
# Session memory benchmark (quality.md P4) against a running stack with demo data (./run.sh on this machine):
#   tools/bench-sessions.sh [sessions, default 200] [threads, default 4] [navigations per session, default 10]
# Signs in N sessions through the Keycloak login form (real code flow; demo users, each many times), makes 10 navigations
# per session over the main pages, and measures the server's live heap per session with jcmd (class histogram after a
# full GC, before and after). For the 512 MB check start the stack with a small heap and ask for 1,000 sessions:
#   LERENDSTELSEL_JAVA_OPTS="-Xms512m -Xmx512m" ./run.sh      then      tools/bench-sessions.sh 1000
# Settings: LERENDSTELSEL_APP_PORT [8080]. jcmd (JDK) must run as the user that runs the server.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${LERENDSTELSEL_APP_PORT:-8080}"
APP="http://localhost:$PORT"
curl -fsS -o /dev/null "$APP/health/ready" || { echo "De applicatie draait niet op $APP / not running: start ./run.sh first" >&2; exit 2; }
PID="$(ss -Hltnp "sport = :$PORT" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)"
[ -n "$PID" ] || { echo "Geen proces gevonden op poort $PORT / no server process found" >&2; exit 2; }
echo "Server: pid $PID, $(tr '\0' ' ' < "/proc/$PID/cmdline" | grep -o -- '-Xm[sx][0-9]*[mgMG]' | tr '\n' ' ')"
mvn -B -q -pl src -Pbench test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java -Dexec.classpathScope=test \
    -Dexec.mainClass=nl.lerendstelsel.it.SessionMemoryBenchmark -Dexec.args="${1:-200} ${2:-4} $APP $PID ${3:-10}"
