package dev.sosik.engagement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.sosik.web.BadRequestException;

import org.springframework.stereotype.Service;

/** What the article page shows of reactions and comments, in as few queries as the page needs. */
@Service
public class ArticleEngagement {

    public static final int COMMENTS_PER_PAGE = 20;

    private final Reactions reactions;
    private final Comments comments;
    private final CommentVotes votes;

    private final EngagementRules rules;

    ArticleEngagement(Reactions reactions, Comments comments, CommentVotes votes, EngagementRules rules) {
        this.reactions = reactions;
        this.comments = comments;
        this.votes = votes;
        this.rules = rules;
    }

    /** 404 unless the article is published. */
    public void requireArticle(long articleId) {
        rules.requirePublishedArticle(articleId);
    }

    /**
     * The article page's part: the reaction totals come with the article's other figures, read just before (the
     * viewer's own reaction is added). The viewer is null for a guest; a malformed cursor is a 400.
     */
    public EngagementView view(long articleId, ReactionCounts totals, Long viewerId, String sortCode,
                               String cursor) {
        CommentSort sort = CommentSort.of(sortCode);
        CommentPage page = comments(articleId, sort, cursor);
        return new EngagementView(reactions.withMine(totals, articleId, viewerId), page, sort,
                myVotes(viewerId, page));
    }

    /** A page of comment threads in the given order; a malformed cursor is a 400. */
    public CommentPage comments(long articleId, CommentSort sort, String cursor) {
        return comments.page(articleId, sort, parseCursor(cursor), COMMENTS_PER_PAGE);
    }

    /** The viewer's votes on the comments and replies of the page (none for a guest). */
    public Map<Long, VoteType> myVotes(Long viewerId, CommentPage page) {
        if (viewerId == null) {
            return Map.of();
        }
        List<Long> shown = new ArrayList<>();
        page.threads().forEach(thread -> {
            shown.add(thread.comment().id());
            thread.replies().forEach(reply -> shown.add(reply.id()));
        });
        return votes.mine(viewerId, shown);
    }

    static CommentCursor parseCursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        return CommentCursor.decode(cursor)
                .orElseThrow(() -> new BadRequestException("cursor 값이 올바르지 않습니다. 목록에서 받은 next_cursor 값을 그대로 보내 주세요."));
    }
}
