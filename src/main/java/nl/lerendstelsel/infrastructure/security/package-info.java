/**
 * Sign-in and access: Jakarta Security OpenID Connect (Keycloak) for browser users, MicroProfile JWT bearer
 * tokens for the REST API, one mechanism that routes between the two, security headers, the token buckets of the rate
 * limits, and reading the identity provider's claims. What calls application services per request (the current user,
 * the sign-in filter, the rate-limit filter) is in {@code nl.lerendstelsel.interfaces.security}.
 */
package nl.lerendstelsel.infrastructure.security;
