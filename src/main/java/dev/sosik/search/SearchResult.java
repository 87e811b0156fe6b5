package dev.sosik.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, most relevant (or newest) first.
 *
 * @param snippets     per hit, the body's best passage with the matches in {@code <mark>}, HTML-escaped
 * @param categories   hits per section code, for all sections (whatever section filter is set)
 * @param presses      hits per press code, for all presses (whatever press filter is set)
 * @param didYouMean   a close query that has hits, when this one has none; else null
 */
public record SearchResult(long total, List<Long> articleIds, List<String> snippets, Map<String, Long> categories,
                           Map<String, Long> presses, String didYouMean) {
}
