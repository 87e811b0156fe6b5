package dev.sosik.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BodyHtmlTest {

    @Test
    void eachParagraphIsEscapedAndWrapped() {
        String html = BodyHtml.fromParagraphs(List.of("첫 문단 <script>alert(1)</script>", "  ", "둘째 & 셋째"));

        assertThat(html).isEqualTo("<p>첫 문단 &lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>둘째 &amp; 셋째</p>\n");
    }

    @Test
    void theSummaryIsThePlainTextOpeningOfTheBody() {
        var article = new FullArticle(null, null, false, "<p>서울시가 &quot;AI&quot; 예산을</p>\n<p>늘린다.</p>");

        assertThat(article.summary()).isEqualTo("서울시가 \"AI\" 예산을 늘린다.");
        assertThat(new FullArticle(null, null, false, "<p>" + "가".repeat(300) + "</p>").summary())
                .hasSize(120).endsWith("…");
    }
}
