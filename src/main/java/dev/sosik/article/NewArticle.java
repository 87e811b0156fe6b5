package dev.sosik.article;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article about to be stored.
 *
 * @param bodyHtml sanitized paragraphs (see {@link BodyHtml})
 * @param reporter the byline, or null when the article has none
 */
public record NewArticle(
        long pressId,
        String categoryCode,
        String title,
        String bodyHtml,
        Reporter reporter,
        String url,
        String thumbnailUrl,
        OffsetDateTime publishedAt,
        OffsetDateTime updatedAt,
        List<String> hashtags) {
}
