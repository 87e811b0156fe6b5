package dev.sosik.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HashtaggerTest {

    /** A city's R&D budget, in the style of the reference page whose naive tags prompted the issue. */
    private static final String TITLE = "서울시, 서울형 R&D에 역대 최대 3천억 투입…딥테크 기업 키운다";
    private static final String BODY = """
            서울시가 내년 서울형 R&D 예산을 역대 최대 규모인 3천억 원으로 늘려 딥테크 기업 지원에 투입한다. \
            서울시는 화요일 성장동력 확보를 위한 서울형 R&D 추진 계획을 발표했다.
            서울형 R&D는 인공지능과 바이오, 로봇 분야의 딥테크 기업을 위한 실증 자금을 지원한다. \
            서울시는 기술 개발부터 사업화까지 단계별로 지원하기 위해 창업지원센터를 새로 연다.
            서울시 관계자는 "서울형 R&D로 딥테크 기업이 서울에서 성장동력을 찾게 하겠다"며 \
            "역대 최대 예산을 투입하는 만큼 성과를 점검하겠다"고 말했다. 서울 지역 대학과 연구소도 참여한다.
            """;
    private static final List<String> OTHER_ARTICLES = List.of(
            "부산시, 청년 일자리 예산 늘려…올해보다 10% 확대", "정부, 내년 예산안 발표…역대 최대 규모 편성",
            "서울 아파트 전셋값 상승세 이어져", "기업 투자 위한 세제 지원 확대", "대전시, 연구개발 예산 역대 최대");

    private final Hashtagger hashtagger = Hashtagger.standard();

    private DocumentFrequencies corpus() {
        var frequencies = DocumentFrequencies.empty();
        OTHER_ARTICLES.forEach(title -> frequencies.add(hashtagger.terms(title, title)));
        return frequencies.add(hashtagger.terms(TITLE, BODY));
    }

    @Test
    void tagsTheWayAnEditorWould() {
        List<String> tags = hashtagger.tag(TITLE, BODY, corpus());

        // 서울형 R&D recurs as one name, so it is one tag, written as a hashtag is: without the space.
        assertThat(tags).hasSizeBetween(Hashtagger.MIN_TAGS, Hashtagger.MAX_TAGS)
                .startsWith("서울시", "서울형R&D")
                .anyMatch(tag -> tag.startsWith("딥테크"))
                .doesNotContain("위한", "역대", "최대", "투입", "지원", "서울", "서울형", "R&D");
    }

    @Test
    void neverGivesATagThatIsAFragmentOfAnother() {
        List<String> tags = hashtagger.tag(TITLE, BODY, corpus());

        for (String tag : tags) {
            assertThat(tags).filteredOn(other -> !other.equals(tag) && other.contains(tag)).isEmpty();
        }
    }

    @Test
    void isDeterministic() {
        DocumentFrequencies frequencies = corpus();
        List<String> first = hashtagger.tag(TITLE, BODY, frequencies);

        for (int i = 0; i < 5; i++) {
            assertThat(hashtagger.tag(TITLE, BODY, frequencies)).isEqualTo(first);
        }
        assertThat(hashtagger.tag(TITLE, BODY, corpus())).isEqualTo(first);
    }

    @Test
    void tagsAnEnglishArticleByItsNamesNotItsFunctionWords() {
        String title = "(LEAD) Samsung Electronics to build chip plant with Bank of Korea support";
        String body = """
                By Kim Min-ji SEOUL, March 3 (Yonhap) -- Samsung Electronics Co. said Monday it will build a new chip \
                plant in Pyeongtaek, with loans the Bank of Korea has been offering to exporters since last year.
                The plant will make HBM chips, Samsung Electronics said. President Lee Jae-myung has said the \
                semiconductor industry is the country's top priority. The KOSPI rose 2 percent after the announcement.
                Lee Jae-myung visited the Pyeongtaek site in January, and the Bank of Korea said the loans would \
                continue. Chip exports rose 10 percent to the United States.
                """;
        var frequencies = DocumentFrequencies.empty();
        frequencies.add(hashtagger.terms("Exports rise for the third month", "Exports rose in March, data showed."));
        frequencies.add(hashtagger.terms(title, body));

        List<String> tags = hashtagger.tag(title, body, frequencies);

        assertThat(tags).hasSizeBetween(Hashtagger.MIN_TAGS, Hashtagger.MAX_TAGS)
                .startsWith("SamsungElectronics")
                .contains("BankofKorea", "LeeJae-myung", "Pyeongtaek")
                .doesNotContain("the", "to", "has", "been", "said", "percent", "March", "Monday", "Samsung", "Lee",
                        "President", "LEAD", "SEOUL", "Yonhap", "Co", "KimMin-ji");
    }

    @Test
    void documentFrequenciesCountEachDocumentOnce() {
        var frequencies = DocumentFrequencies.of(List.of(List.of("서울시", "서울시", "예산"), List.of("예산")));

        assertThat(frequencies.documentCount()).isEqualTo(2);
        assertThat(frequencies.frequency("서울시")).isEqualTo(1);
        assertThat(frequencies.frequency("예산")).isEqualTo(2);
        assertThat(frequencies.add(List.of("딥테크")).documentCount()).isEqualTo(3);
    }
}
