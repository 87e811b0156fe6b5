package dev.sosik.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbuseFilterTest {

    private final AbuseFilter filter = AbuseFilter.standard();

    @ParameterizedTest
    @ValueSource(strings = {"씨발", "시발 진짜", "개새끼", "병신아", "좆같네", "지랄하네", "닥쳐", "꺼져라", "존나 웃기네",
        "한남충들", "김치녀", "틀딱", "급식충", "짱깨", "쪽바리", "전라도 홍어들", "빨갱이", "기레기", "fuck you"})
    void flagsProfanityAndSlurs(String text) {
        assertThat(filter.check(text).abusive()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"시 발", "ㅅ ㅂ", "개 새 끼", "병 신 같은", "시 발놈아"})
    void catchesWordsSpacedOut(String text) {
        assertThat(filter.check(text).abusive()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ㅅㅂ", "ㅆㅂ", "ㅂㅅ", "ㅄ", "ㅈㄹ", "ㅈㄴ 웃김", "씨ㅂ", "ㅆ발", "ㅆㅣ발", "ㄱ새끼"})
    void catchesWordsSplitIntoJamo(String text) {
        assertThat(filter.check(text).abusive()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"시1발", "병1신", "ㅅ1ㅂ", "10새끼", "아 18 진짜", "씨8", "c8", "C발", "si발", "씨bal", "sibal",
        "ssibal", "tlqkf", "TLQKF", "qudtls", "whssk", "byungsin"})
    void catchesDigitAndLatinLookAlikes(String text) {
        assertThat(filter.check(text).abusive()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"시!발", "씨@#발", "시...발", "병~신", "개.새.끼", "f*ck", "ㅅ_ㅂ"})
    void catchesWordsPaddedWithSymbols(String text) {
        assertThat(filter.check(text).abusive()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"씨이이이발", "시이발", "조온나", "ㅅㅅㅂ", "씨ㅣ발", "시바아알"})
    void catchesRepeatedLetters(String text) {
        assertThat(filter.check(text).abusive()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ｓｉ발", "ｔｌｑｋｆ", "시！발", "ｆｕｃｋ", "\uFFB5\uFFB2"})
    void catchesFullWidthAndHalfWidthForms(String text) {
        assertThat(filter.check(text).abusive()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"시\u200B발", "씨\u200D발", "병\u2060신", "ㅅ\uFEFFㅂ", "시\u3164발", "존\u00AD나", "새\u0301끼"})
    void catchesWordsWithInvisibleCharactersInserted(String text) {
        assertThat(filter.check(text).abusive()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"시발점으로 돌아가자", "시발역에서 출발한 열차", "수박씨를 뱉었다", "새끼발가락을 다쳤다",
        "정부가 새 정책을 발표했다", "신약 개발에 성공", "제도 개선이 시급하다", "시민 여러분", "지역 균형 발전",
        "이 시 발표회는 오후에 열린다", "18년 만에 우승했다", "18세 이하 대표팀", "전염병 확산", "영화를 보지 않았다",
        "가자지구 휴전 협상", "남자지만 울었다", "마음에 새기고 살겠습니다", "하루 세 끼를 챙겨 먹자", "대충 보충하자",
        "홍어삼합 맛집", "한남동 카페", "불이 꺼져 있었다", "위기가 닥쳐올 것", "미친듯이 달렸다", "미친 존재감",
        "전쟁 시 발발한 사건", "오늘 저녁은 뭐 먹지", "ㅋㅋㅋ 너무 웃기다", "ㅇㅇ 맞아", "ㅎㅎ 감사합니다"})
    void letsInnocentKoreanThrough(String text) {
        assertThat(filter.check(text).matches()).as(text).isEmpty();
    }

    @Test
    void namesTheOffendingFragmentsAsTyped() {
        assertThat(filter.check("너 진짜 시1발 뭐하냐").matches()).containsExactly("시1발");
        assertThat(filter.check("씨 발 꺼져 개새끼야, 꺼져").matches()).containsExactly("씨 발", "꺼져", "개새끼");
        assertThat(filter.check("ｓｉ발").matches()).containsExactly("ｓｉ발");
    }

    @Test
    void anInnocentWordNextToACurseDoesNotHideIt() {
        assertThat(filter.check("시발점이고 뭐고 씨발").matches()).containsExactly("씨발");
    }

    @Test
    void nullEmptyAndBlankAreClean() {
        assertThat(filter.check(null).abusive()).isFalse();
        assertThat(filter.check("").matches()).isEmpty();
        assertThat(filter.check(" \n\t\u200B").abusive()).isFalse();
    }

    @Test
    void hugeAndAdversarialInputIsSafeAndQuick() {
        String[] inputs = {"씨".repeat(10_000), "ㅅ".repeat(10_000), "시 ".repeat(5_000), "sibal".repeat(2_000),
            "1".repeat(10_000), "ㅅㅣ".repeat(5_000), "시이".repeat(5_000), "18 ".repeat(3_333), "\u200B".repeat(10_000),
            "씨!".repeat(5_000), "씨발".repeat(5_000)};
        for (String input : inputs) {
            long started = System.nanoTime();
            AbuseFilter.Verdict verdict = filter.check(input);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(input.substring(0, 4))
                    .isLessThan(Duration.ofSeconds(2));
            assertThat(verdict.matches()).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void neverThrowsOnRandomText() {
        var random = new Random(20261125);
        for (int round = 0; round < 5_000; round++) {
            var text = new StringBuilder();
            for (int index = random.nextInt(40); index > 0; index--) {
                switch (random.nextInt(5)) {
                    case 0 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                    case 1 -> text.appendCodePoint(0xAC00 + random.nextInt(11_172));
                    case 2 -> text.appendCodePoint(0x3131 + random.nextInt(0x5E));
                    case 3 -> text.appendCodePoint(0x1100 + random.nextInt(0x100));
                    default -> text.append((char) (0xD800 + random.nextInt(0x800))); // a lone surrogate
                }
            }
            filter.check(text.toString());
        }
    }

    @Test
    void theStandardFilterIsLoadedOnce() {
        assertThat(AbuseFilter.standard()).isSameAs(filter);
    }

    @Test
    void aVerdictsMatchesCannotBeChanged() {
        var matches = filter.check("씨발").matches();

        assertThatThrownBy(() -> matches.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
