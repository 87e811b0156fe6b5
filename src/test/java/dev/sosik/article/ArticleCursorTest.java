package dev.sosik.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class ArticleCursorTest {

    @Test
    void aCursorReadsBackAsTheSamePosition() {
        var cursor = new ArticleCursor(OffsetDateTime.parse("2025-03-06T11:15:30.123456+09:00"), 42);

        ArticleCursor read = ArticleCursor.decode(cursor.encode()).orElseThrow();

        assertThat(read.publishedAt().toInstant()).isEqualTo(cursor.publishedAt().toInstant());
        assertThat(read.id()).isEqualTo(42);
    }

    @Test
    void anythingButAHandedOutCursorIsRefused() {
        assertThat(ArticleCursor.decode("zzz")).isEmpty();
        assertThat(ArticleCursor.decode("%%%")).isEmpty();
        assertThat(ArticleCursor.decode("")).isEmpty();
        assertThat(ArticleCursor.decode(java.util.Base64.getUrlEncoder().encodeToString("2025~x".getBytes())))
                .isEmpty();
        assertThat(ArticleCursor.decode(java.util.Base64.getUrlEncoder().encodeToString("no-separator".getBytes())))
                .isEmpty();
    }
}
