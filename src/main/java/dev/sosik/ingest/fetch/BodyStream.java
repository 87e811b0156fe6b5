package dev.sosik.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body as the HTTP client pushes it, taken piece by piece by the fetching thread with a timeout on every
 * wait, and hung up on ({@link #close()} cancels the subscription, which closes the connection) whenever the fetcher
 * gives up. The client's own InputStream body has no read timeout: a trickling server could hold the thread forever.
 *
 * <p>The body is available as soon as the headers are, so {@code HttpClient.send} returns without reading it.
 */
final class BodyStream implements HttpResponse.BodySubscriber<BodyStream>, AutoCloseable {

    private record Chunk(List<ByteBuffer> buffers) {
    }

    private record Broken(Throwable error) {
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> signals = new LinkedBlockingQueue<>();
    private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();

    @Override
    public CompletionStage<BodyStream> getBody() {
        return CompletableFuture.completedStage(this);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        if (subscription.complete(s)) {
            s.request(1);
        } else {
            s.cancel();
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        signals.add(new Chunk(buffers));
    }

    @Override
    public void onError(Throwable error) {
        signals.add(new Broken(error));
    }

    @Override
    public void onComplete() {
        signals.add(END);
    }

    /**
     * The whole body, or a {@link BodyRefused} as soon as it grows past {@code policy.maxBytes()}, stays silent for
     * {@code policy.readTimeout()} or is still coming at {@code deadlineNanos} (a {@link System#nanoTime()} value).
     */
    byte[] readAll(FetchPolicy policy, long deadlineNanos) throws IOException, InterruptedException {
        var body = new ByteArrayOutputStream();
        long readTimeout = policy.readTimeout().toNanos();
        while (true) {
            long left = deadlineNanos - System.nanoTime();
            Object signal = left > 0 ? signals.poll(Math.min(readTimeout, left), TimeUnit.NANOSECONDS) : null;
            if (signal == null) {
                throw new BodyRefused(left <= readTimeout
                        ? "timed out after " + DurationText.of(policy.totalTimeout())
                        : "no data for " + DurationText.of(policy.readTimeout()));
            }
            if (signal == END) {
                return body.toByteArray();
            }
            if (signal instanceof Broken broken) {
                throw broken.error() instanceof IOException e ? e : new IOException(broken.error());
            }
            for (ByteBuffer buffer : ((Chunk) signal).buffers()) {
                if (body.size() + (long) buffer.remaining() > policy.maxBytes()) {
                    throw new BodyRefused("body larger than " + policy.maxBytes() + " bytes");
                }
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                body.writeBytes(bytes);
            }
            subscription.join().request(1);
        }
    }

    /** Hangs up unless the body was read to its end; safe to call at any time, more than once. */
    @Override
    public void close() {
        subscription.thenAccept(Flow.Subscription::cancel);
    }
}
