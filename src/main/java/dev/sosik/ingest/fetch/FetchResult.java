package dev.sosik.ingest.fetch;

import java.net.URI;
import java.time.Duration;

/**
 * What became of one {@link SafeFetcher#fetch fetch}. Network trouble is a {@link Failed}, never an exception.
 *
 * <p>{@code maxAge} is the response's Cache-Control max-age capped by {@link FetchPolicy#maxAgeCap()}: zero for
 * no-cache or no-store, null when the server said nothing.
 */
public sealed interface FetchResult {

    /**
     * A 2xx response with its whole body, decompressed. {@code contentType}, {@code etag} and {@code lastModified} are
     * the response's headers as sent, or null. (The body array is not copied: records compare it by identity.)
     */
    record Fetched(URI finalUrl, int status, byte[] body, String contentType, String etag, String lastModified,
                   Duration maxAge) implements FetchResult {
    }

    /** 304: what the caller holds for the ETag or Last-Modified it sent is still current. */
    record NotModified(Duration maxAge) implements FetchResult {
    }

    /** 429 or 503: come back later, after {@code retryAfter} when the server said (Retry-After), else null. */
    record RetryLater(int status, Duration retryAfter) implements FetchResult {
    }

    /**
     * Anything else, with a short English sentence saying what went wrong ("HTTP 500", "timed out after 30s"). It is
     * {@code permanent} when asking again cannot help: 404, 410, a refused address or a bad URL.
     */
    record Failed(String reason, boolean permanent) implements FetchResult {
    }
}
