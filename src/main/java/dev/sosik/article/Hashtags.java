package dev.sosik.article;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hashtags are single words as portals show them: letters, digits and the joiners of names such as R&D, K-팝, C++
 * or 5.18; no '#', spaces or path characters, so a keyword page's address is always one clean path segment.
 */
public final class Hashtags {

    static final int MAX_LENGTH = 60;
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^\\p{L}\\p{N}&+\\-._]");

    private Hashtags() {
    }

    /** The tags as stored: normalized, empty ones dropped, each once, in their order. */
    public static List<String> normalize(List<String> tags) {
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            String word = NOT_ALLOWED.matcher(Normalizer.normalize(tag, Normalizer.Form.NFKC)).replaceAll("");
            if (!word.isEmpty()) {
                clean.add(word.length() <= MAX_LENGTH ? word : word.substring(0, MAX_LENGTH));
            }
        }
        return List.copyOf(clean);
    }
}
