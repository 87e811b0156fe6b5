package dev.sosik.engagement;

import java.util.List;

/** One page of an article's comment threads, and where the next page starts (null on the last). */
public record CommentPage(List<CommentThread> threads, CommentCursor next) {
}
