package dev.sosik.ranking;

import java.util.Map;

import dev.sosik.article.Articles;
import dev.sosik.article.Categories;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** 트렌드 뉴스 모아보기 and 포인트 뉴스 모아보기, linked from every article page. */
@Controller
class CollectionPagesController {

    static final int PAGE_LIST = 10;
    static final int POINT_NEWS = 50;

    private final Rankings rankings;
    private final PointNews pointNews;
    private final Articles articles;
    private final Categories categories;

    CollectionPagesController(Rankings rankings, PointNews pointNews, Articles articles, Categories categories) {
        this.rankings = rankings;
        this.pointNews = pointNews;
        this.articles = articles;
        this.categories = categories;
    }

    /** Rising keywords with their articles, 인기뉴스, and 댓글 많은 / 반응 많은 뉴스 of the chosen window. */
    @GetMapping("/collections/trend")
    ModelAndView trend(@RequestParam(required = false) String window) {
        RankingKey commented = RankingRequest.parse(RankingKind.COMMENTED.code(), null, null,
                window == null ? RankingWindow.HOURS_3.code() : window, categories);
        RankingView view = rankings.current();
        return new ModelAndView("ranking/trend", Map.of(
                "view", view,
                "window", commented.window(),
                "popular", view.list(RankingKey.of(RankingKind.POPULAR, null), PAGE_LIST),
                "commented", view.list(commented, PAGE_LIST),
                "reacted", view.list(new RankingKey(RankingKind.REACTED, null, null, commented.window()), PAGE_LIST)));
    }

    @GetMapping("/collections/point")
    ModelAndView point() {
        return new ModelAndView("ranking/point", Map.of("articles", articles.byIds(pointNews.newest(POINT_NEWS))));
    }
}
