/**
 * The REST API under {@code /api/v1}, following the Dutch government API Design Rules: Dutch resource
 * names, JSON, an OpenAPI 3 document ({@code /openapi}), errors as {@code application/problem+json}, and
 * Keycloak bearer tokens (MicroProfile JWT) with the same roles as the web UI.
 */
package nl.lerendstelsel.interfaces.rest;
