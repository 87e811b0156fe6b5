package dev.sosik.article;

import java.time.Instant;

/**
 * An article found alike another: how alike (the cosine of their story terms' TF-IDF vectors, 0 to 1, the same
 * whichever of the two is asked about) and when it was published.
 */
public record AlikeArticle(long id, double likeness, Instant publishedAt) {
}
