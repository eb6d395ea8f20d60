package io.camelseedance.kamelets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.main.KameletMain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.component.PostgresDatabase;
import io.camelseedance.component.SeedanceConstants;
import io.camelseedance.simulator.SeedanceSimulator;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kamelets with the shared task store, configured as on Camel K or with {@code camel run}: a DataSource bean and
 * the component's {@code task-store-data-source} property, nothing in the Kamelets' parameters. The source's emission
 * is recorded in the store, where the other replicas see it.
 */
class KameletsWithSharedStoreTest {

    private static final String KEY = "kamelet-key";

    @RegisterExtension
    static final SeedanceSimulatorExtension SIMULATOR = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey(KEY).queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(300)));

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    private static KameletMain main;

    @BeforeAll
    static void startKameletMain() throws Exception {
        main = new KameletMain("camel-seedance-kamelet-store-test");
        main.setDownload(false);
        main.addOverrideProperty("simulator.url", SIMULATOR.baseUrl("byteplus"));
        main.addOverrideProperty("simulator.key", KEY);
        // what a user writes in application.properties (on Camel K: a DataSource from a Secret instead)
        main.addOverrideProperty("camel.beans.seedanceDb", "#class:com.zaxxer.hikari.HikariDataSource");
        main.addOverrideProperty("camel.beans.seedanceDb.jdbcUrl", DB.jdbcUrl());
        main.addOverrideProperty("camel.beans.seedanceDb.username", DB.user());
        main.addOverrideProperty("camel.beans.seedanceDb.password", DB.password());
        main.addOverrideProperty("camel.beans.seedanceDb.maximumPoolSize", "4");
        main.addOverrideProperty("camel.component.seedance.task-store-data-source", "#bean:seedanceDb");
        main.addOverrideProperty("camel.component.seedance.task-lease", "20s");
        main.configure().withRoutesIncludePattern("classpath:kamelet-routes/seedance-kamelets.camel.yaml");
        main.start();
    }

    @AfterAll
    static void stopKameletMain() throws Exception {
        if (main != null) {
            main.stop();
        }
    }

    @Test
    void theSourceRecordsItsEmissionInTheSharedStore() throws Exception {
        Exchange submitted = main.getCamelContext().createProducerTemplate().request("direct:submit",
                e -> e.getMessage().setBody("A paper boat sails down a rain gutter"));
        assertThat(submitted.getException()).isNull();
        String taskId = submitted.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);

        ConsumerTemplate consumer = main.getCamelContext().createConsumerTemplate();
        Exchange video = consumer.receive("seda:finished-videos", 30_000);
        assertThat(video).as("a finished video from the source").isNotNull();
        assertThat(video.getMessage().getHeader(SeedanceConstants.TASK_ID)).isEqualTo(taskId);

        try (Connection c = DB.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT emitted FROM seedance_emission WHERE task_id = ?")) {
            s.setString(1, taskId);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("the emission is in the shared store").isTrue();
            }
        }
    }
}
