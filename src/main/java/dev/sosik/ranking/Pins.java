package dev.sosik.ranking;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import dev.sosik.article.Articles;
import dev.sosik.web.BadRequestException;
import dev.sosik.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Admins' pins on {section} 주요뉴스: an article shown first in its section's list until the pin expires. */
@Repository
public class Pins {

    static final int MAX_HOURS = 24 * 7;

    /** A pin as the admin page lists it. */
    public record Pin(long articleId, String title, String category, OffsetDateTime pinnedUntil) {
    }

    private final JdbcClient jdbc;
    private final Articles articles;
    private final Clock clock;

    Pins(JdbcClient jdbc, Articles articles, Clock clock) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.clock = clock;
    }

    /** Pins the article for the given hours (1 to a week); pinning it again sets a new expiry. */
    @Transactional
    public Pin pin(long articleId, int hours, long adminId) {
        if (hours < 1 || hours > MAX_HOURS) {
            throw new BadRequestException("고정 시간은 1시간에서 " + MAX_HOURS + "시간 사이여야 합니다.");
        }
        if (articles.find(articleId).isEmpty()) {
            throw new NotFoundException("기사를 찾을 수 없습니다: " + articleId);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime until = now.plus(Duration.ofHours(hours));
        jdbc.sql("delete from ranking_pin where article_id = ?").param(articleId).update();
        jdbc.sql("insert into ranking_pin (article_id, pinned_until, pinned_at, pinned_by) values (?, ?, ?, ?)")
                .params(articleId, until, now, adminId).update();
        return active().stream().filter(pin -> pin.articleId() == articleId).findFirst().orElseThrow();
    }

    public void unpin(long articleId) {
        jdbc.sql("delete from ranking_pin where article_id = ?").param(articleId).update();
    }

    /** The pins in force, newest first. */
    public List<Pin> active() {
        return jdbc.sql("""
                        select a.id, a.title, c.name as category, pin.pinned_until
                        from ranking_pin pin join article a on a.id = pin.article_id
                        join category c on c.code = a.category_code
                        where pin.pinned_until > ? order by pin.pinned_at desc, a.id desc""")
                .param(OffsetDateTime.now(clock))
                .query((rs, row) -> new Pin(rs.getLong("id"), rs.getString("title"), rs.getString("category"),
                        rs.getObject("pinned_until", OffsetDateTime.class)))
                .list();
    }
}
