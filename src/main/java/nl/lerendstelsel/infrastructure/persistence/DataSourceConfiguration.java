package nl.lerendstelsel.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

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
 *
 * <p>On Payara Server the operator defines the connection pool and a JDBC resource in the server instead
 * ({@code tools/payara-server.sh}) and names it with {@code lerendstelsel.db.jndi-name} (e.g. {@code jdbc/lerend-stelsel}):
 * the persistence unit ({@code persistence.xml}) and {@link #lookup()} then use that resource, and the data source
 * defined here stays unused (no connection is ever opened with it).
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
    /** The application's own data source, defined above: the default. */
    public static final String JNDI_NAME = "java:app/jdbc/lerend-stelsel";

    /** The MicroProfile Config property that names a server's JDBC resource to use instead ({@code LERENDSTELSEL_DB_JNDI_NAME}). */
    public static final String JNDI_NAME_PROPERTY = "lerendstelsel.db.jndi-name";

    /** The JNDI name of the data source in use: the configured server resource, or the application's own. */
    public static String jndiName() {
        return ConfigProvider.getConfig().getOptionalValue(JNDI_NAME_PROPERTY, String.class)
                .map(String::strip).filter(name -> !name.isEmpty()).orElse(JNDI_NAME);
    }

    /**
     * The data source in use, for the code that needs plain JDBC next to JPA (migrations, readiness, backup). The
     * persistence unit reads the same property ({@code ${MPCONFIG=lerendstelsel.db.jndi-name:...}} in persistence.xml).
     */
    public static DataSource lookup() {
        String name = jndiName();
        try {
            return InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("Gegevensbron " + name + " niet gevonden (" + JNDI_NAME_PROPERTY + ") / data source "
                    + name + " not found", e);
        }
    }
}
