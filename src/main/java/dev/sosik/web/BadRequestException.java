package dev.sosik.web;

/** The request itself is wrong (a malformed value, an unknown code); the Korean message says what to fix. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
