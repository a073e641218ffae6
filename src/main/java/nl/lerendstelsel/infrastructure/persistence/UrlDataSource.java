package nl.lerendstelsel.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A plain {@link DataSource} configured by JDBC URL alone, for {@link DataSourceConfiguration}: it opens
 * physical connections with whichever JDBC driver bundled in the WAR accepts the URL (Derby or
 * PostgreSQL), so switching databases is a matter of configuration. Payara pools and validates the
 * connections; this class only creates them. Payara sets the properties through the setters.
 */
public class UrlDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private PrintWriter logWriter;
    private int loginTimeout;
    private volatile Driver driver;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
        this.driver = null;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties properties = new Properties();
        if (username != null && !username.isEmpty()) {
            properties.setProperty("user", username);
        }
        if (pass != null && !pass.isEmpty()) {
            properties.setProperty("password", pass);
        }
        Connection connection = driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("The JDBC driver refused the URL " + url);
        }
        return connection;
    }

    private Driver driver() throws SQLException {
        Driver found = driver;
        if (found == null) {
            if (url == null || url.isBlank()) {
                throw new SQLException("No JDBC URL configured (lerendstelsel.db.url)");
            }
            for (Driver candidate : ServiceLoader.load(Driver.class, UrlDataSource.class.getClassLoader())) {
                if (candidate.acceptsURL(url)) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) {
                throw new SQLException("No bundled JDBC driver accepts " + url.replaceAll("password=[^;&]*", "password=***"));
            }
            driver = found;
        }
        return found;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
