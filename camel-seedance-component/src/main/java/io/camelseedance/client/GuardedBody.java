package io.camelseedance.client;

import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A body subscriber that stops reading what a server sends when it is too much or too slow: past {@code maxBytes},
 * or, when a window is given, fewer than {@code minBytes} arriving within a window (a server that drips a byte now
 * and then defeats any idle timeout). Stopping cancels the transfer, which closes the connection, and fails the body
 * with a {@link TooMuchOrTooSlow}: nothing is read to the end that has no end.
 */
final class GuardedBody<T> implements BodySubscriber<T> {

    /** The server sent more than allowed, or too slowly; the message says which and how much. */
    static final class TooMuchOrTooSlow extends IOException {
        TooMuchOrTooSlow(String message) {
            super(message);
        }
    }

    private final BodySubscriber<T> delegate;
    private final long maxBytes;
    private final String tooMuch;
    private final Duration window;
    private final long minBytes;
    private final AtomicLong received = new AtomicLong();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile Flow.Subscription subscription;
    private volatile long receivedAtLastCheck;

    /**
     * @param tooMuch what to say when {@code maxBytes} is passed, e.g. "the answer is larger than 16 MB"
     * @param window  how often the pace is checked; {@code null} for no pace check
     */
    GuardedBody(BodySubscriber<T> delegate, long maxBytes, String tooMuch, Duration window, long minBytes) {
        this.delegate = delegate;
        this.maxBytes = maxBytes;
        this.tooMuch = tooMuch;
        this.window = window;
        this.minBytes = minBytes;
    }

    /** A body that is not wanted (an error page, a redirect, a refused type): the transfer is cancelled at once. */
    static <T> BodySubscriber<T> refused() {
        return new BodySubscriber<>() {
            @Override
            public CompletionStage<T> getBody() {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.cancel();
            }

            @Override
            public void onNext(List<ByteBuffer> item) {
                // cancelled: whatever was already on its way is dropped
            }

            @Override
            public void onError(Throwable throwable) {
                // nobody reads this body
            }

            @Override
            public void onComplete() {
                // nobody reads this body
            }
        };
    }

    /** UTF-8 text of at most {@code maxBytes}. */
    static BodySubscriber<String> text(long maxBytes, String tooMuch) {
        return new GuardedBody<>(BodySubscribers.ofString(java.nio.charset.StandardCharsets.UTF_8), maxBytes, tooMuch,
                null, 0);
    }

    @Override
    public CompletionStage<T> getBody() {
        return delegate.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        delegate.onSubscribe(subscription);
        watchPace();
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        if (stopped.get()) {
            return;
        }
        long total = received.addAndGet(item.stream().mapToLong(ByteBuffer::remaining).sum());
        if (total > maxBytes) {
            stop(new TooMuchOrTooSlow(tooMuch));
            return;
        }
        delegate.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
        if (stopped.compareAndSet(false, true)) {
            delegate.onError(throwable);
        }
    }

    @Override
    public void onComplete() {
        if (stopped.compareAndSet(false, true)) {
            delegate.onComplete();
        }
    }

    private void stop(TooMuchOrTooSlow why) {
        if (stopped.compareAndSet(false, true)) {
            subscription.cancel();
            delegate.onError(why);
        }
    }

    private void watchPace() {
        if (window == null || stopped.get()) {
            return;
        }
        // on the JDK's timer thread itself: by default each check would start a thread where the common pool has
        // fewer than 2 threads (2 cores or fewer); stopping only cancels and fails the body, which is quick
        CompletableFuture.delayedExecutor(window.toMillis(), TimeUnit.MILLISECONDS, Runnable::run).execute(() -> {
            long now = received.get();
            if (now - receivedAtLastCheck < minBytes) {
                stop(new TooMuchOrTooSlow("the transfer stalled: " + (now - receivedAtLastCheck) + " bytes in the last "
                        + window.toMillis() + " ms, fewer than " + minBytes));
            } else {
                receivedAtLastCheck = now;
                watchPace();
            }
        });
    }
}
