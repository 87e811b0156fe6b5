package dev.sosik.engagement;

/** A comment is visible, deleted by its writer, or hidden by a moderator. */
public enum CommentStatus {
    VISIBLE, DELETED, HIDDEN;

    String dbValue() {
        return name().toLowerCase();
    }

    static CommentStatus of(String dbValue) {
        return valueOf(dbValue.toUpperCase());
    }
}
