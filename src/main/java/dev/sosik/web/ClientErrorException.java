package dev.sosik.web;

import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request the portal refuses, with a Korean message for the reader. Field errors name what to fix in a form or
 * a JSON body; retryAfter says when a refused-for-now request may be sent again.
 */
public class ClientErrorException extends RuntimeException {

    private final HttpStatus status;
    private final Map<String, String> fieldErrors;
    private final Duration retryAfter;

    public ClientErrorException(HttpStatus status, String message) {
        this(status, message, Map.of(), null);
    }

    public ClientErrorException(HttpStatus status, String message, Map<String, String> fieldErrors,
                                Duration retryAfter) {
        super(message);
        this.status = status;
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.retryAfter = retryAfter;
    }

    public static ClientErrorException tooMany(String message, Duration retryAfter) {
        return new ClientErrorException(HttpStatus.TOO_MANY_REQUESTS, message, Map.of(), retryAfter);
    }

    public HttpStatus status() {
        return status;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
