package dev.sosik.ingest;

import java.time.OffsetDateTime;
import java.util.List;

import dev.sosik.article.Reporter;

/**
 * An article as a press sent it, from any way in (feed, article page, push API, import), already cleaned:
 * bodyHtml is sanitized. externalId, reporter, updatedAt, thumbnailUrl, copyright and sourceId may be null.
 */
public record IncomingArticle(
        long pressId,
        String externalId,
        String url,
        String title,
        String bodyHtml,
        String categoryCode,
        Reporter reporter,
        OffsetDateTime publishedAt,
        OffsetDateTime updatedAt,
        String thumbnailUrl,
        String copyright,
        List<String> publisherTags,
        Long sourceId) {
}
