package dev.sosik.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.sosik.web.Kst;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** schema.org NewsArticle metadata, so that search engines and link previews read the article right. */
@Component
class StructuredData {

    private final JsonMapper json;

    StructuredData(JsonMapper json) {
        this.json = json;
    }

    /**
     * An article's data as made for the address its page was last asked under (a site is asked under one): it
     * shows no figure, so a page rendered again takes it as it is. Made for every page rendered, it was a twelfth of
     * a guest's render (docs/performance.md).
     */
    static final class Kept {

        private record Made(String pageUrl, String json) {
        }

        private volatile Made last;

        String forPage(String pageUrl, UnaryOperator<String> make) {
            Made made = last;
            if (made == null || !made.pageUrl().equals(pageUrl)) {
                made = new Made(pageUrl, make.apply(pageUrl));
                last = made;
            }
            return made.json();
        }
    }

    String newsArticle(Article article, String pageUrl) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("headline", article.title());
        data.put("mainEntityOfPage", pageUrl);
        data.put("url", pageUrl);
        data.put("datePublished", Kst.iso(article.publishedAt()));
        if (article.wasUpdated()) {
            data.put("dateModified", Kst.iso(article.updatedAt()));
        }
        data.put("articleSection", article.category().name());
        data.put("keywords", article.hashtags());
        if (article.thumbnailUrl() != null) {
            data.put("image", List.of(article.thumbnailUrl()));
        }
        if (article.reporter() != null) {
            data.put("author", Map.of("@type", "Person", "name", article.reporter().name()));
        }
        data.put("publisher", Map.of("@type", "NewsMediaOrganization", "name", article.press().name()));
        data.put("isBasedOn", article.url());
        // "<" only occurs inside JSON strings, where \u003c means the same; so no "</script>" can end the element.
        return json.writeValueAsString(data).replace("<", "\\u003c");
    }
}
