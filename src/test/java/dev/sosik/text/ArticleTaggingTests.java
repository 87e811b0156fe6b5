package dev.sosik.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.sosik.DatabaseTest;
import dev.sosik.article.Articles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every article, demo or ingested, carries automatic hashtags; re-tagging does them all again. */
@DatabaseTest
class ArticleTaggingTests {

    @Autowired
    ArticleTagging tagging;
    @Autowired
    Articles articles;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCityBudgetArticleGetsKeywordsAndNoGenericWords() {
        List<String> tags = tagging.tag(ArticleTagging.Text.of("세종시, 딥테크 연구개발에 역대 최대 예산 투입",
                "<p>세종시가 올해 딥테크 연구개발 지원에 역대 최대 규모의 예산을 투입한다고 밝혔다.</p>"
                        + "<p>시는 인공지능과 양자기술 기업을 위한 실증 공간도 늘린다.</p>"
                        + "<p>세종시 관계자는 연구개발 성과가 일자리로 이어지게 하겠다고 말했다.</p>"));

        assertThat(tags).hasSizeBetween(5, 10).contains("세종시", "딥테크")
                .doesNotContain("위한", "역대", "최대", "투입", "올해", "세종");
    }

    @Test
    void reTaggingGivesEveryArticleFiveToTenTags() {
        int tagged = tagging.retagAll(null);

        assertThat(tagged).isEqualTo(articles.count());
        List<Long> outOfRange = jdbc.sql("""
                        select a.id from article a
                        where (select count(*) from article_hashtag h where h.article_id = a.id) not between 5 and 10
                          and length(a.body_html) > 300""")
                .query(Long.class).list();
        assertThat(outOfRange).isEmpty();
    }
}
