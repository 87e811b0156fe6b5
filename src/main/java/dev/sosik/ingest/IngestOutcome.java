package dev.sosik.ingest;

/**
 * What became of one incoming article.
 *
 * @param articleId the stored article (the original one for a duplicate); null when it failed
 * @param reason    why it was a duplicate or failed; null otherwise
 */
public record IngestOutcome(Kind kind, Long articleId, String reason) {

    public enum Kind {
        IMPORTED, UPDATED, UNCHANGED, DUPLICATE, FAILED;

        public String code() {
            return name().toLowerCase();
        }
    }

    static IngestOutcome of(Kind kind, long articleId) {
        return new IngestOutcome(kind, articleId, null);
    }

    static IngestOutcome duplicate(long original, String reason) {
        return new IngestOutcome(Kind.DUPLICATE, original, reason);
    }

    static IngestOutcome failed(String reason) {
        return new IngestOutcome(Kind.FAILED, null, reason);
    }
}
