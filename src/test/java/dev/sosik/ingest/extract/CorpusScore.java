package dev.sosik.ingest.extract;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import tools.jackson.databind.JsonNode;

/**
 * One corpus page's results, field by field, against its expected values, which come from a third-party scraper's
 * fixtures and are scored with these corrections (docs/extraction.md lists the defects that call for them):
 * <ul>
 * <li>text: F1 over the multiset of character bigrams of the text with all whitespace and straight double quotes
 * removed (some expected texts lost their line breaks, the yna-en ones every {@code "}); bigrams still punish text in
 * the wrong order, unlike single characters, whose F1 is printed too. Our text is the text of {@code bodyHtml}:
 * paragraphs and figure captions, in order;</li>
 * <li>author: compared without the title ({@code 홍길동 기자} = {@code 홍길동}) and spaces. Where the expected
 * author is the press itself (the page's og:site_name), the page counts as having no author in the metadata: our
 * answer is right if it is none, or a reporter whom the expected text itself names in a byline;</li>
 * <li>times: the same instant; a time without offset is KST. An update time we do not find is right when the
 * expected one equals the publication time (the article was not updated);</li>
 * <li>tags: the same set once '#' is dropped and comma-joined entries are split, ignoring case.</li>
 * </ul>
 *
 * @param author null when the page has no author to score
 * @param pressAuthor whether the expected author is the press itself
 */
record CorpusScore(boolean title, boolean published, boolean updated, Boolean author, boolean pressAuthor,
        double bigramF1, double characterF1, boolean copyright, boolean section, boolean thumbnail, boolean tags,
        List<String> misses) {

    private static final String ROLE = "\\s*(?:기자|에디터|특파원|앵커|PD)$";

    /**
     * @param html        the page, for its site name
     * @param toTheMinute compare times to the minute, as pages print them
     */
    static CorpusScore of(ExtractedPage got, JsonNode expected, String html, boolean toTheMinute) {
        List<String> misses = new ArrayList<>();
        boolean title = collapse(got.title()).equals(collapse(text(expected, "title")));
        check(title, "title", got.title(), text(expected, "title"), misses);

        OffsetDateTime expectedPublished = time(text(expected, "published_at"), toTheMinute);
        OffsetDateTime expectedModified = time(text(expected, "modified_at"), toTheMinute);
        OffsetDateTime gotPublished = toTheMinute ? minute(got.publishedAt()) : got.publishedAt();
        OffsetDateTime gotUpdated = toTheMinute ? minute(got.updatedAt()) : got.updatedAt();
        boolean published = sameInstant(gotPublished, expectedPublished);
        check(published, "published", got.publishedAt(), expectedPublished, misses);
        boolean updated = gotUpdated == null ? sameInstant(expectedModified, expectedPublished)
                : sameInstant(gotUpdated, expectedModified);
        check(updated, "updated", got.updatedAt(), expectedModified, misses);

        String expectedAuthor = text(expected, "author");
        boolean pressAuthor = expectedAuthor != null && siteNames(html).contains(person(expectedAuthor));
        Boolean author = null; // not counted: no author expected
        if (pressAuthor) {
            author = got.author() == null || text(expected, "text").contains(got.author() + " 기자");
        } else if (expectedAuthor != null && !expectedAuthor.isBlank()) {
            author = got.author() != null && person(got.author()).equals(person(expectedAuthor));
        }
        check(author == null || author, "author", got.author(), expectedAuthor, misses);

        String ours = Jsoup.parse(got.bodyHtml()).text();
        String theirs = text(expected, "text");
        double bigramF1 = f1(grams(ours, 2), grams(theirs, 2));
        double characterF1 = f1(grams(ours, 1), grams(theirs, 1));
        check(bigramF1 >= 0.9, "text bigram F1 " + String.format(Locale.ROOT, "%.3f", bigramF1), "", "", misses);

        boolean section = collapse(got.section()).equals(collapse(text(expected, "section")));
        check(section, "section", got.section(), text(expected, "section"), misses);
        String expectedThumbnail = text(expected, "thumbnail");
        boolean thumbnail = expectedThumbnail == null ? got.thumbnailUrl() == null
                : expectedThumbnail.equals(got.thumbnailUrl());
        check(thumbnail, "thumbnail", got.thumbnailUrl(), expectedThumbnail, misses);
        boolean tags = tagSet(got.publisherTags()).equals(tagSet(strings(expected.get("publisher_tags"))));
        check(tags, "tags", got.publisherTags(), strings(expected.get("publisher_tags")), misses);
        boolean copyright = got.copyright() != null;
        check(copyright, "copyright", null, "a line", misses);
        return new CorpusScore(title, published, updated, author, pressAuthor, bigramF1, characterF1, copyright,
                section, thumbnail, tags, misses);
    }

    private static void check(boolean right, String field, Object got, Object expected, List<String> misses) {
        if (!right) {
            misses.add(field + ": got [" + got + "] expected [" + expected + "]");
        }
    }

    /** F1 of two multisets of grams: 2·overlap / (|ours| + |theirs|). */
    static double f1(Map<String, Integer> ours, Map<String, Integer> theirs) {
        int oursSize = ours.values().stream().mapToInt(Integer::intValue).sum();
        int theirsSize = theirs.values().stream().mapToInt(Integer::intValue).sum();
        if (oursSize + theirsSize == 0) {
            return 1;
        }
        int overlap = 0;
        for (var gram : ours.entrySet()) {
            overlap += Math.min(gram.getValue(), theirs.getOrDefault(gram.getKey(), 0));
        }
        return 2.0 * overlap / (oursSize + theirsSize);
    }

    /** The text's n-grams of code points, whitespace and straight double quotes removed first. */
    static Map<String, Integer> grams(String text, int n) {
        int[] points = (text == null ? "" : text).codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '"').toArray();
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= points.length; i++) {
            grams.merge(new String(points, i, n), 1, Integer::sum);
        }
        return grams;
    }

    private static Set<String> siteNames(String html) {
        Set<String> names = new LinkedHashSet<>();
        for (Element meta : Jsoup.parse(html).select("meta[property=og:site_name]")) {
            names.add(person(meta.attr("content")));
        }
        return names;
    }

    private static String person(String name) {
        return name.strip().replaceAll(ROLE, "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static Set<String> tagSet(List<String> tags) {
        Set<String> set = new LinkedHashSet<>();
        for (String tag : tags) {
            for (String word : tag.split(",")) {
                String clean = word.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT);
                if (!clean.isEmpty()) {
                    set.add(clean);
                }
            }
        }
        return set;
    }

    private static boolean sameInstant(OffsetDateTime a, OffsetDateTime b) {
        return a != null && b != null && a.toInstant().equals(b.toInstant());
    }

    /** ISO-8601 with offset, or {@code 2023-04-07 08:26:22} in KST, as the fixtures write times. */
    private static OffsetDateTime time(String value, boolean toTheMinute) {
        if (value == null) {
            return null;
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(value);
        } catch (DateTimeParseException withoutOffset) {
            time = LocalDateTime.parse(value, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                    .atOffset(ZoneOffset.ofHours(9));
        }
        return toTheMinute ? minute(time) : time;
    }

    private static OffsetDateTime minute(OffsetDateTime time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MINUTES);
    }

    private static String collapse(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        if (array != null) {
            array.forEach(item -> strings.add(item.asString()));
        }
        return strings;
    }
}
