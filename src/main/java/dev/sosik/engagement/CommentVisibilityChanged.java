package dev.sosik.engagement;

/**
 * A comment of this article was deleted, hidden or shown again, once its transaction commits: whatever keeps the
 * article's comments for a while (guests' copies of the page) must drop them, since an abusive comment must not
 * stay in sight.
 */
public record CommentVisibilityChanged(long articleId) {
}
