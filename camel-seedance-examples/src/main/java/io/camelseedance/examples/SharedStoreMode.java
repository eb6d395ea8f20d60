package io.camelseedance.examples;

import java.util.Optional;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.PropertiesComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, once the settings are read and before Camel is configured from them, whether the component keeps its tasks
 * in a shared PostgreSQL: it does when {@value #JDBC_URL} is set, through a pool bound as {@value #DATA_SOURCE} and
 * given to {@code camel.component.seedance.task-store-data-source}; the pool is closed when the application stops.
 */
final class SharedStoreMode extends MainListenerSupport {

    static final String JDBC_URL = "pipeline.store.jdbc-url";
    static final String DATA_SOURCE = "pipelineStore";

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
        LOG.info("Shared task store in {}", url.get());
    }

    @Override
    public void afterStop(BaseMainSupport main) {
        if (pool != null) {
            pool.close();
        }
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
