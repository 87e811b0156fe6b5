package dev.sosik.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.sosik.ingest.extract.KoreanDates.Label;

class KoreanDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            입력 2025.03.06 11:15                    | 2025-03-06T11:15+09:00
            입력 2025-03-06 11:15:30                 | 2025-03-06T11:15:30+09:00
            기사입력 2023.04.20. 오후 1:55           | 2023-04-20T13:55+09:00
            기사입력 2023.04.20. 오전 12:05          | 2023-04-20T00:05+09:00
            2023-04-07 08:26:22                      | 2023-04-07T08:26:22+09:00
            2023.04.07 (19:13)                       | 2023-04-07T19:13+09:00
            2023년 04월 07일 18시 36분               | 2023-04-07T18:36+09:00
            2023년 4월 7일(금) 오후 6시 36분         | 2023-04-07T18:36+09:00
            승인 2023/04/07 18:36                    | 2023-04-07T18:36+09:00
            2023-04-20T13:55:00+09:00                | 2023-04-20T13:55+09:00
            2023-04-20T04:55:00Z                     | 2023-04-20T13:55+09:00
            2023-04-20T13:55:00.000+0900             | 2023-04-20T13:55+09:00
            2023-04-20T13:55:00                      | 2023-04-20T13:55+09:00
            14:18 April 19, 2023                     | 2023-04-19T14:18+09:00
            Posted : Apr. 19, 2023 2:18 PM           | 2023-04-19T14:18+09:00
            2023.04.20                               | 2023-04-20T00:00+09:00
            """)
    void readsTheTimesKoreanPagesPrint(String text, String expected) {
        assertThat(KoreanDates.parse(text)).hasValueSatisfying(time ->
                assertThat(time.toInstant()).isEqualTo(OffsetDateTime.parse(expected).toInstant()));
    }

    @Test
    void digitsThatAreNoDateAreNone() {
        assertThat(KoreanDates.parse("2023.13.45 11:15")).isEmpty();
        assertThat(KoreanDates.parse("전화 02-1234-5678")).isEmpty();
        assertThat(KoreanDates.parse("")).isEmpty();
        assertThat(KoreanDates.parse(null)).isEmpty();
    }

    @Test
    void labelsTellThePublicationFromTheUpdate() {
        String header = "가짜 속보 제목 홍길동 기자 입력 2025.03.06 11:15 수정 2025.03.06 13:40 글자크기";

        assertThat(KoreanDates.labeled(header, Label.PUBLISHED)).contains(at("2025-03-06T11:15+09:00"));
        assertThat(KoreanDates.labeled(header, Label.UPDATED)).contains(at("2025-03-06T13:40+09:00"));
        assertThat(KoreanDates.labeled("최종수정 : 2025-03-07 09:00:00", Label.UPDATED))
                .contains(at("2025-03-07T09:00+09:00"));
        assertThat(KoreanDates.labeled("업데이트 2025.03.07 오후 3:05", Label.UPDATED))
                .contains(at("2025-03-07T15:05+09:00"));
    }

    @Test
    void aLabelWithoutATimeRightAfterItIsNoLabel() {
        assertThat(KoreanDates.labeled("회원 등록 안내 2025.03.06 11:15", Label.PUBLISHED)).isEmpty();
        assertThat(KoreanDates.labeled("등록된 의견이 없습니다", Label.PUBLISHED)).isEmpty();
    }

    @Test
    void dateLinesAreTimesWithLabelsAndAWordAtMost() {
        assertThat(KoreanDates.isDateLine("입력 2025.03.06 (11:15) 수정 2025.03.06 (13:40) 사회")).isTrue();
        assertThat(KoreanDates.isDateLine("기사입력 2023.04.20. 오후 1:55")).isTrue();
        assertThat(KoreanDates.isDateLine("2023.04.20 13:55")).isTrue();
        assertThat(KoreanDates.isDateLine("■ 방송일시 : 2025년 3월 6일 (목)")).isFalse();
        assertThat(KoreanDates.isDateLine("시는 2025.03.06 11:15 시험 결과를 발표했다.")).isFalse();
        assertThat(KoreanDates.isDateLine("가짜 마을 축제가 열린다")).isFalse();
    }

    private static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }
}
