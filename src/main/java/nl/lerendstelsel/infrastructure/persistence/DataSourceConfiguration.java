package nl.lerendstelsel.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's JTA data source. Payara resolves the {@code ${MPCONFIG=...}} references at deployment,
 * so the database is chosen by configuration (environment variables such as {@code LERENDSTELSEL_DB_URL} or
 * system properties such as {@code lerendstelsel.db.url}) without a rebuild. Both the Derby and the
 * PostgreSQL drivers ship in the WAR; {@link UrlDataSource} picks the one that accepts the URL. The default
 * is embedded Derby in {@code ./data/derby}.
 *
 * <p>Connection validation is on, so a database restart needs no application restart: the pool checks every
 * connection before it hands it out with JDBC 4's {@code Connection.isValid} (a round trip to the server on
 * PostgreSQL, valid for Derby too; the older {@code meta-data} method does not reach the server with the PostgreSQL
 * driver, so it passed connections the server had already closed), and the first one that fails makes the pool drop
 * all of them ({@code fail-all-connections}) instead of finding out one request at a time. While the database is
 * down, requests fail fast (a refused connection) and get a 503; see {@link DatabaseUnavailable}.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "nl.lerendstelsel.infrastructure.persistence.UrlDataSource",
        url = "${MPCONFIG=lerendstelsel.db.url:jdbc:derby:data/derby/lerend-stelsel;create=true}",
        user = "${MPCONFIG=lerendstelsel.db.user:lerend}",
        password = "${MPCONFIG=lerendstelsel.db.password:lerend}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
public class DataSourceConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/lerend-stelsel";
}
