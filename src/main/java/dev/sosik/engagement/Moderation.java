package dev.sosik.engagement;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import dev.sosik.account.Accounts;
import dev.sosik.web.BadRequestException;
import dev.sosik.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The admins' queue of reported and filtered comments, and their actions, each recorded with who and when. */
@Service
public class Moderation {

    static final int QUEUE_SIZE = 50;
    static final int MAX_SUSPENSION_DAYS = 365;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final EngagementRules rules;
    private final Comments comments;
    private final Accounts accounts;

    Moderation(JdbcClient jdbc, TransactionTemplate transaction, EngagementRules rules, Comments comments,
               Accounts accounts) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.rules = rules;
        this.comments = comments;
        this.accounts = accounts;
    }

    /** A comment with open reports: how many, the latest reasons, when first reported. */
    public record ReportedComment(Comment comment, String articleTitle, long reports, String reasons,
                                  OffsetDateTime firstReportedAt) {
    }

    /** A comment the abuse filter turned back. */
    public record FilteredComment(long id, long accountId, String nickname, long articleId, String articleTitle,
                                  String body, String matches, OffsetDateTime filteredAt) {
    }

    /** One recorded action. */
    public record Action(String moderator, String action, Long commentId, String accountNickname, String note,
                         OffsetDateTime actedAt) {
    }

    public List<ReportedComment> reported() {
        return jdbc.sql("""
                        select r.comment_id, count(*) as reports, min(r.reported_at) as first_reported_at, ar.title
                        from comment_report r
                        join comment c on c.id = r.comment_id
                        join article ar on ar.id = c.article_id
                        where r.resolved_at is null
                        group by r.comment_id, ar.title
                        order by count(*) desc, min(r.reported_at)
                        limit ?""")
                .param(QUEUE_SIZE)
                .query((rs, row) -> new ReportedComment(comments.find(rs.getLong("comment_id")).orElseThrow(),
                        rs.getString("title"), rs.getLong("reports"), reasons(rs.getLong("comment_id")),
                        rs.getObject("first_reported_at", OffsetDateTime.class)))
                .list();
    }

    public List<FilteredComment> filtered() {
        return jdbc.sql("""
                        select f.id, f.account_id, a.nickname, f.article_id, ar.title, f.body, f.matches, f.filtered_at
                        from filtered_comment f
                        join account a on a.id = f.account_id
                        join article ar on ar.id = f.article_id
                        where f.reviewed_at is null
                        order by f.filtered_at desc
                        limit ?""")
                .param(QUEUE_SIZE)
                .query((rs, row) -> new FilteredComment(rs.getLong("id"), rs.getLong("account_id"),
                        rs.getString("nickname"), rs.getLong("article_id"), rs.getString("title"),
                        rs.getString("body"), rs.getString("matches"),
                        rs.getObject("filtered_at", OffsetDateTime.class)))
                .list();
    }

    public List<Action> history() {
        return jdbc.sql("""
                        select m.nickname as moderator, x.action, x.comment_id, t.nickname as target, x.note, x.acted_at
                        from moderation_action x
                        join account m on m.id = x.moderator_id
                        left join account t on t.id = x.account_id
                        order by x.acted_at desc, x.id desc
                        limit ?""")
                .param(QUEUE_SIZE)
                .query((rs, row) -> new Action(rs.getString("moderator"), rs.getString("action"),
                        rs.getObject("comment_id", Long.class), rs.getString("target"), rs.getString("note"),
                        rs.getObject("acted_at", OffsetDateTime.class)))
                .list();
    }

    public void hide(long commentId, long moderatorId) {
        Comment comment = requireComment(commentId);
        transaction.executeWithoutResult(status -> {
            comments.changeStatus(comment, CommentStatus.VISIBLE, CommentStatus.HIDDEN);
            resolveReports(commentId);
            record(moderatorId, "hide", commentId, comment.authorId(), null);
        });
    }

    public void restore(long commentId, long moderatorId) {
        Comment comment = requireComment(commentId);
        transaction.executeWithoutResult(status -> {
            comments.changeStatus(comment, CommentStatus.HIDDEN, CommentStatus.VISIBLE);
            record(moderatorId, "restore", commentId, comment.authorId(), null);
        });
    }

    /** Closes a comment's reports without hiding it. */
    public void dismiss(long commentId, long moderatorId) {
        Comment comment = requireComment(commentId);
        transaction.executeWithoutResult(status -> {
            resolveReports(commentId);
            record(moderatorId, "dismiss", commentId, comment.authorId(), null);
        });
    }

    public void suspend(long accountId, int days, String note, long moderatorId) {
        if (days < 1 || days > MAX_SUSPENSION_DAYS) {
            throw new BadRequestException("정지 기간은 1일에서 " + MAX_SUSPENSION_DAYS + "일 사이여야 합니다.");
        }
        accounts.find(accountId).orElseThrow(() -> new NotFoundException("회원을 찾을 수 없습니다."));
        transaction.executeWithoutResult(status -> {
            accounts.suspend(accountId, rules.now().plus(Duration.ofDays(days)));
            record(moderatorId, "suspend", null, accountId, days + "일" + (note == null || note.isBlank()
                    ? "" : ": " + abbreviate(note.strip())));
        });
    }

    public void reviewFiltered(long filteredId, long moderatorId) {
        transaction.executeWithoutResult(status -> {
            Long accountId = jdbc.sql("select account_id from filtered_comment where id = ?").param(filteredId)
                    .query(Long.class).optional()
                    .orElseThrow(() -> new NotFoundException("걸러진 댓글을 찾을 수 없습니다."));
            jdbc.sql("update filtered_comment set reviewed_at = ? where id = ?").params(rules.now(), filteredId)
                    .update();
            record(moderatorId, "review-filtered", null, accountId, "filtered #" + filteredId);
        });
    }

    private Comment requireComment(long commentId) {
        return comments.find(commentId).orElseThrow(() -> new NotFoundException("댓글을 찾을 수 없습니다."));
    }

    private String reasons(long commentId) {
        return String.join(" / ", jdbc.sql("select reason from comment_report where comment_id = ?"
                        + " and resolved_at is null order by reported_at desc limit 3")
                .param(commentId).query(String.class).list());
    }

    private void resolveReports(long commentId) {
        jdbc.sql("update comment_report set resolved_at = ? where comment_id = ? and resolved_at is null")
                .params(rules.now(), commentId).update();
    }

    private void record(long moderatorId, String action, Long commentId, Long accountId, String note) {
        jdbc.sql("insert into moderation_action (moderator_id, action, comment_id, account_id, note, acted_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(moderatorId, action, commentId, accountId, note, rules.now())
                .update();
    }

    private static String abbreviate(String note) {
        return note.length() <= 250 ? note : note.substring(0, 249) + "…";
    }
}
