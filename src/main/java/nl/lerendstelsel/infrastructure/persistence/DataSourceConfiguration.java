package nl.lerendstelsel.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's JTA data source. Payara resolves the {@code ${MPCONFIG=...}} references at deployment,
 * so the database is chosen by configuration (environment variables such as {@code LERENDSTELSEL_DB_URL} or
 * system properties such as {@code lerendstelsel.db.url}) without a rebuild. Both the Derby and the
 * PostgreSQL drivers ship in the WAR; {@link UrlDataSource} picks the one that accepts the URL. The default
 * is embedded Derby in {@code ./data/derby}.
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
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
public class DataSourceConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/lerend-stelsel";
}
