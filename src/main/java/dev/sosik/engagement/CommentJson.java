package dev.sosik.engagement;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sosik.web.Kst;

/**
 * A comment in the API. body is null unless the comment is visible; text is what readers see in its place.
 * replies is present on threads only.
 */
record CommentJson(long id, long articleId, Long parentId, Author author, String body, String text, String status,
                   long up, long down, long replyCount, OffsetDateTime createdAt, String myVote,
                   @JsonInclude(JsonInclude.Include.NON_NULL) List<CommentJson> replies) {

    record Author(String nickname) {
    }

    static CommentJson of(Comment comment, VoteType myVote, List<CommentJson> replies) {
        return new CommentJson(comment.id(), comment.articleId(), comment.parentId(),
                comment.isVisible() ? new Author(comment.authorNickname()) : null,
                comment.isVisible() ? comment.body() : null, comment.shownBody(),
                comment.status().name().toLowerCase(), comment.up(), comment.down(), comment.replies(),
                Kst.offset(comment.createdAt()), myVote == null ? null : myVote.code(), replies);
    }
}
