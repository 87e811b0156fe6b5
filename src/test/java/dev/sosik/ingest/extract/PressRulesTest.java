package dev.sosik.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PressRulesTest {

    @Test
    void aRuleIsReadFromJsonWithEveryFieldOptional() {
        PressRule rule = PressRules.fromJson("""
                {"hosts": ["news.gajja.example"], "title": "h1.headline", "body": "#article-body",
                 "byline": ".byline", "published": "time[datetime]", "updated": ".updated",
                 "remove": [".ad", "div.related"], "copyright": "p.copyright"}
                """);

        assertThat(rule).isEqualTo(new PressRule(List.of("news.gajja.example"), "h1.headline", "#article-body",
                ".byline", "time[datetime]", ".updated", List.of(".ad", "div.related"), "p.copyright"));
        assertThat(PressRules.fromJson("{}")).isEqualTo(new PressRule(List.of(), null, null, null, null, null,
                List.of(), null));
    }

    @Test
    void typosAndBrokenSelectorsAreRefusedWhereTheyAreWritten() {
        assertThatThrownBy(() -> PressRules.fromJson("{\"bdy\": \"#text\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bdy");
        assertThatThrownBy(() -> PressRules.fromJson("{\"body\": \"div[[\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("body");
        assertThatThrownBy(() -> PressRules.fromJson("{\"remove\": \".ad\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("remove");
        assertThatThrownBy(() -> PressRules.fromJson("[]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PressRules.fromJson("{\"body\": ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHostFindsItsRuleOrTheRuleOfItsParentDomain() {
        PressRule gajja = PressRules.fromJson("{\"hosts\": [\"gajja.example\"], \"body\": \"#a\"}");
        PressRule sports = PressRules.fromJson("{\"hosts\": [\"sports.gajja.example\"], \"body\": \"#b\"}");
        PressRules rules = new PressRules(List.of(gajja, sports));

        assertThat(rules.forHost("gajja.example")).contains(gajja);
        assertThat(rules.forHost("www.gajja.example")).contains(gajja);
        assertThat(rules.forHost("NEWS.Gajja.Example.")).contains(gajja);
        assertThat(rules.forHost("sports.gajja.example")).contains(sports);
        assertThat(rules.forHost("live.sports.gajja.example")).contains(sports);
        assertThat(rules.forHost("notgajja.example")).isEmpty();
        assertThat(rules.forHost("example")).isEmpty();
        assertThat(rules.forHost(null)).isEmpty();
    }

    @Test
    void theStandardRulesLoadOnceAndAreValid() {
        assertThat(PressRules.standard()).isSameAs(PressRules.standard());
    }
}
