package dev.sosik.ingest.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.sosik.ingest.fetch.FetchResult.Failed;
import dev.sosik.ingest.fetch.FetchResult.Fetched;
import dev.sosik.ingest.fetch.FetchResult.NotModified;
import dev.sosik.ingest.fetch.FetchResult.RetryLater;

/**
 * Fetches presses' feeds and pages within a {@link FetchPolicy}, through an {@link AddressGuard}, and turns whatever
 * the server or the network does into a {@link FetchResult}: {@link #fetch} never throws for network trouble.
 *
 * <p>Redirects are followed here rather than by the HTTP client so that every hop passes the guard, loops are named
 * and the total timeout spans the whole chain. Bodies are asked for gzip-compressed and capped before and after
 * decompression. At most {@link FetchPolicy#maxConcurrentPerHost()} requests go to one host at once; the others wait
 * for a slot, within the total timeout.
 *
 * <p>Thread-safe; meant to be shared, and blocking calls are fine on virtual threads. {@link #close()} aborts the
 * fetches still running.
 */
public final class SafeFetcher implements AutoCloseable {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchPolicy policy;
    private final AddressGuard guard;
    private final HttpClient client;
    /** One semaphore per host name; presses are a bounded set, so the map is never pruned. */
    private final Map<String, Semaphore> slots = new ConcurrentHashMap<>();

    public SafeFetcher(FetchPolicy policy, AddressGuard guard) {
        this.policy = policy;
        this.guard = guard;
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // The guard vets the address the client connects to; through a proxy it would vet the wrong one.
                .proxy(HttpClient.Builder.NO_PROXY)
                .build();
    }

    /** What one hop ended in: a result, or where to go next. */
    private record Hop(FetchResult result, URI redirectTo) {

        static Hop done(FetchResult result) {
            return new Hop(result, null);
        }
    }

    /**
     * GETs {@code url}, following redirects, conditionally when {@code etag} (sent as If-None-Match) or
     * {@code lastModified} (sent as If-Modified-Since) is not null.
     */
    public FetchResult fetch(URI url, String etag, String lastModified) {
        long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
        Set<URI> visited = new HashSet<>();
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            try {
                guard.check(current);
            } catch (FetchRefused e) {
                return new Failed(e.reason(), e.permanent());
            }
            visited.add(current.normalize());
            Hop hop = hop(current, etag, lastModified, deadline);
            if (hop.redirectTo() == null) {
                return hop.result();
            }
            if (visited.contains(hop.redirectTo().normalize())) {
                return new Failed("redirect loop at " + hop.redirectTo(), false);
            }
            if (redirects == policy.maxRedirects()) {
                return new Failed("too many redirects (more than " + policy.maxRedirects() + ")", false);
            }
            current = hop.redirectTo();
        }
    }

    private Hop hop(URI uri, String etag, String lastModified, long deadline) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        Semaphore slot = slotsFor(host);
        try {
            if (!slot.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                return Hop.done(new Failed("no free connection to " + host + " within "
                        + DurationText.of(policy.totalTimeout()) + " (at most " + policy.maxConcurrentPerHost()
                        + " at once)", false));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Hop.done(new Failed("interrupted", false));
        }
        try {
            return exchange(uri, etag, lastModified, deadline);
        } finally {
            slot.release();
        }
    }

    private Hop exchange(URI uri, String etag, String lastModified, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return Hop.done(timedOut());
        }
        HttpRequest request;
        try {
            request = request(uri, etag, lastModified, Duration.ofNanos(left));
        } catch (IllegalArgumentException e) {
            return Hop.done(new Failed("bad URL: " + uri, true));
        }
        try {
            HttpResponse<BodyStream> response = client.send(request, info -> new BodyStream());
            try (BodyStream body = response.body()) {
                return answer(uri, response, body, deadline);
            }
        } catch (HttpConnectTimeoutException e) {
            return Hop.done(new Failed("connect timed out after " + DurationText.of(policy.connectTimeout()), false));
        } catch (HttpTimeoutException e) {
            return Hop.done(timedOut());
        } catch (BodyRefused e) {
            return Hop.done(new Failed(e.getMessage(), false));
        } catch (ConnectException e) {
            // The JDK's client reports a refused connection as ConnectExceptions without any message.
            String message = firstMessage(e);
            return Hop.done(new Failed(message == null || message.toLowerCase(Locale.ROOT).contains("refused")
                    ? "connection refused"
                    : "cannot connect: " + message, false));
        } catch (IOException e) {
            return Hop.done(new Failed("network error: " + describe(e), false));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Hop.done(new Failed("interrupted", false));
        }
    }

    /** The permits for requests to {@code host} (lower case); package-private so that tests can fill them. */
    Semaphore slotsFor(String host) {
        return slots.computeIfAbsent(host, h -> new Semaphore(policy.maxConcurrentPerHost()));
    }

    private HttpRequest request(URI uri, String etag, String lastModified, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                // Until the headers arrive; BodyStream reads the body under the same deadline.
                .timeout(timeout)
                .header("User-Agent", policy.userAgent())
                .header("Accept-Encoding", "gzip");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        return request.build();
    }

    private Hop answer(URI uri, HttpResponse<BodyStream> response, BodyStream body, long deadline)
            throws IOException, InterruptedException {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        if (REDIRECTS.contains(status)) {
            String location = headers.firstValue("Location").map(String::strip).orElse("");
            if (location.isEmpty()) {
                return Hop.done(new Failed("HTTP " + status + " without a Location header", false));
            }
            try {
                return new Hop(null, uri.resolve(location));
            } catch (IllegalArgumentException e) {
                return Hop.done(new Failed("bad redirect location: " + location, true));
            }
        }
        if (status == 304) {
            return Hop.done(new NotModified(ResponseHeaders.maxAge(headers, policy.maxAgeCap())));
        }
        if (status == 429 || status == 503) {
            return Hop.done(new RetryLater(status, ResponseHeaders.retryAfter(headers, Instant.now())));
        }
        if (status < 200 || status > 299) {
            return Hop.done(new Failed("HTTP " + status, status == 404 || status == 410));
        }
        long declared = headers.firstValueAsLong("Content-Length").orElse(-1);
        if (declared > policy.maxBytes()) {
            return Hop.done(new Failed("body larger than " + policy.maxBytes() + " bytes", false));
        }
        String encoding = headers.firstValue("Content-Encoding").map(e -> e.strip().toLowerCase(Locale.ROOT)).orElse("");
        if (!encoding.isEmpty() && !encoding.equals("identity") && !encoding.equals("gzip")) {
            return Hop.done(new Failed("unsupported content encoding " + encoding, false));
        }
        byte[] bytes = body.readAll(policy, deadline);
        if (encoding.equals("gzip")) {
            bytes = Gzip.inflate(bytes, policy.maxBytes());
        }
        return Hop.done(new Fetched(uri, status, bytes,
                headers.firstValue("Content-Type").orElse(null),
                headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null),
                ResponseHeaders.maxAge(headers, policy.maxAgeCap())));
    }

    private Failed timedOut() {
        return new Failed("timed out after " + DurationText.of(policy.totalTimeout()), false);
    }

    private static String describe(IOException e) {
        return Objects.requireNonNullElse(firstMessage(e), e.getClass().getSimpleName());
    }

    /** The first message down the cause chain, or null: the client often wraps the telling exception in a silent one. */
    private static String firstMessage(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                return cause.getMessage();
            }
        }
        return null;
    }

    /** Aborts the fetches still running (they end as {@link Failed}) and releases the client's threads. */
    @Override
    public void close() {
        client.shutdownNow();
    }
}
