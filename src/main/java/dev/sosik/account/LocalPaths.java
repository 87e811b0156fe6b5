package dev.sosik.account;

import java.net.URI;

/** Return addresses after signing in stay on this site: anything else becomes the home page (no open redirect). */
final class LocalPaths {

    private LocalPaths() {
    }

    static String orHome(String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return "/";
        }
        try {
            URI uri = URI.create(candidate);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
                return "/";
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
