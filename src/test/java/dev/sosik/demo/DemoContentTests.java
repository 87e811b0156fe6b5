package dev.sosik.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.sosik.DatabaseTest;
import dev.sosik.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo set a new user sees: checked as loaded into the database at start-up. */
@DatabaseTest
class DemoContentTests {

    private static final Set<String> GENERIC_TAGS = Set.of("위한", "통해", "관련", "역대", "최대", "올해", "지난해",
            "이번", "기자", "오늘", "발표", "계획");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoContent demo;
    @Autowired
    TestDatabase.AtWebServerStart firstServed;

    record DemoRow(long id, String categoryCode, String pressCode, String reporterName, String reporterEmail,
                   OffsetDateTime publishedAt, OffsetDateTime createdAt) {
    }

    List<DemoRow> demoArticles() {
        // A demo article lives on its press's homepage; tests add theirs under other addresses.
        return jdbc.sql("""
                        select a.id, a.category_code, p.code as press_code, r.name as reporter_name,
                               r.email as reporter_email, a.published_at, a.created_at
                        from article a join press p on p.id = a.press_id left join reporter r on r.id = a.reporter_id
                        where a.url like p.homepage || '/%' and a.url not like '%/news/page-test-%'
                          and p.code in ('hanbit', 'miraeecon', 'saebyeok', 'dongnyeok', 'pureunbs', 'techwave',
                                         'sportsone', 'starlight', 'globaltimes', 'maeum')""")
                .query(DemoRow.class).list();
    }

    @Test
    void atLeastSixtyArticlesAcrossAllEightSectionsFromAtLeastEightPresses() {
        List<DemoRow> rows = demoArticles();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        Map<String, Long> perSection = rows.stream()
                .collect(Collectors.groupingBy(DemoRow::categoryCode, Collectors.counting()));
        assertThat(perSection.keySet()).containsExactlyInAnyOrder("politics", "economy", "society", "life", "it",
                "world", "entertainment", "sports");
        assertThat(perSection.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(5));
        assertThat(rows.stream().map(DemoRow::pressCode).distinct().count()).isGreaterThanOrEqualTo(8);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.reporterName()).isNotBlank();
            assertThat(row.reporterEmail()).contains("@");
        });
    }

    @Test
    void publishedOverTheThreeDaysBeforeStartUp() {
        assertThat(demoArticles()).allSatisfy(row -> {
            Duration age = Duration.between(row.publishedAt(), row.createdAt());
            assertThat(age).isBetween(Duration.ZERO, Duration.ofHours(72));
        });
    }

    @Test
    void everyArticleHasFiveToTenSensibleHashtags() {
        for (DemoRow row : demoArticles()) {
            List<String> tags = jdbc.sql("select tag from article_hashtag where article_id = ? order by position")
                    .param(row.id()).query(String.class).list();
            assertThat(tags).as("hashtags of article %d", row.id()).hasSizeBetween(5, 10);
            assertThat(tags).noneMatch(GENERIC_TAGS::contains).noneMatch(tag -> tag.startsWith("#"));
            for (String tag : tags) {
                assertThat(tags).as("'%s' is a fragment of another tag of article %d", tag, row.id())
                        .noneMatch(other -> !other.equals(tag) && other.contains(tag));
            }
        }
    }

    @Test
    void isLoadedBeforeTheWebServerTakesRequests() {
        // the schema was empty at start-up: what was there when the server started is the demo
        assertThat(firstServed.articles()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void aDatabaseWithArticlesIsNeverTouched() throws Exception {
        long before = jdbc.sql("select count(*) from article").query(Long.class).single();

        demo.start();

        assertThat(jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(before);
    }
}
