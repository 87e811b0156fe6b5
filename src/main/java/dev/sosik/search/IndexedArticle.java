package dev.sosik.search;

import java.time.OffsetDateTime;
import java.util.List;

/** What the search index keeps of an article: its text to match and show, and what results are filtered by. */
record IndexedArticle(long id, String title, String body, String categoryCode, String pressCode,
                      OffsetDateTime publishedAt, List<String> hashtags) {
}
