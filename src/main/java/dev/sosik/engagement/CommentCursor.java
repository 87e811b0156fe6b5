package dev.sosik.engagement;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/** Where the next page of comments starts: the sort's score, time and id of the last comment shown. */
public record CommentCursor(long score, OffsetDateTime createdAt, long id) {

    public String encode() {
        String plain = score + "~" + createdAt.toInstant() + "~" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<CommentCursor> decode(String encoded) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split("~");
            if (parts.length != 3) {
                return Optional.empty();
            }
            return Optional.of(new CommentCursor(Long.parseLong(parts[0]),
                    Instant.parse(parts[1]).atOffset(ZoneOffset.UTC), Long.parseLong(parts[2])));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
