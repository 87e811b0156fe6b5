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

    /** The viewer is null for a guest; a malformed cursor is a 400. */
    public EngagementView view(long articleId, Long viewerId, String sortCode, String cursor) {
        CommentSort sort = CommentSort.of(sortCode);
        CommentPage page = comments.page(articleId, sort, parseCursor(cursor), COMMENTS_PER_PAGE);
        Map<Long, VoteType> mine = Map.of();
        if (viewerId != null) {
            List<Long> shown = new ArrayList<>();
            page.threads().forEach(thread -> {
                shown.add(thread.comment().id());
                thread.replies().forEach(reply -> shown.add(reply.id()));
            });
            mine = votes.mine(viewerId, shown);
        }
        return new EngagementView(reactions.counts(articleId, viewerId), page, sort, mine);
    }

    static CommentCursor parseCursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        return CommentCursor.decode(cursor)
                .orElseThrow(() -> new BadRequestException("cursor 값이 올바르지 않습니다. 목록에서 받은 next_cursor 값을 그대로 보내 주세요."));
    }
}
