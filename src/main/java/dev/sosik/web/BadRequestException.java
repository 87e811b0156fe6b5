package dev.sosik.web;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** The request itself is wrong (a malformed value, an unknown code); the Korean message says what to fix. */
public class BadRequestException extends ClientErrorException {

    public BadRequestException(String message) {
        super(HttpStatus.BAD_REQUEST, message);
    }

    public BadRequestException(String message, Map<String, String> fieldErrors) {
        super(HttpStatus.BAD_REQUEST, message, fieldErrors, null);
    }
}
