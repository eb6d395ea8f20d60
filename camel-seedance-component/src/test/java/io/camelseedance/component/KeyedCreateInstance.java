package io.camelseedance.component;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The instance {@link LostSubmissionKeyTest} kills (SIGKILL) while its one keyed create is on the wire: in a JVM of its
 * own, it sends {@code seedance:generate} with {@code CamelSeedanceSubmissionKey}, then runs until killed.
 * <p>
 * Arguments: simulator Ark base URL, API key, submission key, prompt, then {@code file DIRECTORY} or
 * {@code jdbc URL USER PASSWORD LEASE_MS}.
 */
public final class KeyedCreateInstance {

    private KeyedCreateInstance() {
    }

    public static void main(String[] args) throws Exception {
        SeedanceComponent seedance = new SeedanceComponent();
        seedance.getConfiguration().setBaseUrl(args[0]);
        seedance.getConfiguration().setApiKey(args[1]);
        seedance.getConfiguration().setModel(SeedanceTestSupport.MODEL);
        seedance.getConfiguration().setRequestTimeout(120_000);
        if (args[4].equals("file")) {
            seedance.setTaskStoreDirectory(args[5]);
        } else {
            HikariConfig pool = new HikariConfig();
            pool.setJdbcUrl(args[5]);
            pool.setUsername(args[6]);
            pool.setPassword(args[7]);
            pool.setMaximumPoolSize(2);
            seedance.setTaskStoreDataSource(new HikariDataSource(pool));
            seedance.setTaskLease(Long.parseLong(args[8]));
        }
        CamelContext context = new DefaultCamelContext();
        context.addComponent("seedance", seedance);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit").to("seedance:generate");
            }
        });
        context.start();
        context.createProducerTemplate().asyncSend("direct:submit", e -> {
            e.getMessage().setBody(args[3]);
            e.getMessage().setHeader(SeedanceConstants.SUBMISSION_KEY, args[2]);
        });
        Thread.sleep(Long.MAX_VALUE);
    }
}
