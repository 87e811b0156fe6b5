package dev.sosik.web;

/** Something the reader asked for does not exist; the message is Korean and shown to the reader as it is. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
