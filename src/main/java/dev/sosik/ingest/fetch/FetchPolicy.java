package dev.sosik.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits {@link SafeFetcher} keeps to, so that no press's server can hold the portal's threads or memory.
 *
 * @param connectTimeout       longest wait for a TCP (and TLS) connection
 * @param readTimeout          longest silence between two pieces of a response body
 * @param totalTimeout         longest time for a whole fetch, redirects and waiting for a per-host slot included:
 *                             defeats servers that trickle a byte a second and so never trip the read timeout
 * @param maxBytes             largest body accepted, after decompression too; reading stops at the cap
 * @param maxRedirects         most redirects followed for one fetch
 * @param userAgent            sent with every request, so that presses can tell who is calling and how to reach us
 * @param maxConcurrentPerHost most requests in flight to one host at once
 * @param maxAgeCap            a response's Cache-Control max-age is honoured up to this much
 */
public record FetchPolicy(
        Duration connectTimeout,
        Duration readTimeout,
        Duration totalTimeout,
        long maxBytes,
        int maxRedirects,
        String userAgent,
        int maxConcurrentPerHost,
        Duration maxAgeCap) {

    public static final String USER_AGENT = "Sosik/1.0 (+https://github.com/sosik; news portal)";

    public FetchPolicy {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(totalTimeout, "totalTimeout");
        requirePositive(maxAgeCap, "maxAgeCap");
        if (maxBytes <= 0 || maxRedirects < 0 || maxConcurrentPerHost <= 0) {
            throw new IllegalArgumentException("maxBytes and maxConcurrentPerHost must be positive, maxRedirects not negative");
        }
        if (Objects.requireNonNull(userAgent, "userAgent").isBlank() || userAgent.matches("(?s).*[\\r\\n].*")) {
            throw new IllegalArgumentException("userAgent must be one non-blank line");
        }
    }

    /** 10 s to connect, 15 s of silence, 30 s in all, 5 MiB, 5 redirects, 2 requests per host, max-age up to 1 hour. */
    public static FetchPolicy defaults() {
        return new FetchPolicy(
                Duration.ofSeconds(10),
                Duration.ofSeconds(15),
                Duration.ofSeconds(30),
                5L * 1024 * 1024,
                5,
                USER_AGENT,
                2,
                Duration.ofHours(1));
    }

    private static void requirePositive(Duration duration, String name) {
        if (Objects.requireNonNull(duration, name).isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
