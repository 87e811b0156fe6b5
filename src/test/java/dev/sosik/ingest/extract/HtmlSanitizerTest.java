package dev.sosik.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTest {

    private static final String BASE = "https://press.example/news/1";

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"javascript:alert(1)\">",
        "<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<iframe src=\"https://player.example/embed\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"evil.swf\"><param name=x value=y></object>",
        "<embed src=\"evil.swf\">",
        "<form action=\"https://evil.example\"><input name=q><button>alert(1)</button></form>",
        "<svg onload=alert(1)><script>alert(1)</script></svg>",
        "<p onclick=\"alert(1)\" style=\"background:url(javascript:alert(1))\">본문</p>",
        "<style>p{background:url(javascript:alert(1))}</style>",
        "<math><mtext><script>alert(1)</script></mtext></math>",
        "<p><a href=\"#\" onmouseover=\"alert(1)\">x</a></p>",
        "<details open ontoggle=alert(1)>x</details>",
        "<body onload=alert(1)>x</body>",
        "<p>x<!-- <script>alert(1)</script> --></p>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    })
    void noScriptSurvives(String vector) {
        String clean = HtmlSanitizer.sanitize("<p>앞</p>" + vector + "<p>뒤</p>", BASE).toLowerCase();

        assertThat(clean).doesNotContain("<script", "javascript:", "vbscript:", "data:", "onerror", "onload",
                "onclick", "onmouseover", "ontoggle", "alert(1)<", "<iframe", "<object", "<embed", "<form", "<svg",
                "<input", "<style", "style=", "<math");
        assertThat(clean).startsWith("<p>앞</p>");
    }

    @Test
    void whatFollowsARemovedElementStays() {
        String clean = HtmlSanitizer.sanitize("<p>앞</p><script>alert(1)</script><iframe src=\"https://x.example\">"
                + "</iframe><form><input></form><p>뒤</p>", BASE);

        assertThat(clean).isEqualTo("<p>앞</p><p>뒤</p>");
    }

    @Test
    void noForeignIframeSurvivesNotEvenAVideoPlayer() {
        String clean = HtmlSanitizer.sanitize(
                "<p>영상</p><iframe src=\"https://www.youtube.com/embed/abc\" allowfullscreen></iframe>", BASE);

        assertThat(clean).isEqualTo("<p>영상</p>");
    }

    @Test
    void articleElementsStayAndLinksGetRelAndAbsoluteUrls() {
        String clean = HtmlSanitizer.sanitize("<h3 class=\"sub\">소제목</h3><p>본문 <strong>굵게</strong> <em>기울임</em> "
                + "<b>b</b> <i>i</i> <u>밑줄</u><br><a href=\"/news/2\" target=\"_blank\">관련</a> "
                + "<a href=\"mailto:hong@press.example\">메일</a></p>"
                + "<figure><img src=\"//img.press.example/1.jpg\" alt=\"사진\" width=\"600\">"
                + "<figcaption>설명</figcaption></figure>"
                + "<blockquote>인용</blockquote><ul><li>하나</li></ul><ol><li>둘</li></ol>"
                + "<table><thead><tr><th>항목</th></tr></thead><tbody><tr><td>값</td></tr></tbody></table>", BASE);

        assertThat(clean).isEqualTo("<h3>소제목</h3><p>본문 <strong>굵게</strong> <em>기울임</em> <b>b</b> <i>i</i> "
                + "<u>밑줄</u><br><a href=\"https://press.example/news/2\" rel=\"nofollow noopener\">관련</a> "
                + "<a href=\"mailto:hong@press.example\" rel=\"nofollow noopener\">메일</a></p>"
                + "<figure><img src=\"https://img.press.example/1.jpg\" alt=\"사진\"><figcaption>설명</figcaption>"
                + "</figure><blockquote>인용</blockquote><ul><li>하나</li></ul><ol><li>둘</li></ol>"
                + "<table><thead><tr><th>항목</th></tr></thead><tbody><tr><td>값</td></tr></tbody></table>");
    }

    @Test
    void otherBlocksBecomeTheNearestSafeOneAndImagesWithoutASafeSourceGo() {
        String clean = HtmlSanitizer.sanitize("<div class=\"x\"><span style=\"color:red\">글</span> <font>자</font></div>"
                + "<h1>큰 제목</h1><img src=\"ftp://files.example/a.jpg\"><img alt=\"출처 없음\">", BASE);

        assertThat(clean).isEqualTo("<p>글 자</p><h2>큰 제목</h2>");
    }

    @Test
    void withoutABaseRelativeUrlsCannotBeKept() {
        String clean = HtmlSanitizer.sanitize("<p><a href=\"/news/2\">관련</a><img src=\"/a.jpg\"></p>", null);

        assertThat(clean).isEqualTo("<p><a rel=\"nofollow noopener\">관련</a></p>");
    }
}
