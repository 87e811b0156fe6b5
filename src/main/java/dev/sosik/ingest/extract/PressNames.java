package dev.sosik.ingest.extract;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names a press goes by on its page: its site name, the publisher organizations of its JSON-LD and the own
 * label of its host ({@code news.sbs.co.kr} is {@code sbs}); so that a press credited as author is not taken for a
 * reporter, and its copyright line is told from other presses'.
 */
final class PressNames {

    /** Host labels that name no press: subdomains and public suffixes. */
    private static final Set<String> NO_PRESS = Set.of("www", "news", "m", "en", "co", "or", "ne", "kr", "com", "net",
            "org");

    private final Set<String> names = new LinkedHashSet<>();

    PressNames(JsonLd jsonLd, PageMeta meta, URI pageUrl) {
        names.addAll(jsonLd.organizationNames());
        // not the "publisher" meta: some pages put the reporter's name there
        for (String key : List.of("og:site_name", "application-name", "twitter:site")) {
            String name = meta.first(key);
            if (name != null) {
                names.add(name.replaceFirst("^@", ""));
            }
        }
        String host = pageUrl.getHost();
        if (host != null) {
            for (String label : host.toLowerCase(Locale.ROOT).split("\\.")) {
                if (!NO_PRESS.contains(label)) {
                    names.add(label);
                    break;
                }
            }
        }
    }

    Set<String> all() {
        return names;
    }

    /** Whether the name is one of the press's own, spaces and case aside ({@code SBS NEWS} = {@code sbs news}). */
    boolean isPress(String name) {
        String key = key(name);
        return names.stream().anyMatch(press -> key(press).equals(key));
    }

    private static String key(String name) {
        return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
