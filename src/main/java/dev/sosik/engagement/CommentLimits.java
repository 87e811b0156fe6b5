package dev.sosik.engagement;

import java.time.Duration;
import java.time.OffsetDateTime;

import dev.sosik.web.ClientErrorException;
import dev.sosik.web.Kst;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How much one reader may write, defaults as Naver's: 20 comments and 40 replies a day (the day of Korea),
 * 60 seconds between two posts, 3 comments per article. Deleted posts still count, so deleting does not reset a
 * limit. A limit reached answers 429 with which limit and when it resets.
 */
@Component
class CommentLimits {

    private final JdbcClient jdbc;
    private final int commentsPerDay;
    private final int repliesPerDay;
    private final Duration interval;
    private final int commentsPerArticle;

    CommentLimits(JdbcClient jdbc,
                  @Value("${sosik.comments.per-day:20}") int commentsPerDay,
                  @Value("${sosik.comments.replies-per-day:40}") int repliesPerDay,
                  @Value("${sosik.comments.interval:60s}") Duration interval,
                  @Value("${sosik.comments.per-article:3}") int commentsPerArticle) {
        this.jdbc = jdbc;
        this.commentsPerDay = commentsPerDay;
        this.repliesPerDay = repliesPerDay;
        this.interval = interval;
        this.commentsPerArticle = commentsPerArticle;
    }

    /** Called inside the posting transaction, after the reader's row is locked. */
    void check(long readerId, long articleId, boolean reply, OffsetDateTime now) {
        OffsetDateTime last = jdbc.sql("select created_at from comment where account_id = ?"
                        + " order by created_at desc limit 1")
                .param(readerId).query((rs, row) -> rs.getObject(1, OffsetDateTime.class)).optional().orElse(null);
        if (last != null && last.plus(interval).isAfter(now)) {
            Duration wait = Duration.between(now, last.plus(interval));
            throw ClientErrorException.tooMany("댓글과 답글은 " + interval.toSeconds() + "초에 한 번 쓸 수 있습니다. "
                    + Math.max(1, wait.toSeconds()) + "초 후에 다시 시도해 주세요.", wait);
        }
        OffsetDateTime dayStart = now.atZoneSameInstant(Kst.ZONE).toLocalDate().atStartOfDay(Kst.ZONE)
                .toOffsetDateTime();
        OffsetDateTime nextDay = dayStart.plusDays(1);
        long today = jdbc.sql("select count(*) from comment where account_id = ? and created_at >= ? and "
                        + (reply ? "parent_id is not null" : "parent_id is null"))
                .params(readerId, dayStart).query(Long.class).single();
        int dailyLimit = reply ? repliesPerDay : commentsPerDay;
        if (today >= dailyLimit) {
            throw ClientErrorException.tooMany("오늘 쓸 수 있는 " + (reply ? "답글 " : "댓글 ") + dailyLimit
                    + "개를 모두 썼습니다. 내일 0시(한국 시간)에 다시 쓸 수 있습니다.", Duration.between(now, nextDay));
        }
        if (!reply) {
            long onArticle = jdbc.sql("select count(*) from comment where account_id = ? and article_id = ?"
                            + " and parent_id is null")
                    .params(readerId, articleId).query(Long.class).single();
            if (onArticle >= commentsPerArticle) {
                throw ClientErrorException.tooMany("한 기사에는 댓글을 " + commentsPerArticle
                        + "개까지 쓸 수 있습니다. 이 기사에는 더 쓸 수 없지만, 답글은 쓸 수 있습니다.", null);
            }
        }
    }
}
