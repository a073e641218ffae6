/** People: their roles (from Keycloak) and the profile the application keeps of them. */
package nl.lerendstelsel.domain.model.user;
