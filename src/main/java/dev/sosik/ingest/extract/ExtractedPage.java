package dev.sosik.ingest.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an article page says about its article. Anything the page does not tell is null (or an empty list).
 *
 * @param paragraphs the article's paragraphs as plain text, in order; without byline, copyright and widget lines
 * @param bodyHtml   the same paragraphs and the article's figures, as sanitized HTML ({@link HtmlSanitizer})
 * @param copyright  the press's own copyright line, e.g. {@code ⓒ 가짜일보 무단전재 및 재배포 금지}
 */
public record ExtractedPage(
        String title,
        OffsetDateTime publishedAt,
        OffsetDateTime updatedAt,
        String author,
        String authorEmail,
        List<String> paragraphs,
        String bodyHtml,
        String copyright,
        String thumbnailUrl,
        String section,
        List<String> publisherTags,
        String canonicalUrl) {

    public ExtractedPage {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        publisherTags = publisherTags == null ? List.of() : List.copyOf(publisherTags);
    }
}
