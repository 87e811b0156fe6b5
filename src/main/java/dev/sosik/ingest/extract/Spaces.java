package dev.sosik.ingest.extract;

import java.util.regex.Pattern;

/** Whitespace as pages really contain it: no-break spaces, zero-width characters and ideographic spaces too. */
final class Spaces {

    private static final Pattern RUNS =
            Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+");

    private Spaces() {
    }

    /** The text with every run of spaces made one space, and none at either end. */
    static String collapse(String text) {
        return text == null ? "" : RUNS.matcher(text).replaceAll(" ").strip();
    }

    /** The length of the text without any space, the measure of how much a block says. */
    static int visibleLength(String text) {
        return RUNS.matcher(text).replaceAll("").length();
    }
}
