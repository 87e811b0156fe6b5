package dev.sosik.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.sosik.article.Article;
import dev.sosik.article.Articles;
import dev.sosik.article.Categories;
import dev.sosik.article.Presses;
import dev.sosik.web.BadRequestException;
import dev.sosik.web.Kst;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The search page and the search API; bad input gets a message, never an error from the engine. */
@Controller
class SearchController {

    static final int MAX_QUERY = 200;
    static final int PAGE_SIZE = 20;

    private final ArticleSearch search;
    private final Articles articles;
    private final Categories categories;
    private final Presses presses;

    SearchController(ArticleSearch search, Articles articles, Categories categories, Presses presses) {
        this.search = search;
        this.articles = articles;
        this.categories = categories;
        this.presses = presses;
    }

    /** A search ready to run, with a note for the reader when the query was shortened. */
    record Asked(SearchRequest request, String note) {
    }

    record HitJson(long id, String title, String pageUrl, Map<String, String> category, Map<String, String> press,
                   OffsetDateTime publishedAt, String snippet) {
    }

    record SearchJson(String query, String note, long total, List<HitJson> items, Map<String, Long> categories,
                      Map<String, Long> presses, String didYouMean, String nextCursor) {
    }

    @GetMapping("/search")
    ModelAndView page(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String category,
                      @RequestParam(required = false) String press, @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to, @RequestParam(defaultValue = "relevance") String sort,
                      @RequestParam(required = false) String cursor) {
        Map<String, Object> model = new HashMap<>();
        model.put("q", q);
        model.put("sort", sort);
        model.put("category", category);
        model.put("found", q.isBlank() ? null : find(ask(q, category, press, from, to, sort, cursor)));
        return new ModelAndView("search/page", model);
    }

    @Operation(summary = "Search articles: Korean words across inflection, \"phrases\", facets, snippets")
    @GetMapping("/api/v1/search")
    @ResponseBody
    SearchJson api(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String category,
                   @RequestParam(required = false) String press, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @RequestParam(defaultValue = "relevance") String sort,
                   @RequestParam(required = false) String cursor) {
        if (q.isBlank()) {
            throw new BadRequestException("검색어(q)를 입력해 주세요.");
        }
        FoundArticles found = find(ask(q, category, press, from, to, sort, cursor));
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return new SearchJson(found.query(), found.note(), found.total(), found.hits().stream()
                .map(hit -> new HitJson(hit.article().id(), hit.article().title(), base + hit.article().pagePath(),
                        Map.of("code", hit.article().category().code(), "name", hit.article().category().name()),
                        Map.of("code", hit.article().press().code(), "name", hit.article().press().name()),
                        Kst.offset(hit.article().publishedAt()), hit.snippet()))
                .toList(), found.categories(), found.presses(), found.didYouMean(), found.nextCursor());
    }

    private Asked ask(String q, String category, String press, String from, String to, String sort, String cursor) {
        String query = q.strip();
        String note = null;
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
            note = "검색어가 길어 앞의 " + MAX_QUERY + "자로 검색했습니다.";
        }
        if (!sort.equals("relevance") && !sort.equals("latest")) {
            throw new BadRequestException("sort는 relevance 또는 latest여야 합니다.");
        }
        if (category != null && !category.isBlank() && categories.find(category).isEmpty()) {
            throw new BadRequestException("알 수 없는 category 코드입니다: " + category);
        }
        if (press != null && !press.isBlank() && presses.findByCode(press).isEmpty()) {
            throw new BadRequestException("알 수 없는 press 코드입니다: " + press);
        }
        return new Asked(new SearchRequest(query, blankToNull(category), blankToNull(press), day(from, "from"),
                day(to, "to"), sort.equals("latest"), offset(cursor), PAGE_SIZE), note);
    }

    private FoundArticles find(Asked asked) {
        SearchRequest request = asked.request();
        SearchResult result = search.search(request);
        List<Article> found = articles.byIds(result.articleIds());
        Map<Long, String> snippets = new HashMap<>();
        for (int i = 0; i < result.articleIds().size(); i++) {
            snippets.put(result.articleIds().get(i), result.snippets().get(i));
        }
        List<FoundArticles.Hit> hits = new ArrayList<>();
        found.forEach(article -> hits.add(new FoundArticles.Hit(article, snippets.get(article.id()))));
        int next = request.offset() + request.size();
        return new FoundArticles(request.query(), asked.note(), result.total(), hits, result.categories(), result.presses(),
                result.didYouMean(), next < result.total() ? encode(next) : null);
    }

    private static LocalDate day(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + "는 2025-03-06 같은 날짜여야 합니다.");
        }
    }

    private static int offset(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            if (offset < 0 || offset > 10_000) {
                throw new IllegalArgumentException("out of range");
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("cursor 값이 올바르지 않습니다. 결과에서 받은 next_cursor 값을 그대로 보내 주세요.");
        }
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Integer.toString(offset)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
