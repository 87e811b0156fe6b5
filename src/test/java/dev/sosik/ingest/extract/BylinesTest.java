package dev.sosik.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sosik.ingest.extract.Bylines.Byline;

class BylinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            홍길동 기자 hong@press.example                | 홍길동      | hong@press.example
            (서울=가짜통신) 홍길동 기자 = 본문이 이어진다.  | 홍길동      | -
            [홍길동 기자]                                 | 홍길동      | -
            (가짜연예뉴스 홍길동 기자)                    | 홍길동      | -
            가짜방송 홍길동 (hong@tv.example)             | 홍길동      | hong@tv.example
            홍길동·김영희 기자                            | 홍길동·김영희 | -
            By Hong Gil-dong                              | Hong Gil-dong | -
            Reporter Kim Young-hee                        | Kim Young-hee | -
            hong@press.example                            | -           | hong@press.example
            """)
    void readsTheBylinesKoreanPagesPrint(String line, String name, String email) {
        assertThat(Bylines.find(line)).contains(new Byline(name, email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[홍길동 기자]", "(가짜연예뉴스 홍길동 기자)", "홍길동 기자 hong@press.example",
        "가짜방송 홍길동 (hong@tv.example)", "By Hong Gil-dong", "hong@press.example", "홍길동 특파원"})
    void wholeBylineLinesAreBylines(String line) {
        assertThat(Bylines.isBylineLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"홍길동 기자입니다.", "가짜방송 뉴스 홍길동입니다.", "사진=홍길동 기자", "영상편집 : 홍길동 기자",
        "취재기자 연결합니다. 홍길동 기자!", "( 취재 : 홍길동 / 영상편집 : 김영희 )", "[기자]",
        "By the end of the year the plan will be done."})
    void sentencesAndCreditsAreNoBylines(String line) {
        assertThat(Bylines.isBylineLine(line)).isFalse();
    }

    @Test
    void theDatelineOpeningALeadParagraphIsTakenOff() {
        String lead = "(서울=가짜통신) 홍길동 기자 = 가상의 시청이 오늘 새 계획을 발표했다.";

        assertThat(Bylines.dateline(lead)).contains(new Byline("홍길동", null));
        assertThat(Bylines.withoutDateline(lead)).isEqualTo("가상의 시청이 오늘 새 계획을 발표했다.");
        assertThat(Bylines.dateline("가상의 시청이 오늘 발표했다.")).isEmpty();
    }

    @Test
    void theTitleIsNotPartOfTheName() {
        assertThat(Bylines.withoutRole("홍길동 기자")).isEqualTo("홍길동");
        assertThat(Bylines.withoutRole("김영희 에디터")).isEqualTo("김영희");
        assertThat(Bylines.withoutRole("Hong Gil-dong")).isEqualTo("Hong Gil-dong");
    }
}
