package dev.sosik.ingest.extract;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Copyright lines ({@code ⓒ}, {@code Copyright}, {@code 무단전재 및 재배포 금지}...) and whose they are: a page
 * keeps the press's own line, and drops the lines of other presses that come with quoted or related articles.
 */
final class CopyrightLines {

    private static final Pattern COPYRIGHT = Pattern.compile("(?i)ⓒ|©|\\(c\\)|copyrights?\\b|저작권자|무단\\s*전재|"
            + "무단\\s*복제|재배포\\s*금지|재배포금지|all rights reserved");
    /** Longer than this, a line mentioning copyright is a paragraph about copyright, not a copyright line. */
    private static final int LINE = 200;
    /** Words of press names that do not tell one press from another. */
    private static final Set<String> GENERIC_NAME_WORDS = Set.of("news", "뉴스", "agency", "the", "digital",
            "media", "미디어", "online", "온라인", "tv", "방송", "lab", "net", "co", "kr", "com", "www", "korea");

    private final Set<String> pressWords = new LinkedHashSet<>();

    /** @param pressNames the names the press goes by (site name, publisher, host) */
    CopyrightLines(Set<String> pressNames) {
        for (String name : pressNames) {
            // "KBS뉴스" is KBS and 뉴스: split where Latin letters meet Hangul too
            for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"
                    + "|(?<=\\p{IsLatin})(?=\\p{IsHangul})|(?<=\\p{IsHangul})(?=\\p{IsLatin})")) {
                if (word.length() >= 2 && !GENERIC_NAME_WORDS.contains(word)) {
                    pressWords.add(word);
                }
            }
        }
    }

    static boolean isCopyright(String line) {
        return line.length() <= LINE && COPYRIGHT.matcher(line).find();
    }

    /** Whether a copyright line names the press. */
    boolean isOwn(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return pressWords.stream().anyMatch(lower::contains);
    }
}
