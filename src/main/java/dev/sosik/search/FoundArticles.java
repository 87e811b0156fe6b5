package dev.sosik.search;

import java.util.List;
import java.util.Map;

import dev.sosik.article.Article;

/** What one search shows: the hits as articles with their snippets, the facets, and the way to the next page. */
public record FoundArticles(String query, String note, long total, List<Hit> hits, Map<String, Long> categories,
                            Map<String, Long> presses, String didYouMean, String nextCursor) {

    /** An article found, with its body's best passage (HTML-escaped, matches in {@code <mark>}). */
    public record Hit(Article article, String snippet) {
    }
}
