package dev.sosik.engagement;

import java.text.Normalizer;

import dev.sosik.web.BadRequestException;
import dev.sosik.web.ClientErrorException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** 신고: a reader reports a comment once, with a reason; reports wait in the moderators' queue. */
@Service
public class CommentReports {

    static final int MAX_REASON = 300;

    private final JdbcClient jdbc;
    private final EngagementRules rules;
    private final Comments comments;

    CommentReports(JdbcClient jdbc, EngagementRules rules, Comments comments) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.comments = comments;
    }

    public void report(long commentId, long readerId, String reason) {
        String text = reason == null ? "" : Normalizer.normalize(reason, Normalizer.Form.NFC).strip();
        if (text.isEmpty()) {
            throw new BadRequestException("신고 사유를 입력해 주세요.");
        }
        if (text.codePointCount(0, text.length()) > MAX_REASON) {
            throw new BadRequestException("신고 사유는 " + MAX_REASON + "자까지 쓸 수 있습니다.");
        }
        Comment comment = comments.requireVisible(commentId);
        if (comment.authorId() == readerId) {
            throw new ClientErrorException(HttpStatus.BAD_REQUEST, "자신의 댓글은 신고할 수 없습니다.");
        }
        try {
            jdbc.sql("insert into comment_report (comment_id, account_id, reason, reported_at) values (?, ?, ?, ?)")
                    .params(commentId, readerId, text, rules.now()).update();
        } catch (DuplicateKeyException e) {
            throw new ClientErrorException(HttpStatus.CONFLICT, "이미 신고한 댓글입니다.");
        }
    }
}
