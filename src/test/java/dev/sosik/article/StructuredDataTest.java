package dev.sosik.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StructuredDataTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aNewsArticleCannotCloseItsScriptElement() {
        var article = new Article(7, "제목 </script><script>alert(1)</script>", new Category("economy", "경제"),
                new Press(1, "p", "가상일보", null, "ⓒ 가상일보"), new Reporter("한서윤", "yoon@p.example"),
                OffsetDateTime.parse("2025-03-06T02:15:00Z"), null, "https://p.example/1", null,
                new ArticleCounts(0, 0, 0, 0, 0, 0), List.of("경제", "R&D"));

        String data = new StructuredData(json).newsArticle(article, "http://localhost/articles/7");

        assertThat(data).doesNotContain("<");
        JsonNode read = json.readTree(data);
        assertThat(read.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(read.get("headline").asString()).isEqualTo(article.title());
        assertThat(read.get("datePublished").asString()).isEqualTo("2025-03-06T11:15:00+09:00");
        assertThat(read.get("author").get("name").asString()).isEqualTo("한서윤");
        assertThat(read.has("dateModified")).isFalse();
    }
}
