package dev.sosik.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import dev.sosik.DatabaseTest;
import dev.sosik.article.Articles;
import dev.sosik.article.BodyHtml;
import dev.sosik.article.NewArticle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Versions of one event pushed a moment apart meet in one story even though searches do not see the first yet
 * (here the index is never reopened for searches during the test).
 */
@DatabaseTest
@TestPropertySource(properties = "sosik.search.refresh-every=1h")
class StoryAssignmentTests {

    @Autowired
    Articles articles;
    @Autowired
    JdbcClient jdbc;

    long add(int press, String title, String... paragraphs) {
        return add(press, OffsetDateTime.now(), title, paragraphs);
    }

    long add(int press, OffsetDateTime published, String title, String... paragraphs) {
        long pressId = jdbc.sql("select id from press order by id limit 1 offset ?").param(press)
                .query(Long.class).single();
        return articles.add(new NewArticle(pressId, "life", title, BodyHtml.fromParagraphs(List.of(paragraphs)),
                null, "https://story.example/" + System.nanoTime(), null, published, null, List.of()));
    }

    long storyOf(long article) {
        return jdbc.sql("select coalesce(story_id, id) from article where id = ?").param(article)
                .query(Long.class).single();
    }

    @Test
    void twoVersionsOfOneEventStoredAMomentApartShareAStory() {
        long first = add(0, "한결제약, 희귀질환 신약 '루미넥스' 임상3상 성공…2027년 출시 목표",
                "한결제약은 희귀질환 치료 신약 루미넥스의 임상3상에서 1차 평가지표를 달성했다고 밝혔다.",
                "임상3상에는 국내외 환자 1,240명이 참여했으며 루미넥스 투여군의 증상 개선율은 63.5%였다.",
                "김도윤 한결제약 대표는 식품의약품안전처에 품목허가를 신청해 2027년 출시하겠다고 말했다.");
        long second = add(1, "루미넥스 임상3상 성공한 한결제약 \"2027년 출시\"",
                "한결제약의 희귀질환 신약 루미넥스가 임상3상에서 효과를 입증했다.",
                "환자 1,240명을 대상으로 한 임상3상에서 루미넥스 투여군 증상 개선율은 63.5%로 나타났다.",
                "한결제약 김도윤 대표는 식품의약품안전처 품목허가를 거쳐 2027년 출시가 목표라고 밝혔다.");
        long unrelated = add(2, "해안 도시 불꽃축제 주말 개최…관람객 안전 대책 마련",
                "바닷가 도시의 불꽃축제가 이번 주말 열린다. 시는 관람객 안전을 위해 교통을 통제한다.");

        assertThat(storyOf(second)).isEqualTo(storyOf(first));
        assertThat(storyOf(unrelated)).isNotEqualTo(storyOf(first));
    }

    @Test
    void aStorySpansTheWindowFromItsFirstArticleNotAChainOfReportsForWeeks() {
        OffsetDateTime start = OffsetDateTime.now().minusDays(4);
        String[] report = {"세운전자 노동조합이 임금 협상 결렬로 파업 찬반 투표를 진행한다.",
                "세운전자 노조 조합원 4,820명이 투표에 참여할 예정이며 사측은 교섭 재개를 제안했다."};
        long first = add(0, start, "세운전자 노조, 파업 찬반 투표 돌입", report);
        long dayTwo = add(1, start.plusHours(40), "세운전자 노조 파업 찬반 투표 진행", report);
        long dayFour = add(2, start.plusHours(80), "세운전자 노조 파업 찬반 투표 결과 주목", report);

        assertThat(storyOf(dayTwo)).isEqualTo(storyOf(first));
        assertThat(storyOf(dayFour)).as("80 hours after the story began").isNotEqualTo(storyOf(first));
    }

    @Test
    void anArticleJoinsAStoryItIsCloseToAsAWholeNotOneOfItsArticlesThatAlsoCoversAnotherEvent() {
        OffsetDateTime morning = OffsetDateTime.now().minusHours(3);
        long shipyard = add(0, morning, "한빛조선, 노르웨이 베스트라서 LNG 운반선 4척 1조2천억 원 수주",
                "한빛조선은 노르웨이 선사 베스트라와 LNG 운반선 4척 건조 계약을 맺었다고 밝혔다.",
                "계약 규모는 1조2천억 원이며 선박은 거제 옥포 조선소에서 건조돼 2029년까지 인도된다.",
                "박정우 한빛조선 대표는 베스트라와의 첫 계약이라며 추가 수주를 기대한다고 말했다.");
        long roundUp = add(1, morning.plusHours(1), "한빛조선 LNG 운반선 4척 수주…조선·해운 잇단 낭보",
                "한빛조선이 노르웨이 베스트라로부터 LNG 운반선 4척을 1조2천억 원에 수주했다. 박정우 대표는 거제 옥포"
                        + " 조선소에서 2029년까지 인도한다고 밝혔다.",
                "같은 날 대성해운은 부산항 신항 7부두 터미널 운영권을 따냈다.");
        long port = add(2, morning.plusHours(2), "대성해운, 부산항 신항 7부두 터미널 운영권 확보…물동량 280만 TEU",
                "대성해운이 부산항 신항 7부두 터미널 운영사로 선정됐다.",
                "최민서 대성해운 대표는 2027년 개장하는 7부두에서 연간 물동량 280만 TEU를 처리하겠다고 밝혔다.",
                "부산항만공사는 대성해운과 30년 운영 계약을 맺는다.");

        assertThat(storyOf(roundUp)).isEqualTo(storyOf(shipyard));
        assertThat(storyOf(port)).as("the port's news shares nothing with the shipyard's first report")
                .isNotEqualTo(storyOf(shipyard));
    }
}
