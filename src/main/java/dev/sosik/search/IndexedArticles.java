package dev.sosik.search;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.sosik.article.BodyHtml;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads articles from the database in the shape the index wants. */
@Repository
class IndexedArticles {

    private static final String SELECT = """
            select a.id, a.title, b.body_html, a.category_code, p.code as press_code, a.published_at
            from article a join press p on p.id = a.press_id join article_body b on b.article_id = a.id
            where a.status = 'published'
            """;

    private final JdbcClient jdbc;

    IndexedArticles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<IndexedArticle> find(long id) {
        return jdbc.sql(SELECT + " and a.id = ?").param(id).query((rs, row) -> new IndexedArticle(rs.getLong("id"),
                        rs.getString("title"), BodyHtml.toText(rs.getString("body_html")),
                        rs.getString("category_code"), rs.getString("press_code"),
                        rs.getObject("published_at", OffsetDateTime.class), hashtags(id)))
                .optional();
    }

    long count() {
        return jdbc.sql("select count(*) from article where status = 'published'").query(Long.class).single();
    }

    /** Every published article, a page at a time, so that a rebuild never holds the whole corpus in memory. */
    void forEach(Consumer<IndexedArticle> action) {
        long after = 0;
        while (true) {
            List<Long> ids = jdbc.sql("select id from article where status = 'published' and id > ? order by id"
                    + " limit 500").param(after).query(Long.class).list();
            if (ids.isEmpty()) {
                return;
            }
            for (long id : ids) {
                find(id).ifPresent(action);
            }
            after = ids.getLast();
        }
    }

    private List<String> hashtags(long id) {
        return new ArrayList<>(jdbc.sql("select tag from article_hashtag where article_id = ? order by position")
                .param(id).query(String.class).list());
    }
}
