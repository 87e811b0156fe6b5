package dev.sosik.ingest.fetch;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads the caching and back-off headers of a response. */
final class ResponseHeaders {

    private ResponseHeaders() {
    }

    /**
     * Cache-Control max-age up to {@code cap}; zero for no-cache or no-store (which win over a max-age), null when
     * there is neither or the value is not a number of seconds.
     */
    static Duration maxAge(HttpHeaders headers, Duration cap) {
        Duration maxAge = null;
        for (String value : headers.allValues("Cache-Control")) {
            for (String directive : value.split(",")) {
                String d = directive.strip().toLowerCase(Locale.ROOT);
                if (d.equals("no-cache") || d.equals("no-store")) {
                    return Duration.ZERO;
                }
                if (d.startsWith("max-age=")) {
                    Long seconds = seconds(d.substring("max-age=".length()).replace("\"", ""));
                    if (seconds != null) {
                        maxAge = Duration.ofSeconds(Math.min(seconds, cap.toSeconds()));
                    }
                }
            }
        }
        return maxAge;
    }

    /**
     * Retry-After as a number of seconds or an HTTP-date (then counted from {@code now}, never negative); null when it
     * is missing or neither.
     */
    static Duration retryAfter(HttpHeaders headers, Instant now) {
        String value = headers.firstValue("Retry-After").map(String::strip).orElse(null);
        if (value == null) {
            return null;
        }
        Long seconds = seconds(value);
        if (seconds != null) {
            return Duration.ofSeconds(seconds);
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Long seconds(String text) {
        if (!text.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(text);
    }
}
