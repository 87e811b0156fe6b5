package dev.sosik.engagement;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import dev.sosik.web.ClientErrorException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** 추천 and 비추천: one vote per reader and comment, changeable and withdrawable, never on one's own comment. */
@Service
public class CommentVotes {

    private final Comments comments;
    private final ReaderChoices choices;

    CommentVotes(JdbcClient jdbc, TransactionTemplate transaction, EngagementRules rules, Comments comments) {
        this.comments = comments;
        this.choices = new ReaderChoices(jdbc, transaction, rules, ReaderChoices.VOTES);
    }

    public Comment vote(long commentId, long readerId, VoteType type) {
        Comment comment = comments.requireVisible(commentId);
        if (comment.authorId() == readerId) {
            throw new ClientErrorException(HttpStatus.BAD_REQUEST, "자신의 댓글은 추천하거나 비추천할 수 없습니다.");
        }
        choices.choose(commentId, readerId, type.code());
        return comments.find(commentId).orElseThrow();
    }

    public Comment withdraw(long commentId, long readerId) {
        comments.requireVisible(commentId);
        choices.choose(commentId, readerId, null);
        return comments.find(commentId).orElseThrow();
    }

    /** What a vote button does: vote, or withdraw the vote when it is the one already given. */
    public Comment toggle(long commentId, long readerId, VoteType type) {
        boolean given = choices.of(commentId, readerId).flatMap(VoteType::of).orElse(null) == type;
        return given ? withdraw(commentId, readerId) : vote(commentId, readerId, type);
    }

    /** The reader's votes among the given comments. */
    public Map<Long, VoteType> mine(long readerId, Collection<Long> commentIds) {
        Map<Long, VoteType> votes = new HashMap<>();
        choices.of(readerId, commentIds).forEach((id, code) -> VoteType.of(code).ifPresent(type -> votes.put(id, type)));
        return votes;
    }
}
