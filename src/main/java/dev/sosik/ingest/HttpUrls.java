package dev.sosik.ingest;

import java.net.URI;

/** Addresses a press may give us: absolute http or https with a host. */
final class HttpUrls {

    private HttpUrls() {
    }

    static boolean isHttp(String value) {
        try {
            URI uri = URI.create(value);
            return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
