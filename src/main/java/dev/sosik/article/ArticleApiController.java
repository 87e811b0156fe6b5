package dev.sosik.article;

import java.util.List;

import dev.sosik.web.BadRequestException;
import dev.sosik.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Articles, sections and presses as JSON; errors answer as RFC 9457 problem details. */
@RestController
@RequestMapping("/api/v1")
class ArticleApiController {

    private final Articles articles;
    private final Categories categories;
    private final Presses presses;

    ArticleApiController(Articles articles, Categories categories, Presses presses) {
        this.articles = articles;
        this.categories = categories;
        this.presses = presses;
    }

    record ArticleList(List<ArticleJson> items, String nextCursor) {
    }

    record Items<T>(List<T> items) {
    }

    record PressJson(String code, String name, String homepage, String copyright) {
    }

    @Operation(summary = "Articles, newest first, optionally of one section, press or hashtag")
    @GetMapping("/articles")
    ArticleList list(
            @Parameter(description = "section code, e.g. economy") @RequestParam(required = false) String category,
            @Parameter(description = "press code") @RequestParam(required = false) String press,
            @Parameter(description = "hashtag, without #") @RequestParam(required = false) String tag,
            @Parameter(description = "next_cursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "items per page, 1 to 50 (larger values are capped)")
            @RequestParam(required = false) Integer size) {
        var filter = new ArticleFilter(
                category == null ? null : categories.find(category)
                        .orElseThrow(() -> new BadRequestException("알 수 없는 category 코드입니다: " + category))
                        .code(),
                press == null ? null : presses.findByCode(press)
                        .orElseThrow(() -> new BadRequestException("알 수 없는 press 코드입니다: " + press))
                        .id(),
                tag == null || tag.isBlank() ? null : tag.strip());
        ArticleSlice slice = articles.latest(filter, ListingParams.cursor(cursor), ListingParams.size(size));
        String baseUrl = baseUrl();
        return new ArticleList(
                slice.items().stream().map(article -> ArticleJson.of(article, null, baseUrl)).toList(),
                slice.hasNext() ? slice.next().encode() : null);
    }

    @Operation(summary = "One article with its body")
    @GetMapping("/articles/{id}")
    ArticleJson article(@PathVariable long id) {
        FullArticle full = articles.find(id)
                .orElseThrow(() -> new NotFoundException("기사를 찾을 수 없습니다: " + id));
        return ArticleJson.of(full.article(), full.bodyHtml(), baseUrl());
    }

    @Operation(summary = "The sections (categories)")
    @GetMapping("/categories")
    Items<Category> categories() {
        return new Items<>(categories.all());
    }

    @Operation(summary = "The presses")
    @GetMapping("/presses")
    Items<PressJson> presses() {
        return new Items<>(presses.all().stream()
                .map(press -> new PressJson(press.code(), press.name(), press.homepage(), press.copyright()))
                .toList());
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
