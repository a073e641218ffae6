/**
 * The HTTP edge that calls application services for every request: who the current user is ({@link
 * nl.lerendstelsel.interfaces.security.CurrentUser}, as a {@link nl.lerendstelsel.application.Caller}), bringing the profile
 * up to date at sign-in, the rate limits on writes and the audit of refused access. The OpenID Connect and JWT mechanics
 * themselves are infrastructure ({@code nl.lerendstelsel.infrastructure.security}).
 */
package nl.lerendstelsel.interfaces.security;
