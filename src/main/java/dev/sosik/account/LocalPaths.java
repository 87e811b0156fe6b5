package dev.sosik.account;

import java.net.URI;

/**
 * Return addresses after signing in stay on this site: anything else becomes the home page (no open redirect). A
 * fragment is kept, so a reader who signed in to react lands at the reactions again.
 */
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
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
