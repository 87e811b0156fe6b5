package dev.sosik.engagement;

/** An article's reaction totals and the asking reader's own reaction (null when none or a guest). */
public record ReactionCounts(long joy, long cheer, long disappointed, long sad, ReactionType mine) {

    public long count(ReactionType type) {
        return switch (type) {
            case JOY -> joy;
            case CHEER -> cheer;
            case DISAPPOINTED -> disappointed;
            case SAD -> sad;
        };
    }
}
