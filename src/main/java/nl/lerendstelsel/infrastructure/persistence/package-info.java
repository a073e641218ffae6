/**
 * Persistence: the application-defined JTA data source (embedded Derby by default, PostgreSQL by
 * configuration), Flyway schema migrations at start-up, and JPA (EclipseLink) repository implementations.
 */
package nl.lerendstelsel.infrastructure.persistence;
