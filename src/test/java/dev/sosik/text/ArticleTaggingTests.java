package dev.sosik.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import dev.sosik.DatabaseTest;
import dev.sosik.article.Articles;
import dev.sosik.article.BodyHtml;
import dev.sosik.article.NewArticle;
import dev.sosik.article.Presses;
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
    @Autowired
    TagCorpus corpus;
    @Autowired
    Presses presses;

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
                        select a.id from article a join article_body b on b.article_id = a.id
                        where (select count(*) from article_hashtag h where h.article_id = a.id) not between 5 and 10
                          and length(b.body_html) > 300""")
                .query(Long.class).list();
        assertThat(outOfRange).isEmpty();
    }

    @Test
    void aStoredArticleCountsInTheCorpusTheNextArticlesAreWeighedAgainst() {
        // a name no other test has looked up (the corpus keeps the frequencies it was asked for a while)
        String name = "Qubit" + Long.toString(System.nanoTime(), 26).chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'a' + c - '0' : c + 10)))
                .collect(java.util.stream.Collectors.joining());
        String title = "광명시, " + name + " 양자기술 실증단지 조성";
        String body = BodyHtml.fromParagraphs(List.of("광명시가 " + name + "와 양자기술 실증단지를 만든다.",
                "시는 " + name + " 같은 기업 유치에도 나선다."));
        String term = Hashtagger.standard().terms(title, BodyHtml.toText(body)).stream()
                .filter(candidate -> candidate.equalsIgnoreCase(name)).findFirst().orElseThrow();
        int documents = corpus.documentCount();

        articles.add(new NewArticle(presses.findByCode("miraeecon").orElseThrow().id(), "it", title, body, null,
                "https://tests.example/tag-corpus/" + System.nanoTime(), null, OffsetDateTime.now(), null,
                tagging.tag(ArticleTagging.Text.of(title, body))));

        assertThat(corpus.documentCount()).isEqualTo(documents + 1);
        assertThat(corpus.frequency(term)).isEqualTo(1);
    }
}
