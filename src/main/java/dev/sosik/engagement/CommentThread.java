package dev.sosik.engagement;

import java.util.List;

/** A top-level comment with its visible replies, oldest first. */
public record CommentThread(Comment comment, List<Comment> replies) {
}
