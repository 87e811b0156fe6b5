package dev.sosik.article;

import java.util.Map;

import dev.sosik.ranking.RankingKey;
import dev.sosik.ranking.RankingKind;
import dev.sosik.ranking.Rankings;
import dev.sosik.web.NotFoundException;
import dev.sosik.web.SameForEveryGuest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The pages that list articles: home, a section, a press and a keyword (hashtag). */
@Controller
class ListingPagesController {

    private static final int HOME_TOP = 5;
    private static final int HOME_LATEST = 10;
    private static final int HOME_PER_SECTION = 4;

    private final ListingCache listings;
    private final Categories categories;
    private final Presses presses;
    private final Rankings rankings;

    ListingPagesController(ListingCache listings, Categories categories, Presses presses, Rankings rankings) {
        this.listings = listings;
        this.categories = categories;
        this.presses = presses;
        this.rankings = rankings;
    }

    @GetMapping("/")
    @SameForEveryGuest
    ModelAndView home() {
        ListingCache.Home lists = listings.home(HOME_LATEST, HOME_PER_SECTION);
        return new ModelAndView("article/home", Map.of(
                "top", rankings.current().list(RankingKey.of(RankingKind.TOP, null), HOME_TOP),
                "latest", lists.latest(),
                "bySection", lists.bySection()));
    }

    @GetMapping("/categories/{code}")
    @SameForEveryGuest
    ModelAndView category(@PathVariable String code, @RequestParam(required = false) String cursor) {
        Category category = categories.find(code)
                .orElseThrow(() -> new NotFoundException("없는 분야입니다: " + code));
        return listing(category.name(), category.name() + " 분야의 최신 기사", "/categories/" + code,
                ArticleFilter.category(code), cursor)
                .addObject("activeSection", code);
    }

    @GetMapping("/presses/{code}")
    @SameForEveryGuest
    ModelAndView press(@PathVariable String code, @RequestParam(required = false) String cursor) {
        Press press = presses.findByCode(code)
                .orElseThrow(() -> new NotFoundException("없는 언론사입니다: " + code));
        return listing(press.name(), press.name() + "의 최신 기사", "/presses/" + code,
                ArticleFilter.press(press.id()), cursor);
    }

    @GetMapping("/tags/{tag}")
    @SameForEveryGuest
    ModelAndView tag(@PathVariable String tag, @RequestParam(required = false) String cursor) {
        return listing("#" + tag, "'" + tag + "' 키워드가 달린 기사", TagLinks.path(tag),
                ArticleFilter.tag(tag), cursor);
    }

    private ModelAndView listing(String heading, String description, String basePath, ArticleFilter filter,
                                 String cursor) {
        ArticleCursor after = ListingParams.cursor(cursor);
        ArticleSlice slice = listings.latest(filter, after);
        return new ModelAndView("article/listing",
                Map.of("listing", new Listing(heading, description, basePath, slice, after == null)));
    }
}
