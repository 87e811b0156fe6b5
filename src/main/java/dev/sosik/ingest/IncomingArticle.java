package dev.sosik.ingest;

import java.time.OffsetDateTime;
import java.util.List;

import dev.sosik.article.Reporter;
import dev.sosik.ingest.extract.Bylines;

/**
 * An article as a press sent it, from any way in (feed, article page, push API, import), already cleaned:
 * bodyHtml is sanitized, and the reporter's name is the name alone ({@code 홍길동 기자} is kept as {@code 홍길동}:
 * the page adds the title). externalId, reporter, updatedAt, thumbnailUrl, copyright and sourceId may be null.
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

    public IncomingArticle {
        if (reporter != null) {
            String name = Bylines.withoutRole(reporter.name());
            reporter = name.isEmpty() ? null : new Reporter(name, reporter.email());
        }
    }
}
