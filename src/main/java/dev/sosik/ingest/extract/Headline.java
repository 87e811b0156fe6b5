package dev.sosik.ingest.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's headline, and the header printed around it (where pages print {@code 입력 2025.03.06 11:15}).
 * The JSON-LD headline is taken as it is; an Open Graph or {@code <title>} title is replaced by the headline the
 * page prints when that is most of it (titles carry site names and sections: {@code [사회] 제목 | 신문}), or else
 * loses a trailing site name.
 */
final class Headline {

    /** Headings in the order they are trusted to print the headline: sticky page headers use the smaller ones. */
    private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "[class*=tit]", "[class*=headline]"};
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|:|<|·)\\s+");
    /** Text this long around the headline still is its header: title, dates, byline, a few buttons. */
    private static final int HEADER_TEXT = 1500;

    private final Document document;
    private final String title;

    Headline(Document document, JsonLd jsonLd, PageMeta meta, PressNames press) {
        this.document = document;
        this.title = jsonLd.headline() != null ? jsonLd.headline() : fromTitles(meta, press);
    }

    /** The headline, or null when the page has none. */
    String title() {
        return title;
    }

    /** The text around the headline: its ancestors up to the last one that still is a header. */
    String headerText() {
        Element header = element();
        if (header == null) {
            return "";
        }
        while (header.parent() != null && Spaces.visibleLength(header.parent().text()) < HEADER_TEXT) {
            header = header.parent();
        }
        return header.text();
    }

    private String fromTitles(PageMeta meta, PressNames press) {
        for (String candidate : new String[] {meta.first("og:title"), meta.first("twitter:title"), meta.first("title"),
                document.title()}) {
            String text = Spaces.collapse(candidate);
            if (!text.isEmpty()) {
                return printedPartOf(text).orElseGet(() -> withoutSiteName(text, press));
            }
        }
        Element h1 = document.selectFirst("h1");
        return h1 == null ? null : Spaces.collapse(h1.text());
    }

    /** The longest printed heading that is most of the title, if one is. */
    private Optional<String> printedPartOf(String text) {
        String best = null;
        for (Element heading : document.select(String.join(", ", HEADINGS))) {
            String printed = Spaces.collapse(heading.text());
            if (printed.length() * 2 >= text.length() && text.contains(printed)
                    && (best == null || printed.length() > best.length())) {
                best = printed;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String withoutSiteName(String text, PressNames press) {
        Matcher separator = TITLE_SEPARATOR.matcher(text);
        int last = -1;
        int lastEnd = -1;
        while (separator.find()) {
            last = separator.start();
            lastEnd = separator.end();
        }
        return last > 0 && press.isPress(text.substring(lastEnd)) ? text.substring(0, last).strip() : text;
    }

    /** The element printing the headline; else the first h1, though many h1s hold the site's logo. */
    private Element element() {
        if (title != null) {
            for (String selector : HEADINGS) {
                for (Element heading : document.select(selector)) {
                    if (Spaces.collapse(heading.text()).equals(title)) {
                        return heading;
                    }
                }
            }
        }
        return document.selectFirst("h1");
    }
}
