package dev.sosik.ranking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reads a ranking refresh makes: a handful of grouped queries, never one per list. */
@Repository
class RankingQueries {

    private static final String SELECT_CANDIDATE = """
            select a.id, a.category_code, a.press_id, coalesce(a.story_id, a.id) as story_id, a.published_at,
                   n.views - n.ranking_views as organic_views, n.comments,
                   n.joy + n.cheer + n.disappointed + n.sad as reactions
            from article a join article_counter n on n.article_id = a.id
            """;

    private static final RowMapper<Candidate> CANDIDATE = RankingQueries::candidate;

    /** How many comments or reactions (of one type, or null for comments) an article drew within a window. */
    record Activity(long articleId, String category, String type, long count, OffsetDateTime latest) {
    }

    /** A hashtag's articles in the recent window and in the whole period looked at. */
    record TagCount(String tag, long recent, long total) {
    }

    private final JdbcClient jdbc;

    RankingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Candidate> publishedSince(OffsetDateTime since) {
        return jdbc.sql(SELECT_CANDIDATE + " where a.status = 'published' and a.published_at >= ?")
                .param(since).query(CANDIDATE).list();
    }

    /** The pins still in force, newest pin first. */
    List<Candidate> pinned(OffsetDateTime now) {
        return jdbc.sql(SELECT_CANDIDATE + """
                        join ranking_pin pin on pin.article_id = a.id
                        where a.status = 'published' and pin.pinned_until > ?
                        order by pin.pinned_at desc, a.id desc""")
                .param(now).query(CANDIDATE).list();
    }

    List<Activity> commentsSince(OffsetDateTime since) {
        return jdbc.sql("""
                        select c.article_id, a.category_code, count(*) as n, max(c.created_at) as latest
                        from comment c join article a on a.id = c.article_id
                        where c.status = 'visible' and c.created_at >= ? and a.status = 'published'
                        group by c.article_id, a.category_code""")
                .param(since)
                .query((rs, row) -> new Activity(rs.getLong("article_id"), rs.getString("category_code"), null,
                        rs.getLong("n"), rs.getObject("latest", OffsetDateTime.class)))
                .list();
    }

    List<Activity> reactionsSince(OffsetDateTime since) {
        return jdbc.sql("""
                        select r.article_id, a.category_code, r.type, count(*) as n, max(r.chosen_at) as latest
                        from reaction r join article a on a.id = r.article_id
                        where r.chosen_at >= ? and a.status = 'published'
                        group by r.article_id, a.category_code, r.type""")
                .param(since)
                .query((rs, row) -> new Activity(rs.getLong("article_id"), rs.getString("category_code"),
                        rs.getString("type"), rs.getLong("n"), rs.getObject("latest", OffsetDateTime.class)))
                .list();
    }

    List<TagCount> tagCounts(OffsetDateTime periodStart, OffsetDateTime recentStart) {
        return jdbc.sql("""
                        select h.tag, sum(case when a.published_at >= :recent then 1 else 0 end) as recent,
                               count(*) as total
                        from article_hashtag h join article a on a.id = h.article_id
                        where a.status = 'published' and a.published_at >= :start
                        group by h.tag""")
                .param("recent", recentStart)
                .param("start", periodStart)
                .query((rs, row) -> new TagCount(rs.getString("tag"), rs.getLong("recent"), rs.getLong("total")))
                .list();
    }

    List<Long> taggedSince(String tag, OffsetDateTime since, int limit) {
        return jdbc.sql("""
                        select a.id from article a join article_hashtag h on h.article_id = a.id
                        where h.tag = ? and a.status = 'published' and a.published_at >= ?
                        order by a.published_at desc, a.id desc limit ?""")
                .params(tag, since, limit).query(Long.class).list();
    }

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        return new Candidate(rs.getLong("id"), rs.getString("category_code"), rs.getLong("press_id"),
                rs.getLong("story_id"), rs.getObject("published_at", OffsetDateTime.class),
                rs.getLong("organic_views"), rs.getLong("comments"), rs.getLong("reactions"));
    }
}
