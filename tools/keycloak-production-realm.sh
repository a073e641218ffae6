#!/usr/bin/env bash
# Writes the production realm for Keycloak from the development export in keycloak-realm/: without the development-only
# clients lerend-cli (password grant) and partner-voorbeeld (an example partner system with a published secret)
# and their scope mappings, without the demo users, with the web client's redirect URIs
# on the production address only (no wildcards), a new client secret, and HTTPS required for every address (sslRequired
# "all"). Brute-force detection, password policy, token lifetimes and the user profile stay as in the export. Added for
# production (issue 27): a second factor (TOTP) for the roles admin, ministry and editor (a browser flow with a conditional
# OTP step; the others may set one up themselves and are then asked for it), verified e-mail addresses (also when one is
# changed), login events kept 90 days, and the service-account client lerend-backup for tools/backup.sh (client
# credentials grant, role admin only).
#
#   tools/keycloak-production-realm.sh https://lerendstelsel.example.nl > /secure/place/lerend-stelsel-realm.json
#
# The new client secrets are printed on standard error (once): give the web client's to the application as the password
# alias lerendstelsel.oidc.client-secret (tools/payara-server.sh: LERENDSTELSEL_OIDC_CLIENT_SECRET), the backup client's
# to tools/backup.sh (LERENDSTELSEL_BACKUP_CLIENT_SECRET). Set LERENDSTELSEL_OIDC_CLIENT_SECRET or
# LERENDSTELSEL_BACKUP_CLIENT_SECRET beforehand to use secrets of your own. Needs jq (Debian: apt-get install jq).
#
# Keycloak confirms e-mail addresses by sending a link, so it needs the mail server: the application's own settings
# LERENDSTELSEL_MAIL_HOST (required), _MAIL_PORT (587), _MAIL_FROM ("Naam <adres>" or an address), _MAIL_USER,
# _MAIL_PASSWORD and _MAIL_STARTTLS (true) are written into the realm's smtpServer.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fail() { echo "FOUT / ERROR: $*" >&2; exit 1; }

url="${1:-}"
[[ "$url" =~ ^https://[A-Za-z0-9.-]+(:[0-9]+)?$ ]] || fail "gebruik / usage: $0 https://HOST (the application's public address, HTTPS, no path)"
command -v jq >/dev/null 2>&1 || fail "jq ontbreekt (Debian: apt-get install jq) / jq is missing"
random_secret() { head -c 32 /dev/urandom | base64 | tr -d '/+=' | cut -c1-40; }
secret="${LERENDSTELSEL_OIDC_CLIENT_SECRET:-$(random_secret)}"
backup_secret="${LERENDSTELSEL_BACKUP_CLIENT_SECRET:-$(random_secret)}"
[ ${#secret} -ge 32 ] || fail "het client-secret moet minstens 32 tekens hebben / the client secret needs 32 characters or more"
mail_host="${LERENDSTELSEL_MAIL_HOST:-}"
[ -n "$mail_host" ] || fail "Keycloak bevestigt e-mailadressen met een link en heeft daarvoor een mailserver nodig: zet LERENDSTELSEL_MAIL_HOST (en zo nodig _MAIL_PORT, _MAIL_FROM, _MAIL_USER, _MAIL_PASSWORD, _MAIL_STARTTLS) / Keycloak confirms e-mail addresses by a link and needs a mail server: set LERENDSTELSEL_MAIL_HOST"
mail_port="${LERENDSTELSEL_MAIL_PORT:-587}"
[[ "$mail_port" =~ ^[0-9]{1,5}$ ]] || fail "LERENDSTELSEL_MAIL_PORT moet een poortnummer zijn / must be a port number: $mail_port"
mail_from="${LERENDSTELSEL_MAIL_FROM:-Lerend stelsel <noreply@lerendstelsel.nl>}"
if [[ "$mail_from" =~ ^(.*[^[:space:]])[[:space:]]*\<([^\<\>[:space:]]+@[^\<\>[:space:]]+)\>$ ]]; then
  mail_from_name="${BASH_REMATCH[1]}"; mail_from_address="${BASH_REMATCH[2]}"
elif [[ "$mail_from" =~ ^[^\<\>[:space:]]+@[^\<\>[:space:]]+$ ]]; then
  mail_from_name=""; mail_from_address="$mail_from"
else
  fail "LERENDSTELSEL_MAIL_FROM is geen adres / is not an address: $mail_from"
fi
mail_starttls="${LERENDSTELSEL_MAIL_STARTTLS:-true}"
[[ "$mail_starttls" == true || "$mail_starttls" == false ]] || fail "LERENDSTELSEL_MAIL_STARTTLS moet true of false zijn / must be true or false"
[ ${#backup_secret} -ge 32 ] || fail "het client-secret van lerend-backup moet minstens 32 tekens hebben / the backup client secret needs 32 characters or more"

jq --arg url "$url" --arg secret "$secret" --arg backupSecret "$backup_secret" \
  --arg mailHost "$mail_host" --arg mailPort "$mail_port" --arg mailFrom "$mail_from_address" --arg mailFromName "$mail_from_name" \
  --arg mailStarttls "$mail_starttls" --arg mailUser "${LERENDSTELSEL_MAIL_USER:-}" --arg mailPassword "${LERENDSTELSEL_MAIL_PASSWORD:-}" '
  # The roles that must sign in with a second factor; "mfa-vereist" is not an application role (no client has it in scope).
  def mfaRoles: ["admin", "ministry", "editor"];
  def execution($authenticator; $requirement; $priority):
    {authenticator: $authenticator, authenticatorFlow: false, requirement: $requirement, priority: $priority, userSetupAllowed: false};
  def subflow($alias; $requirement; $priority):
    {flowAlias: $alias, authenticatorFlow: true, requirement: $requirement, priority: $priority, userSetupAllowed: false};
  def flow($alias; $description; $topLevel; $executions):
    {alias: $alias, description: $description, providerId: "basic-flow", topLevel: $topLevel, builtIn: false,
     authenticationExecutions: $executions};

  .sslRequired = "all"
  | del(.users)
  | .clients |= map(select(.clientId != "lerend-cli" and .clientId != "partner-voorbeeld"))
  | .scopeMappings |= map(select(.client != "lerend-cli" and .client != "partner-voorbeeld"))
  | .clients |= map(if .clientId == "lerend-stelsel-web" then
        .secret = $secret
        | .rootUrl = $url | .baseUrl = $url
        | .redirectUris = [$url + "/callback"]
        | .webOrigins = [$url]
        | .attributes["post.logout.redirect.uris"] = $url + "/"
        | .description = "Vertrouwelijke client van de webapplicatie (Payara OpenID Connect): authorization code flow met state en nonce."
      else . end)

  # Verified e-mail: a new account and a changed address are confirmed by a link before Keycloak uses them.
  | .verifyEmail = true
  # ... which Keycloak sends through the mail server of the application.
  | .smtpServer = ({host: $mailHost, port: $mailPort, from: $mailFrom, starttls: $mailStarttls, ssl: "false"}
        + (if $mailFromName != "" then {fromDisplayName: $mailFromName} else {} end)
        + (if $mailUser != "" then {auth: "true", user: $mailUser, password: $mailPassword} else {auth: "false"} end))
  # Login events (sign-ins, failures, sign-outs, code-to-token exchanges) kept 90 days.
  | .eventsEnabled = true
  | .eventsExpiration = 7776000
  # A changed password or second factor, and a failed sign-in, are mailed to the account holder (the email listener).
  | .eventsListeners = (((.eventsListeners // ["jboss-logging"]) + ["email"]) | unique)

  # MFA: TOTP required for admin, ministry and editor (Keycloak asks them to set it up at their next sign-in: the
  # required action CONFIGURE_TOTP), optional for the other roles.
  | .roles.realm += [{name: "mfa-vereist", description: "Technische rol: aanmelden met een tweede factor (TOTP) is verplicht. Zit in admin, ministry en editor.", composite: false}]
  | .roles.realm |= map(if (.name as $n | mfaRoles | index($n)) then .composite = true | .composites = {realm: ["mfa-vereist"]} else . end)
  | .otpPolicyType = "totp" | .otpPolicyAlgorithm = "HmacSHA1" | .otpPolicyDigits = 6 | .otpPolicyPeriod = 30
  | .otpPolicyLookAheadWindow = 1
  | .authenticatorConfig = ((.authenticatorConfig // []) + [
        {alias: "mfa-vereist", config: {condUserRole: "mfa-vereist", negate: "false"}},
        {alias: "mfa-niet-vereist", config: {condUserRole: "mfa-vereist", negate: "true"}}])
  | .authenticationFlows = ((.authenticationFlows // []) + [
        flow("browser-mfa"; "Aanmelden in de browser; een tweede factor (TOTP) voor admin, ministry en editor"; true; [
            execution("auth-cookie"; "ALTERNATIVE"; 10),
            execution("identity-provider-redirector"; "ALTERNATIVE"; 25),
            subflow("browser-mfa formulieren"; "ALTERNATIVE"; 30)]),
        flow("browser-mfa formulieren"; "Gebruikersnaam en wachtwoord, dan zo nodig de tweede factor"; false; [
            execution("auth-username-password-form"; "REQUIRED"; 10),
            subflow("browser-mfa verplichte otp"; "CONDITIONAL"; 20),
            subflow("browser-mfa vrijwillige otp"; "CONDITIONAL"; 30)]),
        flow("browser-mfa verplichte otp"; "TOTP verplicht voor wie de rol mfa-vereist heeft (admin, ministry, editor)"; false; [
            (execution("conditional-user-role"; "REQUIRED"; 10) + {authenticatorConfig: "mfa-vereist"}),
            execution("auth-otp-form"; "REQUIRED"; 20)]),
        flow("browser-mfa vrijwillige otp"; "TOTP voor de andere rollen, als zij die zelf hebben ingesteld"; false; [
            (execution("conditional-user-role"; "REQUIRED"; 10) + {authenticatorConfig: "mfa-niet-vereist"}),
            execution("conditional-user-configured"; "REQUIRED"; 20),
            execution("auth-otp-form"; "REQUIRED"; 30)])])
  | .browserFlow = "browser-mfa"

  # A service account for tools/backup.sh: client credentials, no browser and no password grant, only the role admin.
  | (.clients[] | select(.clientId == "lerend-stelsel-web") | .protocolMappers) as $mappers
  | .clients += [{
        clientId: "lerend-backup",
        name: "Lerend stelsel back-up (serviceaccount)",
        description: "Vertrouwelijke client voor tools/backup.sh: client credentials grant, alleen de rol admin.",
        enabled: true, protocol: "openid-connect", publicClient: false, bearerOnly: false, consentRequired: false,
        clientAuthenticatorType: "client-secret", secret: $backupSecret,
        standardFlowEnabled: false, implicitFlowEnabled: false, directAccessGrantsEnabled: false, serviceAccountsEnabled: true,
        frontchannelLogout: false, fullScopeAllowed: false, redirectUris: [], webOrigins: [],
        attributes: {"display.on.consent.screen": "false", "access.token.lifespan": "300"},
        defaultClientScopes: ["web-origins", "acr", "profile", "roles", "basic"],
        optionalClientScopes: [],
        protocolMappers: [$mappers[] | select(.name == "groups" or .name == "audience")]}]
  | .scopeMappings += [{client: "lerend-backup", roles: ["admin"]}]
  | .users = [{username: "service-account-lerend-backup", enabled: true, serviceAccountClientId: "lerend-backup",
        realmRoles: ["admin"]}]
' "$ROOT/keycloak-realm/lerend-stelsel-realm.json"
echo "Client-secret van lerend-stelsel-web / client secret: $secret" >&2
echo "Client-secret van lerend-backup (tools/backup.sh, LERENDSTELSEL_BACKUP_CLIENT_SECRET): $backup_secret" >&2
