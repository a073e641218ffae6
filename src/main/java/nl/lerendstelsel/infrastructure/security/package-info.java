/**
 * Sign-in and access: Jakarta Security OpenID Connect (Keycloak) for browser users, MicroProfile JWT bearer
 * tokens for the REST API, one mechanism that routes between the two, security headers, and the bridge
 * from the identity provider's claims to the application's user profile.
 */
package nl.lerendstelsel.infrastructure.security;
