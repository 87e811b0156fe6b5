package dev.sosik.article;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Articles written by tests, each with an address of its own so that runs never collide. */
final class TestArticles {

    private TestArticles() {
    }

    static NewArticle article(long pressId, String category, String title, OffsetDateTime publishedAt,
                              List<String> hashtags) {
        return new NewArticle(pressId, category, title,
                BodyHtml.fromParagraphs(List.of("시험용 첫 문단입니다.", "시험용 둘째 문단입니다.")),
                new Reporter("시험기자", "tester@sosik.example"), "https://sosik.example/test/" + UUID.randomUUID(),
                null, publishedAt, null, hashtags);
    }
}
