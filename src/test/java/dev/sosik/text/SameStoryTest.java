package dev.sosik.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SameStoryTest {

    private static final OffsetDateTime MORNING = OffsetDateTime.parse("2026-11-25T09:00:00+09:00");

    // Two rewrites of one event (a fictional ferry fire), another event of the same kind, and unrelated articles so
    // that the corpus has common words to discount.
    private static final SameStory.Doc FERRY = doc("a", "hanbit", "목포 여객선 '바다누리호' 화재…승객 212명 전원 구조",
            "전남 목포 앞바다를 지나던 여객선 바다누리호 기관실에서 불이 나 승객 212명이 모두 구조됐다. 해양경찰은 경비함 5척을 보내 "
                    + "승객을 옮겨 태웠다. 바다누리호 선장은 기관실 배전반에서 연기가 났다고 진술했다.", MORNING);
    private static final SameStory.Doc FERRY_REWRITE = doc("b", "pureunbs", "\"연기 보자마자 구명조끼\"…바다누리호 212명 무사 귀환",
            "기관실 화재가 난 여객선 바다누리호 승객 212명이 목포항으로 돌아왔다. 승객들은 해경 경비함이 빨리 도착해 큰 혼란은 "
                    + "없었다고 말했다. 해경은 배전반 과열을 화재 원인으로 보고 선사를 조사하고 있다.", MORNING.plusHours(3));
    private static final SameStory.Doc OTHER_FERRY = doc("c", "saebyeok", "여수 낚싯배 '청해호' 좌초…선원 4명 구조",
            "전남 여수 앞바다에서 낚싯배 청해호가 암초에 걸려 좌초했다. 해양경찰은 경비함을 보내 선원 4명을 구조했다. 청해호 선장은 "
                    + "짙은 안개로 암초를 보지 못했다고 진술했다.", MORNING.plusHours(5));
    private static final List<SameStory.Doc> OTHERS = List.of(
            doc("d", "miraeecon", "가람전자 3분기 영업이익 31% 증가", "가람전자가 3분기 영업이익이 31% 늘었다고 밝혔다. 전장 부문이 "
                    + "실적을 이끌었다.", MORNING),
            doc("e", "sportsone", "오션스, 블루스타즈 꺾고 3연승", "부산 오션스가 대전 블루스타즈를 6-3으로 꺾었다. 한도현이 만루 홈런을 "
                    + "쳤다.", MORNING),
            doc("f", "maeum", "첫 한파에 수도계량기 동파 주의", "영하권 추위가 이어지면서 수도계량기 동파 신고가 늘었다. 시는 보온재로 "
                    + "계량기를 감싸 달라고 당부했다.", MORNING));

    private final SameStory sameStory = new SameStory();

    @Test
    void twoRewritesOfOneEventAreTheSameStory() {
        var corpus = corpus(FERRY, FERRY_REWRITE, OTHER_FERRY);

        assertThat(sameStory.sameStory(FERRY, FERRY_REWRITE, corpus)).isTrue();
    }

    @Test
    void twoEventsOfOneKindAreDifferentStories() {
        var corpus = corpus(FERRY, FERRY_REWRITE, OTHER_FERRY);

        assertThat(sameStory.similarity(FERRY, OTHER_FERRY, corpus))
                .isLessThan(sameStory.similarity(FERRY, FERRY_REWRITE, corpus));
        assertThat(sameStory.sameStory(FERRY, OTHER_FERRY, corpus)).isFalse();
    }

    @Test
    void theSameEventFiveDaysLaterIsANewStory() {
        var fiveDaysLater = doc("g", "pureunbs", FERRY_REWRITE.title(), FERRY_REWRITE.body(), MORNING.plusDays(5));
        var corpus = corpus(FERRY, fiveDaysLater, OTHER_FERRY);

        assertThat(sameStory.similarity(FERRY, fiveDaysLater, corpus)).isGreaterThanOrEqualTo(SameStory.THRESHOLD);
        assertThat(sameStory.sameStory(FERRY, fiveDaysLater, corpus)).isFalse();
    }

    @Test
    void aRewriteADayLaterNeedsMoreInCommonThanOneTheSameMorning() {
        var aDayLater = doc("h", "pureunbs", FERRY_REWRITE.title(), FERRY_REWRITE.body(), MORNING.plusHours(30));
        var corpus = corpus(FERRY, FERRY_REWRITE, aDayLater, OTHER_FERRY);

        assertThat(sameStory.similarity(FERRY, aDayLater, corpus))
                .isEqualTo(sameStory.similarity(FERRY, FERRY_REWRITE, corpus));
        assertThat(sameStory.score(FERRY, aDayLater, corpus))
                .isLessThan(sameStory.score(FERRY, FERRY_REWRITE, corpus));
    }

    @Test
    void clustersGroupTheRewritesAndLeaveTheRestAlone() {
        List<SameStory.Doc> docs = List.of(OTHER_FERRY, FERRY_REWRITE, OTHERS.get(0), FERRY, OTHERS.get(1),
                OTHERS.get(2));
        var corpus = StoryCorpus.of(docs);

        var clusters = sameStory.clusters(docs, corpus);

        assertThat(clusters).contains(List.of("a", "b")).hasSize(5);
        assertThat(sameStory.clusters(docs.reversed(), corpus)).isEqualTo(clusters);
    }

    @Test
    void aStorysWindowRunsFromItsFirstArticleSoThatDailyReportsDoNotChainForWeeks() {
        var dayTwo = doc("h", "pureunbs", FERRY.title(), FERRY.body(), MORNING.plusHours(40));
        var dayFour = doc("i", "saebyeok", FERRY.title(), FERRY.body(), MORNING.plusHours(80));
        List<SameStory.Doc> docs = List.of(FERRY, dayTwo, dayFour);

        assertThat(sameStory.clusters(docs, corpus(FERRY, dayTwo, dayFour)))
                .containsExactly(List.of("a", "h"), List.of("i"));
    }

    private static StoryCorpus corpus(SameStory.Doc... docs) {
        var all = new ArrayList<>(List.of(docs));
        all.addAll(OTHERS);
        return StoryCorpus.of(all);
    }

    private static SameStory.Doc doc(String id, String press, String title, String body, OffsetDateTime at) {
        return new SameStory.Doc(id, press, title, body, at);
    }
}
