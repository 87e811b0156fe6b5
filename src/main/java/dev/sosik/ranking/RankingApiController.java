package dev.sosik.ranking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;

import dev.sosik.article.Categories;
import dev.sosik.article.Headline;
import dev.sosik.article.TagLinks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The ranking lists and the rising keywords as JSON, read from memory like the pages. */
@RestController
@RequestMapping("/api/v1")
class RankingApiController {

    private final Rankings rankings;
    private final Categories categories;

    RankingApiController(Rankings rankings, Categories categories) {
        this.rankings = rankings;
        this.categories = categories;
    }

    record Item(int rank, long id, String title, String press, long comments, OffsetDateTime publishedAt,
                String pageUrl) {
    }

    record RankingJson(String ranking, String name, String category, String reaction, String window,
                       Instant computedAt, List<Item> items) {
    }

    record KeywordJson(String keyword, long recentCount, double expectedCount, double rise, String pageUrl,
                       List<Item> articles) {
    }

    record KeywordsJson(Instant computedAt, List<KeywordJson> items) {
    }

    @Operation(summary = "A ranking: latest (최신뉴스), popular (인기뉴스), top (주요뉴스), commented (댓글 많은 뉴스) "
            + "or reacted (반응 많은 뉴스)")
    @GetMapping("/rankings/{ranking}")
    RankingJson ranking(
            @PathVariable String ranking,
            @Parameter(description = "section code; all sections when absent") @RequestParam(required = false) String category,
            @Parameter(description = "reacted only: joy, cheer, disappointed or sad; all reactions when absent")
            @RequestParam(required = false) String reaction,
            @Parameter(description = "commented and reacted only: 3h or 24h (default)")
            @RequestParam(required = false) String window) {
        RankingKey key = RankingRequest.parse(ranking, category, reaction, window, categories);
        RankingView view = rankings.current();
        return new RankingJson(key.kind().code(), key.kind().label(), key.category(),
                key.reaction() == null ? null : key.reaction().code(),
                key.window() == null ? null : key.window().code(), view.computedAt(), items(view.list(key)));
    }

    @Operation(summary = "Rising keywords (급상승 키워드) with their newest articles")
    @GetMapping("/trends/keywords")
    KeywordsJson keywords() {
        RankingView view = rankings.current();
        String base = base();
        return new KeywordsJson(view.computedAt(), view.trends().stream()
                .map(trend -> new KeywordJson(trend.tag(), trend.figures().recent(), trend.figures().expected(),
                        trend.figures().rise(), base + TagLinks.path(trend.tag()), items(trend.articles())))
                .toList());
    }

    private static List<Item> items(List<Headline> headlines) {
        String base = base();
        return IntStream.range(0, headlines.size()).mapToObj(i -> {
            Headline headline = headlines.get(i);
            return new Item(i + 1, headline.id(), headline.title(), headline.pressName(), headline.comments(),
                    headline.publishedAt(), base + headline.pagePath());
        }).toList();
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
