package io.camelseedance.examples;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.PropertiesComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.examples.pipeline.InboxClaims;

/**
 * Decides, once the settings are read and before Camel is configured from them, whether the component keeps its tasks
 * in a shared PostgreSQL: it does when {@value #JDBC_URL} is set, through a pool bound as {@value #DATA_SOURCE} and
 * given to {@code camel.component.seedance.task-store-data-source}; the pool is closed when the application stops. The
 * inbox is then guarded in the same database ({@link InboxClaims}, under a lease of {@code pipeline.inbox.lease}
 * milliseconds), so that several instances may watch one inbox.
 */
final class SharedStoreMode extends MainListenerSupport {

    static final String JDBC_URL = "pipeline.store.jdbc-url";
    static final String DATA_SOURCE = "pipelineStore";
    static final String INBOX_CLAIMS = "pipelineInboxClaims";

    private static final Logger LOG = LoggerFactory.getLogger(SharedStoreMode.class);

    private HikariDataSource pool;

    @Override
    public void beforeConfigure(BaseMainSupport main) {
        PropertiesComponent properties = main.getCamelContext().getPropertiesComponent();
        Optional<String> url = properties.resolveProperty(JDBC_URL).filter(u -> !u.isBlank());
        if (url.isEmpty()) {
            return;
        }
        pool = pool(url.get(), properties);
        main.getCamelContext().getRegistry().bind(DATA_SOURCE, pool);
        // set on the properties component, not on main: see CallbackMode
        properties.addOverrideProperty("camel.component.seedance.task-store-data-source", "#bean:" + DATA_SOURCE);
        InboxClaims claims = new InboxClaims(pool, inboxLease(properties), instanceId());
        main.getCamelContext().getRegistry().bind(INBOX_CLAIMS, claims);
        // started before the routes and stopped after them, with the context
        try {
            main.getCamelContext().addService(claims, true, true);
        } catch (Exception e) {
            throw new IllegalStateException("Pipeline inbox claims: " + e.getMessage(), e);
        }
        properties.addOverrideProperty("pipeline.inbox.read-lock", "idempotent");
        properties.addOverrideProperty("pipeline.inbox.claims", "#bean:" + INBOX_CLAIMS);
        LOG.info("Shared task store and inbox claims in {}", url.get());
    }

    @Override
    public void afterStop(BaseMainSupport main) {
        if (pool != null) {
            pool.close();
        }
    }

    private static Duration inboxLease(PropertiesComponent properties) {
        return Duration
                .ofMillis(properties.resolveProperty("pipeline.inbox.lease").map(Long::parseLong).orElse(30_000L));
    }

    private static String instanceId() {
        String host = Optional.ofNullable(System.getenv("HOSTNAME")).orElse("pipeline");
        return host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
    }

    private static HikariDataSource pool(String url, PropertiesComponent properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("pipeline-store");
        config.setJdbcUrl(url);
        properties.resolveProperty("pipeline.store.user").ifPresent(config::setUsername);
        properties.resolveProperty("pipeline.store.password").ifPresent(config::setPassword);
        properties.resolveProperty("pipeline.store.pool-size").map(Integer::parseInt)
                .ifPresent(config::setMaximumPoolSize);
        return new HikariDataSource(config);
    }
}
