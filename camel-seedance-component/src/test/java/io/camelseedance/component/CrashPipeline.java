package io.camelseedance.component;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import io.camelseedance.api.SeedanceOutcomeUnknownException;

/**
 * The pipeline {@link CrashTest} runs in a JVM of its own, to kill it: {@code seedance:generate} submits, the file
 * {@code TaskStore} keeps what is in flight, and {@code seedance:tasks?mode=tracked} emits each task that ends by
 * appending its id to a file (forced to disk before the exchange completes).
 * <p>
 * Arguments: simulator Ark base URL, API key, store directory, emitted file, number of tasks to submit (0 to only
 * resume), and optionally {@code burst} to send them all at once instead of one after another. Prints
 * {@code SUBMITTED <id>} per task and {@code ALL-SUBMITTED} when done; then runs until killed. A create whose outcome
 * a restart cannot settle is written to the emitted file as {@code UNKNOWN <message>}.
 */
public final class CrashPipeline {

    private CrashPipeline() {
    }

    private static void write(FileChannel out, String line) throws java.io.IOException {
        synchronized (out) {
            out.write(java.nio.ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        }
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String key = args[1];
        Path store = Path.of(args[2]);
        Path emitted = Path.of(args[3]);
        int count = Integer.parseInt(args[4]);
        boolean burst = args.length > 5 && args[5].equals("burst");

        CamelContext context = new DefaultCamelContext();
        SeedanceComponent seedance = new SeedanceComponent();
        seedance.getConfiguration().setBaseUrl(baseUrl);
        seedance.getConfiguration().setApiKey(key);
        seedance.getConfiguration().setModel(SeedanceTestSupport.MODEL);
        seedance.getConfiguration().setPollDelay(200);
        seedance.getConfiguration().setPollMaxDelay(500);
        seedance.setTrackerTick(50);
        seedance.setTaskStoreDirectory(store.toString());
        context.addComponent("seedance", seedance);
        FileChannel out = FileChannel.open(emitted, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit").to("seedance:generate");
                from("seedance:tasks?mode=tracked&delay=100&bridgeErrorHandler=true").routeId("emit")
                        .onException(SeedanceOutcomeUnknownException.class).handled(true)
                        .process(e -> write(out, "UNKNOWN " + e.getProperty(Exchange.EXCEPTION_CAUGHT,
                                Exception.class).getMessage().replace('\n', ' ')))
                        .end()
                        .process(e -> write(out, e.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class) + " "
                                + e.getMessage().getHeader(SeedanceConstants.TASK_STATUS)));
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        if (burst) {
            // every create on the wire at once, each answered late: a kill finds them all sent and none answered
            List<CompletableFuture<Object>> creates = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                creates.add(template.asyncRequestBody("direct:submit", "[sim:delay=4000] burst-" + i + "- a kite"));
            }
            System.out.println("ALL-SENT");
            System.out.flush();
            for (CompletableFuture<Object> create : creates) {
                System.out.println("SUBMITTED " + ((io.camelseedance.api.VideoTask) create.get()).id());
            }
            count = 0;
        }
        for (int i = 0; i < count; i++) {
            String id = template.requestBody("direct:submit", "crash-" + i + "- a kite over the dunes",
                    io.camelseedance.api.VideoTask.class).id();
            System.out.println("SUBMITTED " + id);
        }
        System.out.println("ALL-SUBMITTED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
