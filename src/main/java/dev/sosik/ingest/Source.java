package dev.sosik.ingest;

import java.time.OffsetDateTime;

/** A press's feed that the portal polls, with its health. */
public record Source(
        long id,
        long pressId,
        String pressCode,
        String feedUrl,
        String categoryCode,
        boolean fullText,
        int intervalMinutes,
        boolean enabled,
        String etag,
        String lastModified,
        OffsetDateTime nextFetchAt,
        OffsetDateTime lastFetchAt,
        OffsetDateTime lastSuccessAt,
        String lastError,
        OffsetDateTime lastErrorAt,
        int failures,
        long articlesTaken) {
}
