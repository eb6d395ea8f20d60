package io.camelseedance.examples.demo;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeCompletedEvent;
import org.apache.camel.spi.CamelEvent.ExchangeFailedEvent;
import org.apache.camel.support.EventNotifierSupport;

import io.camelseedance.examples.pipeline.PipelineProperties;
import io.camelseedance.examples.pipeline.RejectionNote;

/**
 * Hands the demo each inbox file the pipeline has finished with. Camel signals an exchange as completed or failed
 * only after its completion work is done, so by then the file has moved to {@code done/} or {@code failed/}, and the
 * upload and the notification are behind it.
 */
public class PipelineOutcomes extends EventNotifierSupport {

    private final String routeId;
    private final BlockingQueue<PipelineOutcome> outcomes = new LinkedBlockingQueue<>();

    /** Outcomes of the exchanges started by the route {@code routeId} (the inbox route). */
    public PipelineOutcomes(String routeId) {
        this.routeId = routeId;
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
    }

    @Override
    public void notify(CamelEvent event) {
        if (event instanceof ExchangeCompletedEvent done) {
            record(done.getExchange(), true);
        } else if (event instanceof ExchangeFailedEvent failed) {
            record(failed.getExchange(), false);
        }
    }

    private void record(Exchange exchange, boolean succeeded) {
        String source = exchange.getProperty(PipelineProperties.SOURCE, String.class);
        if (!routeId.equals(exchange.getFromRouteId()) || source == null) {
            return;
        }
        outcomes.add(new PipelineOutcome(source, succeeded,
                succeeded ? exchange.getProperty(PipelineProperties.VIDEO_KEY, String.class) : null,
                succeeded ? exchange.getProperty(PipelineProperties.LAST_FRAME_KEY, String.class) : null,
                succeeded ? null : exchange.getProperty(RejectionNote.REASON, String.class)));
    }

    /** The next outcome, waiting at most {@code timeout}; {@code null} if none came. */
    public PipelineOutcome next(Duration timeout) throws InterruptedException {
        return outcomes.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
