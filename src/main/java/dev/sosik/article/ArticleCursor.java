package dev.sosik.article;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the next page of a newest-first listing starts: the (published_at, id) of the last article shown.
 * Keyset paging stays fast at any depth and never skips or repeats an article when new ones arrive.
 */
public record ArticleCursor(OffsetDateTime publishedAt, long id) {

    public static ArticleCursor after(Article article) {
        return new ArticleCursor(article.publishedAt(), article.id());
    }

    public String encode() {
        String plain = publishedAt.toInstant() + "~" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor handed out by {@link #encode()}; anything else is empty, so callers can answer 400. */
    public static Optional<ArticleCursor> decode(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int separator = plain.indexOf('~');
            if (separator < 0) {
                return Optional.empty();
            }
            Instant at = Instant.parse(plain.substring(0, separator));
            long id = Long.parseLong(plain.substring(separator + 1));
            return Optional.of(new ArticleCursor(at.atOffset(ZoneOffset.UTC), id));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
