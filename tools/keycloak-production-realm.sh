#!/usr/bin/env bash
# Writes the production realm for Keycloak from the development export in keycloak-realm/: without the development-only
# client lerend-cli (password grant) and its scope mapping, without the demo users, with the web client's redirect URIs
# on the production address only, a new client secret, and HTTPS required for every address (sslRequired "all").
# Brute-force detection, password policy, token lifetimes, events and the user profile stay as in the export.
#
#   tools/keycloak-production-realm.sh https://lerendstelsel.example.nl > /secure/place/lerend-stelsel-realm.json
#
# The new client secret is printed on standard error (once): give it to the application as the password alias
# lerendstelsel.oidc.client-secret (tools/payara-server.sh: LERENDSTELSEL_OIDC_CLIENT_SECRET). Set
# LERENDSTELSEL_OIDC_CLIENT_SECRET beforehand to use a secret of your own. Needs jq (Debian: apt-get install jq).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fail() { echo "FOUT / ERROR: $*" >&2; exit 1; }

url="${1:-}"
[[ "$url" =~ ^https://[A-Za-z0-9.-]+(:[0-9]+)?$ ]] || fail "gebruik / usage: $0 https://HOST (the application's public address, HTTPS, no path)"
command -v jq >/dev/null 2>&1 || fail "jq ontbreekt (Debian: apt-get install jq) / jq is missing"
secret="${LERENDSTELSEL_OIDC_CLIENT_SECRET:-$(head -c 32 /dev/urandom | base64 | tr -d '/+=' | cut -c1-40)}"
[ ${#secret} -ge 32 ] || fail "het client-secret moet minstens 32 tekens hebben / the client secret needs 32 characters or more"

jq --arg url "$url" --arg secret "$secret" '
  .sslRequired = "all"
  | del(.users)
  | .clients |= map(select(.clientId != "lerend-cli"))
  | .scopeMappings |= map(select(.client != "lerend-cli"))
  | .clients |= map(if .clientId == "lerend-stelsel-web" then
        .secret = $secret
        | .rootUrl = $url | .baseUrl = $url
        | .redirectUris = [$url + "/*"]
        | .webOrigins = ["+"]
        | .description = "Vertrouwelijke client van de webapplicatie (Payara OpenID Connect): authorization code flow met state en nonce."
      else . end)
' "$ROOT/keycloak-realm/lerend-stelsel-realm.json"
echo "Client-secret van lerend-stelsel-web / client secret: $secret" >&2
