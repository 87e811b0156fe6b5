package dev.sosik.ingest;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The feeds the portal polls and what happened the last times. */
@Repository
public class Sources {

    private static final String SELECT = """
            select s.id, s.press_id, p.code as press_code, s.feed_url, s.category_code, s.full_text,
                   s.interval_minutes, s.enabled, s.etag, s.last_modified, s.next_fetch_at, s.last_fetch_at,
                   s.last_success_at, s.last_error, s.last_error_at, s.failures, s.articles_taken
            from source s join press p on p.id = s.press_id
            """;

    private final JdbcClient jdbc;

    Sources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Source> all() {
        return jdbc.sql(SELECT + " order by p.code, s.id").query(Source.class).list();
    }

    public Optional<Source> find(long id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(Source.class).optional();
    }

    public Source add(long pressId, String feedUrl, String categoryCode, boolean fullText, int intervalMinutes,
                      boolean enabled, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into source (press_id, feed_url, category_code, full_text, interval_minutes, enabled,
                                            next_fetch_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(pressId, feedUrl, categoryCode, fullText, intervalMinutes, enabled, now, now)
                .update(keys, "id");
        return find(keys.getKeyAs(Long.class)).orElseThrow();
    }

    /**
     * Claims the sources due now for one poll, pushing their next fetch a lease ahead so that another instance
     * does not take them too; a poll that dies leaves them due again when the lease ends.
     */
    List<Source> claimDue(OffsetDateTime now, Duration lease, int limit) {
        List<Source> due = jdbc.sql(SELECT + " where s.enabled = true and s.next_fetch_at <= ? order by s.next_fetch_at"
                        + " limit ?")
                .params(now, limit).query(Source.class).list();
        return due.stream().filter(source -> jdbc.sql(
                        "update source set next_fetch_at = ? where id = ? and next_fetch_at = ?")
                .params(now.plus(lease), source.id(), source.nextFetchAt()).update() == 1).toList();
    }

    /** Makes a source due now (the admin's "poll now"). */
    void dueNow(long id, OffsetDateTime now) {
        jdbc.sql("update source set next_fetch_at = ? where id = ?").params(now, id).update();
    }

    void succeeded(long id, OffsetDateTime now, OffsetDateTime next, String etag, String lastModified, int taken) {
        jdbc.sql("""
                        update source set last_fetch_at = ?, last_success_at = ?, next_fetch_at = ?, failures = 0,
                               etag = coalesce(?, etag), last_modified = coalesce(?, last_modified),
                               articles_taken = articles_taken + ?
                        where id = ?""")
                .params(now, now, next, etag, lastModified, taken, id).update();
    }

    /** What went wrong with some items of a poll that otherwise succeeded. */
    void noted(long id, OffsetDateTime now, String problems) {
        jdbc.sql("update source set last_error = ?, last_error_at = ? where id = ?")
                .params(problems.length() <= 500 ? problems : problems.substring(0, 499) + "…", now, id).update();
    }

    void failed(long id, OffsetDateTime now, OffsetDateTime next, String error) {
        jdbc.sql("""
                        update source set last_fetch_at = ?, last_error = ?, last_error_at = ?, next_fetch_at = ?,
                               failures = failures + 1
                        where id = ?""")
                .params(now, error.length() <= 500 ? error : error.substring(0, 499) + "…", now, next, id).update();
    }
}
