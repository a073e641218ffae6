/** MicroProfile Health checks: {@code /health/ready} includes the database and the schema version. */
package nl.lerendstelsel.infrastructure.health;
