package dev.sosik.web;

import org.springframework.http.HttpStatus;

/** Something the reader asked for does not exist; the message is Korean and shown to the reader as it is. */
public class NotFoundException extends ClientErrorException {

    public NotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, message);
    }
}
