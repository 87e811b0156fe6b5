package dev.sosik.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page's {@code <meta>} values (Open Graph, article:*, name=..., itemprop=...) by lower-case key. */
final class PageMeta {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private PageMeta() {
    }

    static PageMeta of(Document document) {
        PageMeta meta = new PageMeta();
        for (Element tag : document.select("meta[content]")) {
            String content = Spaces.collapse(tag.attr("content"));
            if (content.isEmpty()) {
                continue;
            }
            for (String keyAttribute : List.of("property", "name", "itemprop")) {
                String key = tag.attr(keyAttribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    meta.values.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                }
            }
        }
        return meta;
    }

    /** The first value of the first key that has one, or null. */
    String first(String... keys) {
        for (String key : keys) {
            List<String> found = values.get(key);
            if (found != null) {
                return found.getFirst();
            }
        }
        return null;
    }

    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }
}
