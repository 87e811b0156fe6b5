package dev.sosik.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import dev.sosik.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class ArticlesTests {

    @Autowired
    Articles articles;
    @Autowired
    Presses presses;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aStoredArticleReadsBackWithItsBylineHashtagsAndZeroCounts() {
        Press press = presses.add("store-test", "저장시험일보", "https://store.example", "ⓒ 저장시험일보");
        var published = OffsetDateTime.parse("2025-03-06T02:15:00Z");
        var updated = OffsetDateTime.parse("2025-03-06T03:40:00Z");
        var written = new NewArticle(press.id(), "economy", "부산시, 딥테크 연구개발에 320억원",
                BodyHtml.fromParagraphs(List.of("첫 문단.", "둘째 문단.")), new Reporter("한서윤", "yoon@store.example"),
                "https://store.example/news/1", "https://store.example/news/1.jpg", published, updated,
                List.of("부산시", "딥테크", "연구개발", "R&D", "성장동력"));

        long id = articles.add(written);
        FullArticle read = articles.find(id).orElseThrow();

        Article article = read.article();
        assertThat(article.title()).isEqualTo(written.title());
        assertThat(article.category()).isEqualTo(new Category("economy", "경제"));
        assertThat(article.press()).isEqualTo(press);
        assertThat(article.reporter()).isEqualTo(new Reporter("한서윤", "yoon@store.example"));
        assertThat(article.publishedAt().toInstant()).isEqualTo(published.toInstant());
        assertThat(article.updatedAt().toInstant()).isEqualTo(updated.toInstant());
        assertThat(article.url()).isEqualTo("https://store.example/news/1");
        assertThat(article.thumbnailUrl()).isEqualTo("https://store.example/news/1.jpg");
        assertThat(article.hashtags()).containsExactly("부산시", "딥테크", "연구개발", "R&D", "성장동력");
        assertThat(article.counts()).isEqualTo(new ArticleCounts(0, 0, 0, 0, 0, 0));
        assertThat(read.bodyHtml()).isEqualTo("<p>첫 문단.</p>\n<p>둘째 문단.</p>\n");
    }

    @Test
    void aReporterIsStoredOncePerPress() {
        Press press = presses.add("reporter-test", "기자시험일보", null, "ⓒ 기자시험일보");
        var now = OffsetDateTime.now(ZoneOffset.UTC);

        articles.add(TestArticles.article(press.id(), "society", "첫 기사", now, List.of("가")));
        articles.add(TestArticles.article(press.id(), "society", "둘째 기사", now, List.of("나")));

        assertThat(jdbc.sql("select count(*) from reporter where press_id = ?").param(press.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anArticleWhoseAddressIsTakenLeavesNothingBehind() {
        Press press = presses.add("duplicate-test", "중복시험일보", null, "ⓒ 중복시험일보");
        NewArticle first = TestArticles.article(press.id(), "world", "원본", OffsetDateTime.now(), List.of("원본"));
        articles.add(first);
        long before = articles.count();
        var copy = new NewArticle(press.id(), "world", "사본", first.bodyHtml(), new Reporter("새 기자", ""),
                first.url(), null, OffsetDateTime.now(), null, List.of("사본"));

        assertThatThrownBy(() -> articles.add(copy)).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(articles.count()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from reporter where name = '새 기자'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from article_hashtag where tag = '사본'").query(Long.class).single())
                .isZero();
    }

    @Test
    void pagingWithTheCursorVisitsEveryArticleOnceNewestFirst() {
        Press press = presses.add("paging-test", "페이징시험일보", null, "ⓒ 페이징시험일보");
        var sameMoment = OffsetDateTime.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < 13; i++) {
            // several share a publication time: the id breaks the tie, so none is skipped or repeated
            articles.add(TestArticles.article(press.id(), "life", "기사 " + i, sameMoment.plusMinutes(i / 3),
                    List.of("페이징")));
        }

        List<Article> seen = new ArrayList<>();
        ArticleCursor cursor = null;
        do {
            ArticleSlice slice = articles.latest(ArticleFilter.press(press.id()), cursor, 5);
            seen.addAll(slice.items());
            cursor = slice.next();
        } while (cursor != null);

        assertThat(seen).hasSize(13);
        assertThat(new HashSet<>(seen.stream().map(Article::id).toList())).hasSize(13);
        for (int i = 1; i < seen.size(); i++) {
            Article newer = seen.get(i - 1);
            Article older = seen.get(i);
            assertThat(newer.publishedAt().isAfter(older.publishedAt())
                    || newer.publishedAt().isEqual(older.publishedAt()) && newer.id() > older.id()).isTrue();
        }
    }

    @Test
    void filtersCombineSectionPressAndHashtag() {
        Press press = presses.add("filter-test", "필터시험일보", null, "ⓒ 필터시험일보");
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long wanted = articles.add(TestArticles.article(press.id(), "it", "맞는 기사", now, List.of("필터태그")));
        articles.add(TestArticles.article(press.id(), "sports", "분야가 다른 기사", now, List.of("필터태그")));
        articles.add(TestArticles.article(press.id(), "it", "태그가 다른 기사", now, List.of("다른태그")));

        ArticleSlice slice = articles.latest(new ArticleFilter("it", press.id(), "필터태그"), null, 10);

        assertThat(slice.items()).extracting(Article::id).containsExactly(wanted);
        assertThat(slice.hasNext()).isFalse();
    }
}
