package dev.sosik.engagement;

import java.util.Map;

/**
 * The reader side of an article page: reaction totals (with the viewer's own), a page of comment threads in the
 * chosen order, and the viewer's votes on them.
 */
public record EngagementView(ReactionCounts reactions, CommentPage comments, CommentSort sort,
                             Map<Long, VoteType> myVotes) {

    public VoteType myVote(long commentId) {
        return myVotes.get(commentId);
    }

    public String nextPageUrl(long articleId) {
        return comments.next() == null ? null
                : "/articles/" + articleId + "?sort=" + sort.code() + "&cursor=" + comments.next().encode()
                        + "#comments";
    }
}
