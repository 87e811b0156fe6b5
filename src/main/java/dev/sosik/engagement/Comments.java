package dev.sosik.engagement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sosik.web.ClientErrorException;
import dev.sosik.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Comments and one level of replies. article_counter.comments counts the visible comments and replies of an
 * article and moves in the same transaction as every change, so every page and list shows the same number.
 */
@Service
public class Comments {

    private static final String SELECT = """
            select c.id, c.article_id, c.parent_id, c.account_id, a.nickname, c.body, c.status, c.up, c.down,
                   c.replies, c.created_at
            from comment c join account a on a.id = c.account_id
            """;

    static final RowMapper<Comment> COMMENT = Comments::comment;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final EngagementRules rules;
    private final CommentLimits limits;
    private final AbuseScreen abuse;
    private final ApplicationEventPublisher events;

    Comments(JdbcClient jdbc, TransactionTemplate transaction, EngagementRules rules, CommentLimits limits,
             AbuseScreen abuse, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.rules = rules;
        this.limits = limits;
        this.abuse = abuse;
        this.events = events;
    }

    public Optional<Comment> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(COMMENT).optional();
    }

    /** A visible comment, or 404 for one that never existed, was deleted or was hidden. */
    Comment requireVisible(long id) {
        return find(id).filter(Comment::isVisible)
                .orElseThrow(() -> new NotFoundException("댓글을 찾을 수 없습니다. 삭제되었거나 숨겨진 댓글입니다."));
    }

    public Comment post(long articleId, long readerId, String text) {
        return write(articleId, null, readerId, text);
    }

    /** A reply to a top-level comment; a reply to a reply is refused (one level, as Naver). */
    public Comment reply(long parentId, long readerId, String text) {
        Comment parent = requireVisible(parentId);
        if (parent.isReply()) {
            throw new ClientErrorException(HttpStatus.BAD_REQUEST, "답글에는 답글을 달 수 없습니다.");
        }
        return write(parent.articleId(), parent.id(), readerId, text);
    }

    private Comment write(long articleId, Long parentId, long readerId, String text) {
        String body = CommentText.require(text);
        rules.requirePublishedArticle(articleId);
        abuse.requireClean(readerId, articleId, body);
        long id = transaction.execute(status -> {
            rules.requireActiveReader(readerId);
            OffsetDateTime now = rules.now();
            limits.check(readerId, articleId, parentId != null, now);
            var keys = new GeneratedKeyHolder();
            jdbc.sql("insert into comment (article_id, account_id, parent_id, body, created_at) values (?, ?, ?, ?, ?)")
                    .params(articleId, readerId, parentId, body, now)
                    .update(keys, "id");
            countVisible(articleId, parentId, +1);
            return keys.getKeyAs(Long.class);
        });
        return find(id).orElseThrow();
    }

    /** The writer deletes a comment; with replies it stays as "삭제된 댓글입니다". */
    public void delete(long commentId, long readerId) {
        Comment comment = requireVisible(commentId);
        if (comment.authorId() != readerId) {
            throw new ClientErrorException(HttpStatus.FORBIDDEN, "자신이 쓴 댓글만 삭제할 수 있습니다.");
        }
        changeStatus(comment, CommentStatus.VISIBLE, CommentStatus.DELETED);
    }

    /**
     * Moves a comment from one status to another if it is still in the first; the counters follow when it becomes
     * or stops being visible. Returns whether it changed.
     */
    boolean changeStatus(Comment comment, CommentStatus from, CommentStatus to) {
        Boolean changed = transaction.execute(status -> {
            int updated = jdbc.sql("update comment set status = ? where id = ? and status = ?")
                    .params(to.dbValue(), comment.id(), from.dbValue()).update();
            if (updated == 0) {
                return false;
            }
            if (from == CommentStatus.VISIBLE) {
                countVisible(comment.articleId(), comment.parentId(), -1);
            } else if (to == CommentStatus.VISIBLE) {
                countVisible(comment.articleId(), comment.parentId(), +1);
            }
            events.publishEvent(new CommentVisibilityChanged(comment.articleId()));
            return true;
        });
        return Boolean.TRUE.equals(changed);
    }

    private void countVisible(long articleId, Long parentId, int by) {
        jdbc.sql("update article_counter set comments = comments + ? where article_id = ?")
                .params(by, articleId).update();
        if (parentId != null) {
            jdbc.sql("update comment set replies = replies + ? where id = ?").params(by, parentId).update();
        }
    }

    /**
     * A page of an article's threads in the chosen order. A deleted or hidden comment stays as a notice while it
     * has visible replies, so the replies keep their context.
     */
    public CommentPage page(long articleId, CommentSort sort, CommentCursor after, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("article", articleId);
        params.put("limit", size + 1);
        var sql = new StringBuilder(SELECT.replace("select ", "select " + sort.score + " as score, "))
                .append(" where c.article_id = :article and c.parent_id is null")
                .append(" and (c.status = 'visible' or c.replies > 0)");
        if (after != null) {
            sql.append(" and (").append(sort.score).append(" < :score or (").append(sort.score)
                    .append(" = :score and (c.created_at < :at or (c.created_at = :at and c.id < :id))))");
            params.put("score", after.score());
            params.put("at", after.createdAt());
            params.put("id", after.id());
        }
        sql.append(" order by score desc, c.created_at desc, c.id desc limit :limit");
        List<Long> scores = new ArrayList<>();
        List<Comment> found = jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
            scores.add(rs.getLong("score"));
            return comment(rs, row);
        }).list();
        boolean more = found.size() > size;
        List<Comment> shown = more ? found.subList(0, size) : found;
        CommentCursor next = null;
        if (more) {
            Comment last = shown.getLast();
            next = new CommentCursor(scores.get(size - 1), last.createdAt(), last.id());
        }
        Map<Long, List<Comment>> replies = visibleReplies(shown.stream().map(Comment::id).toList());
        return new CommentPage(shown.stream()
                .map(comment -> new CommentThread(comment, replies.getOrDefault(comment.id(), List.of())))
                .toList(), next);
    }

    /** The visible replies of a comment, oldest first. */
    public List<Comment> replies(long commentId) {
        return visibleReplies(List.of(commentId)).getOrDefault(commentId, List.of());
    }

    /** A visible comment with the title of its article, as a reader's profile lists it. */
    public record ReaderComment(Comment comment, String articleTitle) {
    }

    /** A reader's visible comments and replies, newest first, for the public profile. */
    public List<ReaderComment> byReader(long readerId, int limit) {
        return jdbc.sql(SELECT.replace("from comment c", ", ar.title from comment c")
                        + " join article ar on ar.id = c.article_id"
                        + " where c.account_id = ? and c.status = 'visible' and ar.status = 'published'"
                        + " order by c.created_at desc, c.id desc limit ?")
                .params(readerId, limit)
                .query((rs, row) -> new ReaderComment(comment(rs, row), rs.getString("title")))
                .list();
    }

    /** What a reader's profile counts: visible comments, visible replies and the 추천 they received. */
    public record ReaderTotals(long comments, long replies, long recommendations) {
    }

    public ReaderTotals totals(long readerId) {
        return jdbc.sql("""
                        select coalesce(sum(case when parent_id is null then 1 else 0 end), 0),
                               coalesce(sum(case when parent_id is not null then 1 else 0 end), 0),
                               coalesce(sum(up), 0)
                        from comment where account_id = ? and status = 'visible'""")
                .param(readerId)
                .query((rs, row) -> new ReaderTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    private Map<Long, List<Comment>> visibleReplies(List<Long> parentIds) {
        Map<Long, List<Comment>> byParent = new LinkedHashMap<>();
        if (parentIds.isEmpty()) {
            return byParent;
        }
        jdbc.sql(SELECT + " where c.parent_id in (:parents) and c.status = 'visible'"
                        + " order by c.created_at, c.id")
                .param("parents", parentIds)
                .query(COMMENT)
                .list()
                .forEach(reply -> byParent.computeIfAbsent(reply.parentId(), id -> new ArrayList<>()).add(reply));
        return byParent;
    }

    private static Comment comment(ResultSet rs, int row) throws SQLException {
        return new Comment(rs.getLong("id"), rs.getLong("article_id"), rs.getObject("parent_id", Long.class),
                rs.getLong("account_id"), rs.getString("nickname"), rs.getString("body"),
                CommentStatus.of(rs.getString("status")), rs.getLong("up"), rs.getLong("down"),
                rs.getLong("replies"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
