package dev.sosik.ingest.fetch;

import java.io.IOException;

/** Reading a body was given up on purpose (too large, too slow); the message is the failure reason as it stands. */
final class BodyRefused extends IOException {

    BodyRefused(String reason) {
        super(reason);
    }
}
