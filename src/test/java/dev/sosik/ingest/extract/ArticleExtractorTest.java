package dev.sosik.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The extractor on small pages written for the test; every press, name and sentence in them is invented. */
class ArticleExtractorTest {

    private static final URI PAGE = URI.create("https://news.gajja.example/article/42");

    private final ArticleExtractor extractor = new ArticleExtractor();

    /** A page of an unknown press with no metadata at all: everything comes from what it prints. */
    private static final String PRINTED_ONLY = """
            <html><head><title>[사회] 달빛 도서관, 밤새 문 연다 : 가짜일보</title></head><body>
            <header><h1 class="logo"><a href="/">가짜일보</a></h1>
              <nav><a href="/politics">정치</a> <a href="/society">사회</a> <a href="/world">국제</a></nav></header>
            <div class="wrap">
              <div class="article_head">
                <h2 class="title">달빛 도서관, 밤새 문 연다</h2>
                <p class="info">입력 2025.03.06 11:15 | 수정 2025.03.06 13:40</p>
                <div class="share_box"><a href="#fb">페이스북</a> <a href="#kakao">카카오톡</a> <button>URL 복사</button></div>
              </div>
              <div class="article_body" id="articleText">
                가상의 도시 해오름시가 다음 달부터 시립 달빛 도서관을 밤새 열기로 했다고 오늘 밝혔습니다.<br><br>
                시는 야간 근무자와 수험생의 요청이 많아 석 달 동안 시범 운영한 뒤 연장 여부를 정하기로 했습니다.<br><br>
                <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="
                  data-src="//img.gajja.example/2025/moon.jpg" alt="달빛 도서관">
                  <figcaption>해오름시 달빛 도서관 열람실 (사진=가짜일보 DB)</figcaption></figure>
                도서관 측은 밤 시간에는 <b>안전 요원</b> 두 명을 배치하고 열람실 조명도 바꾸겠다고 설명했습니다.<br><br>
                <div class="ad_wrap">광고 <a href="https://ads.example/x">지금 신청하세요</a></div>
                <script>trackRead();</script>
                <img src="https://stats.example/pixel.gif" width="1" height="1">
                홍길동 기자 hong@gajja.example<br><br>
                ⓒ 가짜일보 무단전재 및 재배포 금지
              </div>
              <div class="related_news"><h3>관련 기사</h3><ul>
                <li><a href="/article/41">해오름시, 새 도서관 부지 확정</a> ⓒ 다른통신</li>
                <li><a href="/article/40">시립 도서관 대출 권수 늘린다</a></li></ul></div>
              <div class="reaction"><button>좋아요 3</button><button>슬퍼요 0</button></div>
              <div id="comment_area">댓글 0개 <a href="/login">로그인</a>하고 의견을 남겨 주세요</div>
              <div class="tag_area"><a href="/tag/도서관">#도서관</a> <a href="/tag/해오름시">#해오름시</a></div>
            </div>
            <footer><p>가짜일보 | 주소: 가상시 가상로 1</p><p>Copyright ⓒ 가짜일보. All rights reserved.</p></footer>
            </body></html>
            """;

    @Test
    void aPageWithoutMetadataIsReadFromWhatItPrints() {
        ExtractedPage page = extractor.extract(PRINTED_ONLY, PAGE, Optional.empty());

        assertThat(page.title()).isEqualTo("달빛 도서관, 밤새 문 연다");
        assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-03-06T11:15+09:00"));
        assertThat(page.updatedAt()).isEqualTo(OffsetDateTime.parse("2025-03-06T13:40+09:00"));
        assertThat(page.author()).isEqualTo("홍길동");
        assertThat(page.authorEmail()).isEqualTo("hong@gajja.example");
        assertThat(page.paragraphs()).containsExactly(
                "가상의 도시 해오름시가 다음 달부터 시립 달빛 도서관을 밤새 열기로 했다고 오늘 밝혔습니다.",
                "시는 야간 근무자와 수험생의 요청이 많아 석 달 동안 시범 운영한 뒤 연장 여부를 정하기로 했습니다.",
                "도서관 측은 밤 시간에는 안전 요원 두 명을 배치하고 열람실 조명도 바꾸겠다고 설명했습니다.");
        assertThat(page.copyright()).isEqualTo("ⓒ 가짜일보 무단전재 및 재배포 금지");
        assertThat(page.publisherTags()).containsExactly("도서관", "해오름시");
        assertThat(page.canonicalUrl()).isEqualTo(PAGE.toString());
    }

    @Test
    void theBodyHtmlHoldsTheParagraphsAndFiguresOnlyAndIsSafe() {
        ExtractedPage page = extractor.extract(PRINTED_ONLY, PAGE, Optional.empty());

        assertThat(page.bodyHtml()).isEqualTo("<p>가상의 도시 해오름시가 다음 달부터 시립 달빛 도서관을 밤새 열기로 했다고 오늘 밝혔습니다.</p>"
                + "<p>시는 야간 근무자와 수험생의 요청이 많아 석 달 동안 시범 운영한 뒤 연장 여부를 정하기로 했습니다.</p>"
                + "<figure><img src=\"https://img.gajja.example/2025/moon.jpg\" alt=\"달빛 도서관\">"
                + "<figcaption>해오름시 달빛 도서관 열람실 (사진=가짜일보 DB)</figcaption></figure>"
                + "<p>도서관 측은 밤 시간에는 안전 요원 두 명을 배치하고 열람실 조명도 바꾸겠다고 설명했습니다.</p>");
    }

    @Test
    void metadataComesFirstAndThePressIsNoReporter() {
        String html = """
                <html><head>
                <meta property="og:site_name" content="가짜방송 뉴스">
                <meta property="og:title" content="별빛 공원 개장 | 가짜방송 뉴스">
                <meta property="og:image" content="https://img.gajja.example/og/star.jpg">
                <meta property="article:tag" content="공원">
                <link rel="canonical" href="/article/42?from=rss">
                <script type="application/ld+json">
                { "@context": "https://schema.org", "@type": "NewsArticle",
                  "headline": "별빛 공원 &#34;밤에도&#34; 개장",
                  "datePublished": "2025-03-06 09:00:00", "dateModified": "2025-03-06T10:30:00+09:00",
                  "author": { "@type": "Person", "name": "가짜방송 뉴스" },
                  "publisher": { "@type": "Organization", "name": "가짜방송 뉴스" },
                  "thumbnailUrl": ["https://img.gajja.example/star_300.jpg"],
                  "articleSection": "생활", "keywords": "공원, 야간 개장",
                  // a comment, as some presses write into their JSON-LD
                }
                </script></head><body>
                <h1>별빛 공원 "밤에도" 개장</h1>
                <div itemprop="articleBody">가상의 별빛 공원이 이번 주말부터 밤 열 시까지 문을 엽니다.<br><br>
                공원 관리소는 산책로 조명을 새로 달았다고 말했습니다.<br><br>(가짜연예뉴스 김영희 기자)</div>
                </body></html>
                """;

        ExtractedPage page = extractor.extract(html, PAGE, Optional.empty());

        assertThat(page.title()).isEqualTo("별빛 공원 \"밤에도\" 개장");
        assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-03-06T09:00+09:00"));
        assertThat(page.updatedAt()).isEqualTo(OffsetDateTime.parse("2025-03-06T10:30+09:00"));
        assertThat(page.author()).isEqualTo("김영희");
        assertThat(page.paragraphs()).containsExactly("가상의 별빛 공원이 이번 주말부터 밤 열 시까지 문을 엽니다.",
                "공원 관리소는 산책로 조명을 새로 달았다고 말했습니다.");
        assertThat(page.thumbnailUrl()).isEqualTo("https://img.gajja.example/star_300.jpg");
        assertThat(page.section()).isEqualTo("생활");
        assertThat(page.publisherTags()).containsExactly("공원", "야간 개장");
        assertThat(page.canonicalUrl()).isEqualTo("https://news.gajja.example/article/42?from=rss");
    }

    @Test
    void theReporterOfAWireDatelineIsTheAuthorAndTheDatelineLeavesTheText() {
        String html = """
                <html><head><title>구름다리 완공</title></head><body><h1>구름다리 완공</h1>
                <article><p>(해오름=가짜통신) 박철수 기자 = 가상의 해오름시 구름다리가 완공됐다.</p>
                <p>시는 다음 주 개통식을 열고 시민에게 다리를 공개한다고 밝혔다.</p>
                <p>다리 길이는 가상의 기준으로 삼백 미터에 이른다고 시는 설명했다.</p>
                <p>cs@gajja.example</p></article></body></html>
                """;

        ExtractedPage page = extractor.extract(html, PAGE, Optional.empty());

        assertThat(page.author()).isEqualTo("박철수");
        assertThat(page.authorEmail()).isEqualTo("cs@gajja.example");
        assertThat(page.paragraphs()).first().isEqualTo("가상의 해오름시 구름다리가 완공됐다.");
        assertThat(page.paragraphs()).hasSize(3);
    }

    @Test
    void aRuleOverridesTheFieldsItNamesAndOnlyThose() {
        String html = """
                <html><head><meta property="og:title" content="틀린 제목"></head><body>
                <div class="story"><div class="story-title">맞는 제목</div>
                <span class="who">이영수 선임기자</span><span class="when">등록 2025-04-01 08:00</span>
                <div class="story-text"><p>가상의 강변 축제가 올해도 열린다고 조직위원회가 밝혔다.</p>
                <p class="event-box">이 기사를 공유하고 경품을 받으세요 - 이벤트 안내문은 여기에 길게 적혀 있습니다.</p>
                <p>조직위원회는 올해 처음으로 야간 불꽃 공연을 준비했다고 설명했다.</p></div>
                <div class="legal">저작권 안내: 가짜신문 콘텐츠의 무단 사용을 금합니다</div></div>
                </body></html>
                """;
        PressRule rule = PressRules.fromJson("""
                {"hosts": ["gajja.example"], "title": ".story-title", "body": ".story-text", "byline": ".who",
                 "published": ".when", "remove": [".event-box"], "copyright": ".legal"}
                """);

        ExtractedPage page = extractor.extract(html, PAGE, Optional.of(rule));

        assertThat(page.title()).isEqualTo("맞는 제목");
        assertThat(page.author()).isEqualTo("이영수");
        assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-04-01T08:00+09:00"));
        assertThat(page.paragraphs()).containsExactly("가상의 강변 축제가 올해도 열린다고 조직위원회가 밝혔다.",
                "조직위원회는 올해 처음으로 야간 불꽃 공연을 준비했다고 설명했다.");
        assertThat(page.copyright()).isEqualTo("저작권 안내: 가짜신문 콘텐츠의 무단 사용을 금합니다");
        assertThat(page.updatedAt()).isNull();
    }

    @Test
    void aRuleWhoseSelectorsFindNothingLeavesTheGenericResult() {
        PressRule rule = PressRules.fromJson("{\"body\": \".no-such-body\", \"title\": \".no-such-title\"}");

        ExtractedPage generic = extractor.extract(PRINTED_ONLY, PAGE, Optional.empty());
        ExtractedPage ruled = extractor.extract(PRINTED_ONLY, PAGE, Optional.of(rule));

        assertThat(ruled).isEqualTo(generic);
    }

    @Test
    void sidebarsCommentsAndOtherPressesLinesDoNotMakeTheBody() {
        String article = "<p>가상의 해오름시 의회가 오늘 새 조례안을 통과시켰다고 밝혔습니다. 조례는 다음 달 시행됩니다.</p>".repeat(3);
        String html = """
                <html><head><meta property="og:site_name" content="가짜일보"></head><body>
                <div class="layout"><div class="main"><h1>조례안 통과</h1>%s
                <p>ⓒ 다른통신 무단 전재 금지</p>
                <div class="box"><strong>함께 본 기사</strong><a href="/1">해오름시 의회 개원, 새 의장 선출</a>
                  <a href="/2">조례안 공청회 열려 시민 의견 들어</a> ⓒ 다른통신</div>
                <p>ⓒ 가짜일보 무단전재 및 재배포 금지</p></div>
                <div class="side"><ul>%s</ul></div>
                <div class="comment_list">%s</div></div></body></html>
                """.formatted(article,
                "<li><a href=\"/x\">가장 많이 본 뉴스의 제목이 이렇게 길게 이어지는 경우도 있습니다</a></li>".repeat(10),
                "<p>독자의 댓글이 이렇게 길게 달리는 일도 흔합니다. 본문보다 길 때도 있습니다. 정말 그렇습니다.</p>".repeat(8));

        ExtractedPage page = extractor.extract(html, PAGE, Optional.empty());

        assertThat(page.paragraphs()).hasSize(3).allMatch(paragraph -> paragraph.startsWith("가상의 해오름시 의회가"));
        assertThat(page.copyright()).isEqualTo("ⓒ 가짜일보 무단전재 및 재배포 금지");
    }

    @Test
    void aLinkedImageWithACaptionNamedForItIsAFigure() {
        String html = """
                <html><body><div id="news_text">
                <div class="photo"><a href="https://img.gajja.example/big.jpg">
                  <img src="https://img.gajja.example/s.jpg" alt="가상의 다리"></a>
                  <p class="img_caption">해오름시 구름다리 전경 (사진=해오름시)</p></div>
                가상의 해오름시 구름다리가 오늘 개통돼 시민들이 처음으로 다리를 건넜습니다.<br><br>
                시는 주말마다 다리 위에서 작은 음악회를 열 계획이라고 밝혔습니다.
                </div></body></html>
                """;

        ExtractedPage page = extractor.extract(html, PAGE, Optional.empty());

        assertThat(page.bodyHtml()).startsWith("<figure><img src=\"https://img.gajja.example/s.jpg\" alt=\"가상의 다리\">"
                + "<figcaption>해오름시 구름다리 전경 (사진=해오름시)</figcaption></figure><p>가상의 해오름시");
        assertThat(page.paragraphs()).hasSize(2);
    }

    @Test
    void anEmptyPageGivesAnEmptyResult() {
        ExtractedPage page = extractor.extract("", PAGE, Optional.empty());

        assertThat(page.title()).isNull();
        assertThat(page.paragraphs()).isEmpty();
        assertThat(page.bodyHtml()).isEmpty();
        assertThat(page.publishedAt()).isNull();
        assertThat(page.author()).isNull();
    }
}
