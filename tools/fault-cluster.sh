#!/usr/bin/env bash
# Proof of the two-node cluster (issue 9), on the stack of tools/cluster.sh (started with "up --fresh" when it does not
# answer). Prints a verdict per point and exits 0 only when all four hold:
#   a) sessions survive the loss of a node: sign in (OpenID Connect, Keycloak) as the coordinator through nginx, kill -9
#      the node that served the session, the next request through nginx is served by the other node, still signed in
#      (the role-protected dashboard, with the person's name); signing out there ends the Keycloak session too;
#   b) no stale reads: a theme (reference data every page uses) is read on node 1, its service-level
#      target changed through node 2 (the admin page), read again on node 1 within the reference-data lists' 5 s; and a knelpunt edited through node 2
#      (API) is read through node 1 at once;
#   c) the search index follows: a knelpunt reported through node 1 is found by search through node 2 (seconds measured);
#   d) scheduled jobs run once: the mail-outbox lease has one holder and counts one run per 10 s (not two) while both
#      nodes run; a feedback e-mail reaches MailDev exactly once; after the holder is killed the other node takes over.
# Settings: those of tools/cluster.sh (ports, LERENDSTELSEL_CLUSTER_DIR, LERENDSTELSEL_PG_*). Report: <cluster dir>/fault-cluster.txt
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HTTP_PORT="${LERENDSTELSEL_CLUSTER_HTTP_PORT:-8000}"
NODE=("" "${LERENDSTELSEL_NODE1_PORT:-8081}" "${LERENDSTELSEL_NODE2_PORT:-8082}")
KC_PORT="${LERENDSTELSEL_KEYCLOAK_PORT:-8180}"
MAIL_WEB_PORT="${LERENDSTELSEL_MAIL_WEB_PORT:-1080}"
DIR="${LERENDSTELSEL_CLUSTER_DIR:-$ROOT/data/cluster}"
URL="http://localhost:$HTTP_PORT"
ISSUER="http://localhost:$KC_PORT/realms/lerend-stelsel"
PASSWORD=LerendStelsel2026
CLUSTER="$ROOT/tools/cluster.sh"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
REPORT="$DIR/fault-cluster.txt"
mkdir -p "$DIR"
: > "$REPORT"
FAILED=0

say() { echo "[fault-cluster] $*" | tee -a "$REPORT"; }
verdict() { # point ok|fail text
    if [ "$2" = ok ]; then say "VERDICT $1: PASS — $3"; else say "VERDICT $1: FAIL — $3"; FAILED=1; fi
}
ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1/health/ready")" = 200 ]; }
now_ms() { date +%s%3N; }
sql() { "$ROOT/tools/postgres.sh" psql -d "${LERENDSTELSEL_PG_DATABASE:-lerend}" -tA -c "$1"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

token() { # user → access token (the development client lerend-cli)
    curl -s "$ISSUER/protocol/openid-connect/token" -d grant_type=password -d client_id=lerend-cli -d scope=openid \
        --data-urlencode "username=$1" -d "password=$PASSWORD" | json 'd["access_token"]'
}
api() { # method base path user [json] → body in $WORK/body, status printed
    local data=()
    [ -n "${5:-}" ] && data=(-H 'Content-Type: application/json' --data "$5")
    curl -s -o "$WORK/body" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $(token "$4")" -H 'Accept: application/json' \
        "${data[@]}" "$2/api/v1/$3"
}
signin() { # user jar → signs in through nginx (authorization code flow with Keycloak's login form)
    local page action
    page="$(curl -s -L -c "$2" -b "$2" "$URL/app/start.xhtml")"
    action="$(printf '%s' "$page" | grep -o 'action="[^"]*"' | head -1 | sed 's/action="//;s/"$//;s/&amp;/\&/g')"
    [ -n "$action" ] || return 1
    curl -s -L -c "$2" -b "$2" -o "$WORK/signed-in.html" --data-urlencode "username=$1" -d "password=$PASSWORD" "$action"
}

# ---- the stack --------------------------------------------------------------------------------------------------------
if ! ready "$URL" || ! ready "http://localhost:${NODE[1]}" || ! ready "http://localhost:${NODE[2]}"; then
    say "cluster not (fully) running: tools/cluster.sh up --fresh"
    "$CLUSTER" down >/dev/null 2>&1 || true
    "$CLUSTER" up --fresh || { say "the cluster did not start"; exit 1; }
fi
say "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $(date -u +%FT%TZ)"

# ---- d) one run per tick in the cluster -------------------------------------------------------------------------------
runs0="$(sql "SELECT runs FROM job_lease WHERE name = 'mail-outbox'")"; t0=$(now_ms)
sleep 40
runs1="$(sql "SELECT runs FROM job_lease WHERE name = 'mail-outbox'")"; t1=$(now_ms)
holder="$(sql "SELECT holder FROM job_lease WHERE name = 'mail-outbox'")"
ticks=$(( (t1 - t0) / 10000 ))
ran=$((runs1 - runs0))
says_here() { grep -c "Job mail-outbox runs on this node" "$DIR/node$1/logs/payara.log" 2>/dev/null || true; }
say "d) mail-outbox: $ran run(s) in $(( (t1 - t0) / 1000 )) s with two nodes (one per 10 s tick: $ticks), holder $holder; 'runs on this node' logged: node1 $(says_here 1), node2 $(says_here 2)"

# one e-mail: professional reports (node 1), the facilitator takes it and resolves it with feedback (node 2)
TITLE="Clusterproef $(date +%s) wachttijd examenlocatie"
WORD="clusterproef$(date +%s)"
status=$(api POST "http://localhost:${NODE[1]}" knelpunten professional \
    "{\"titel\":\"$TITLE\",\"omschrijving\":\"Inburgeraars wachten lang; kenmerk $WORD.\",\"thema\":\"taal\",\"gemeente\":\"GM0344\",\"schaal\":\"TIENTALLEN\"}")
REF="$(json 'd.get("referentie","")' < "$WORK/body" 2>/dev/null)"
reported_at=$(now_ms)
say "reported $REF through node 1 (HTTP $status)"

# ---- c) found through the other node ---------------------------------------------------------------------------------
found=""
for _ in $(seq 1 60); do
    api GET "http://localhost:${NODE[2]}" "zoeken?q=$WORD" professional >/dev/null
    if grep -q "$REF" "$WORK/body" 2>/dev/null; then found=$(( $(now_ms) - reported_at )); break; fi
    sleep 0.5
done
if [ -n "$REF" ] && [ -n "$found" ]; then
    verdict c ok "$REF reported through node 1 was found by search through node 2 after ${found} ms"
else
    verdict c fail "$REF (HTTP $status) not found through node 2 within 30 s: $(head -c 300 "$WORK/body")"
fi

# ---- b) no stale reads after a write on the other node ---------------------------------------------------------------
# A knelpunt: edited through node 2, read through node 1 at once.
api GET "http://localhost:${NODE[1]}" "knelpunten/$REF" professional >/dev/null
version="$(json 'd.get("versie")' < "$WORK/body" 2>/dev/null)"
api PATCH "http://localhost:${NODE[2]}" "knelpunten/$REF" professional "{\"titel\":\"$TITLE (bewerkt)\",\"versie\":$version}" > "$WORK/patch-status"
api GET "http://localhost:${NODE[1]}" "knelpunten/$REF" professional >/dev/null
edited="$(json 'd.get("titel")' < "$WORK/body" 2>/dev/null)"
# A theme (reference data): read on node 1, changed through node 2's admin page, read on node 1.
ADMIN_JAR="$WORK/admin.jar"
signin admin "$ADMIN_JAR"
theme_days() { # node → the execution-level target of the theme taal as node N's admin page shows it
    curl -s -b "$ADMIN_JAR" "http://localhost:${NODE[$1]}/app/beheer/referentiedata.xhtml" | python3 -c '
import re,sys
html=sys.stdin.read()
for row in re.findall(r"<tr[^>]*>(.*?)</tr>", html, re.S):
    cells=[re.sub(r"<[^>]+>","",c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
    if cells and cells[0]=="taal": print(re.sub(r"\D.*","",cells[3])); break'
}
before="$(theme_days 1)"
target=$(( before == 17 ? 18 : 17 ))
curl -s -b "$ADMIN_JAR" -c "$ADMIN_JAR" "http://localhost:${NODE[2]}/app/beheer/referentiedata.xhtml" > "$WORK/form.html"
form_fields="$(python3 - "$WORK/form.html" "$target" <<'PY'
import re,sys,urllib.parse
html=open(sys.argv[1]).read()
form=re.search(r'<form id="referentiedata".*?</form>', html, re.S).group(0)
fields=[]
for m in re.finditer(r'<input[^>]*type="hidden"[^>]*>', form):
    name=re.search(r'name="([^"]+)"', m.group(0)); value=re.search(r'value="([^"]*)"', m.group(0))
    if name: fields.append((name.group(1), (value.group(1) if value else "").replace("&amp;","&")))
fields += [("referentiedata:thema","taal"),("referentiedata:uitvoering",sys.argv[2]),
           ("referentiedata:schakel",""),("referentiedata:termijnen-opslaan","Opslaan")]
print(urllib.parse.urlencode(fields))
PY
)"
write_at=$(now_ms)
curl -s -b "$ADMIN_JAR" -c "$ADMIN_JAR" -o /dev/null --data "$form_fields" "http://localhost:${NODE[2]}/app/beheer/referentiedata.xhtml"
# Reference-data lists are kept per node for at most 5 s (ReferenceDataService): node 1 must show the change within that.
after="$(theme_days 1)"
while [ "$after" != "$target" ] && [ $(( $(now_ms) - write_at )) -lt 8000 ]; do sleep 0.25; after="$(theme_days 1)"; done
read_ms=$(( $(now_ms) - write_at ))
on_node2="$(theme_days 2)"
say "b) theme taal execution target: node 1 before $before; written $target through node 2 (node 2 shows $on_node2); node 1 right after: $after (${read_ms} ms after the write)"
if [ "$edited" = "$TITLE (bewerkt)" ] && [ "$after" = "$target" ] && [ "$read_ms" -le 6000 ] && [ "$on_node2" = "$target" ]; then
    verdict b ok "knelpunt edited through node 2 read through node 1 at once; theme changed through node 2 read through node 1 within the lists' 5 s"
else
    verdict b fail "knelpunt title on node 1: '$edited' (PATCH $(cat "$WORK/patch-status")); theme on node 1 '$after', on node 2 '$on_node2', expected $target"
fi

# ---- d) the e-mail goes out once -------------------------------------------------------------------------------------
api POST "http://localhost:${NODE[2]}" "knelpunten/$REF/in-behandeling-nemen" facilitator '{}' >/dev/null
version="$(json 'd.get("versie")' < "$WORK/body" 2>/dev/null)"
status=$(api POST "http://localhost:${NODE[2]}" "knelpunten/$REF/oplossen" facilitator "{\"toelichting\":\"Opgelost: extra examenlocatie geopend.\",\"versie\":$version}")
say "resolved $REF with feedback through node 2 (HTTP $status); waiting 35 s for the outbox (both nodes' timers fire 3 times)"
sleep 35
mails="$(curl -s "http://localhost:$MAIL_WEB_PORT/email" | python3 -c "import json,sys; print(sum(1 for m in json.load(sys.stdin) if '$REF' in m.get('subject','') + m.get('text','')))")"
if [ "$mails" = 1 ] && [ "$ran" -ge 1 ] && [ "$ran" -le $((ticks + 1)) ]; then
    verdict d ok "the outbox ran $ran time(s) in $ticks ticks with two nodes (holder $holder), the feedback e-mail about $REF arrived once"
else
    verdict d fail "outbox runs $ran in $ticks ticks (holder $holder); e-mails about $REF: $mails (expected 1)"
fi

# ---- a) a session survives the loss of its node ---------------------------------------------------------------------
JAR="$WORK/coordinator.jar"
signin coordinator "$JAR"
curl -s -b "$JAR" -c "$JAR" -D "$WORK/h1" -o "$WORK/p1" "$URL/app/dashboard/"
served="$(grep -i '^x-lerend-node' "$WORK/h1" | tail -1 | sed 's/.*, //;s/.*: //' | tr -d '\r')"
n=1; [ "$served" = "127.0.0.1:${NODE[2]}" ] && n=2
other=$((3 - n))
name_before=$(grep -c "Pieter Jansen" "$WORK/p1")
say "a) signed in as coordinator through nginx, served by node $n ($served); dashboard shows the name: $name_before"
"$CLUSTER" kill-node "$n" | tee -a "$REPORT"
killed_at=$(now_ms)
code="$(curl -s -b "$JAR" -c "$JAR" -D "$WORK/h2" -o "$WORK/p2" -w '%{http_code}' "$URL/app/dashboard/")"
took=$(( $(now_ms) - killed_at ))
served2="$(grep -i '^x-lerend-node' "$WORK/h2" | tail -1 | sed 's/.*, //;s/.*: //' | tr -d '\r')"
name_after=$(grep -c "Pieter Jansen" "$WORK/p2")
# Signing out on the node the session moved to ends Keycloak's session too (there is no ID token on this node: Keycloak is
# asked by client id and asks to confirm); afterwards a protected page asks for the password again.
signout_token="$(grep -o 'name="token" value="[^"]*"' "$WORK/p2" | head -1 | sed 's/.*value="//;s/"$//')"
curl -s -b "$JAR" -c "$JAR" -o /dev/null -D "$WORK/h3" --data-urlencode "token=$signout_token" "$URL/uitloggen"
end_session="$(grep -i '^location:' "$WORK/h3" | tail -1 | sed 's/^[Ll]ocation: *//' | tr -d '\r')"
confirm="$(curl -s -b "$JAR" -c "$JAR" "$end_session")"
confirm_fields="$(printf '%s' "$confirm" | python3 -c '
import re,sys,urllib.parse
html=sys.stdin.read()
form=re.search(r"<form[^>]*action=\"([^\"]+)\".*?</form>", html, re.S)
if form:
    fields=[(n,v) for n,v in re.findall(r"<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"", form.group(0))]
    fields.append(("confirmLogout","Uitloggen"))
    print(urllib.parse.urljoin(sys.argv[1], form.group(1).replace("&amp;","&"))); print(urllib.parse.urlencode(fields))' "$end_session")"
confirm_action="$(printf '%s\n' "$confirm_fields" | sed -n 1p)"
[ -n "$confirm_action" ] && curl -s -b "$JAR" -c "$JAR" -o /dev/null -L --data "$(printf '%s\n' "$confirm_fields" | sed -n 2p)" "$confirm_action"
asks_password=$(curl -s -L -b "$JAR" -c "$JAR" "$URL/app/start.xhtml" | grep -c 'name="password"')
say "a) signed out through node $other: redirected to '${end_session%%\?*}', Keycloak's confirmation form found: $([ -n "$confirm_action" ] && echo yes || echo no); a protected page then asks for the password: $asks_password"
if [ "$name_before" -ge 1 ] && [ "$code" = 200 ] && [ "$served2" = "127.0.0.1:${NODE[$other]}" ] && [ "$name_after" -ge 1 ] \
        && [ "${end_session%%\?*}" = "$ISSUER/protocol/openid-connect/logout" ] && [ -n "$confirm_action" ] && [ "$asks_password" -ge 1 ]; then
    verdict a ok "after kill -9 of node $n the next request (dashboard, coordinator role) was served by node $other in ${took} ms, still signed in; signing out there ended the Keycloak session too"
else
    verdict a fail "after kill -9 of node $n: HTTP $code from '$served2', name shown: $name_after; sign-out redirect '${end_session%%\?*}', password asked afterwards: $asks_password"
fi

# ---- d) the other node takes the jobs over ----------------------------------------------------------------------------
holder_before="$(sql "SELECT holder FROM job_lease WHERE name = 'mail-outbox'")"
took_over=""
for _ in $(seq 1 60); do
    h="$(sql "SELECT holder FROM job_lease WHERE name = 'mail-outbox'")"
    if [ "$h" = "node$other" ]; then took_over=$(( ($(now_ms) - killed_at) / 1000 )); break; fi
    sleep 1
done
if [ "$holder_before" = "node$other" ]; then
    say "d) the outbox already ran on node $other, which survived"
elif [ -n "$took_over" ]; then
    say "d) node $other took the outbox over ${took_over} s after node $n was killed (lease 30 s)"
else
    verdict d fail "node $other did not take the outbox over within 60 s"
fi

say "restarting node $n ..."
"$CLUSTER" start-node "$n" >> "$REPORT" 2>&1 && say "node $n is back"
[ "$FAILED" = 0 ] && say "ALL FOUR HOLD" || say "NOT ALL HOLD"
exit "$FAILED"
