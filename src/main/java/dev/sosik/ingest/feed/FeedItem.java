package dev.sosik.ingest.feed;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One article as a feed announces it. Only {@code guid} (the item's guid, Atom id or RDF about, else its link),
 * {@code link} (absolute, http or https) and {@code title} (plain text) are always there; everything else may be null
 * (or empty, for categories).
 *
 * <p>{@code summaryHtml} and {@code contentHtml} are HTML exactly as the press wrote it (plain-text Atom summaries are
 * escaped into HTML): not sanitised, never to be shown as it is. Times are in UTC: feeds' offsets do not survive
 * parsing. {@code thumbnailUrl} comes from media:thumbnail, an image media:content or an image enclosure, made
 * absolute.
 */
public record FeedItem(
        String guid,
        URI link,
        String title,
        String summaryHtml,
        String contentHtml,
        OffsetDateTime publishedAt,
        OffsetDateTime updatedAt,
        String author,
        List<String> categories,
        String thumbnailUrl) {

    public FeedItem {
        categories = List.copyOf(categories);
    }
}
