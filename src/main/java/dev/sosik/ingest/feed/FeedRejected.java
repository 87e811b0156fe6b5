package dev.sosik.ingest.feed;

/**
 * A feed that cannot be read at all, with a short reason: {@code DOCTYPE is not allowed},
 * {@code not well-formed XML at line 3: ...}, {@code not an RSS or Atom feed} or {@code unsupported charset X}.
 */
public final class FeedRejected extends RuntimeException {

    public FeedRejected(String reason) {
        // A bad feed is an expected outcome, not a bug: no stack trace to fill in.
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}
