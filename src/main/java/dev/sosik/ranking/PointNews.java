package dev.sosik.ranking;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import dev.sosik.article.Articles;
import dev.sosik.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who makes an article point news (포인트 뉴스): an admin, either way, or the rule: an article that reaches the
 * first {@code sosik.ranking.point-news-top} places of its section's 주요뉴스 becomes point news and stays so.
 * The rule never touches an article an admin decided on.
 */
@Service
public class PointNews {

    private final JdbcClient jdbc;
    private final Articles articles;
    private final Clock clock;
    private final int topPlaces;

    PointNews(JdbcClient jdbc, Articles articles, Clock clock,
              @Value("${sosik.ranking.point-news-top:3}") int topPlaces) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.clock = clock;
        this.topPlaces = topPlaces;
    }

    /** An admin's decision, which the rule then leaves alone. */
    @Transactional
    public void decide(long articleId, boolean pointNews) {
        if (articles.find(articleId).isEmpty()) {
            throw new NotFoundException("기사를 찾을 수 없습니다: " + articleId);
        }
        articles.markPointNews(articleId, pointNews);
        int changed = jdbc.sql("update point_news_decision set decided_by = 'admin', decided_at = ? where article_id = ?")
                .params(now(), articleId).update();
        if (changed == 0) {
            jdbc.sql("insert into point_news_decision (article_id, decided_by, decided_at) values (?, 'admin', ?)")
                    .params(articleId, now()).update();
        }
    }

    void applyRule(ComputedRankings rankings) {
        rankings.lists().forEach((name, ids) -> {
            if (name.startsWith(RankingKind.TOP.code() + ":") && !name.endsWith(":all")) {
                ids.stream().limit(topPlaces).forEach(this::byRule);
            }
        });
    }

    /** Marks the article point news unless someone already decided on it (another instance may race: fine). */
    private void byRule(long articleId) {
        try {
            int decided = jdbc.sql("""
                            insert into point_news_decision (article_id, decided_by, decided_at)
                            select ?, 'rule', ? where not exists
                                (select 1 from point_news_decision where article_id = ?)""")
                    .params(articleId, now(), articleId).update();
            if (decided == 1) {
                articles.markPointNews(articleId, true);
            }
        } catch (DuplicateKeyException e) {
            // another instance decided first
        }
    }

    /** The point news, newest first. */
    public List<Long> newest(int limit) {
        return jdbc.sql("""
                        select id from article where point_news = true and status = 'published'
                        order by published_at desc, id desc limit ?""")
                .param(limit).query(Long.class).list();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
