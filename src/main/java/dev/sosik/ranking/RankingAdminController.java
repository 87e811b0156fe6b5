package dev.sosik.ranking;

import java.util.Map;

import dev.sosik.account.Reader;
import dev.sosik.web.BadRequestException;
import dev.sosik.web.Redirects;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Admins' hand on the rankings (the security configuration admits admins only under /admin and /api/v1/admin):
 * pins on {section} 주요뉴스 and the point-news flag, as a page and as API calls. Every change refreshes the
 * rankings at once.
 */
@Controller
class RankingAdminController {

    private static final String PAGE = "/admin/rankings";

    private final Pins pins;
    private final PointNews pointNews;
    private final Rankings rankings;

    RankingAdminController(Pins pins, PointNews pointNews, Rankings rankings) {
        this.pins = pins;
        this.pointNews = pointNews;
        this.rankings = rankings;
    }

    record PinRequest(Long articleId, Integer hours) {
    }

    record PointNewsRequest(Boolean pointNews) {
    }

    record PointNewsJson(long articleId, boolean pointNews) {
    }

    @GetMapping(PAGE)
    ModelAndView page() {
        return new ModelAndView("ranking/admin", Map.of("pins", pins.active()));
    }

    @PostMapping(PAGE + "/pins")
    ModelAndView pinForm(@RequestParam long articleId, @RequestParam(defaultValue = "24") int hours,
                         @AuthenticationPrincipal Reader admin) {
        pins.pin(articleId, hours, admin.id());
        rankings.refresh();
        return Redirects.seeOther(PAGE);
    }

    @PostMapping(PAGE + "/pins/{articleId}/delete")
    ModelAndView unpinForm(@PathVariable long articleId) {
        pins.unpin(articleId);
        rankings.refresh();
        return Redirects.seeOther(PAGE);
    }

    @PostMapping(PAGE + "/point-news")
    ModelAndView pointNewsForm(@RequestParam long articleId, @RequestParam boolean pointNews) {
        this.pointNews.decide(articleId, pointNews);
        return Redirects.seeOther(PAGE);
    }

    @PostMapping("/api/v1/admin/pins")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Pins.Pin pin(@RequestBody PinRequest request, @AuthenticationPrincipal Reader admin) {
        if (request.articleId() == null) {
            throw new BadRequestException("article_id가 필요합니다.");
        }
        Pins.Pin pin = pins.pin(request.articleId(), request.hours() == null ? 24 : request.hours(), admin.id());
        rankings.refresh();
        return pin;
    }

    @DeleteMapping("/api/v1/admin/pins/{articleId}")
    @ResponseBody
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unpin(@PathVariable long articleId) {
        pins.unpin(articleId);
        rankings.refresh();
    }

    @PutMapping("/api/v1/admin/articles/{articleId}/point-news")
    @ResponseBody
    PointNewsJson pointNews(@PathVariable long articleId, @RequestBody PointNewsRequest request) {
        if (request.pointNews() == null) {
            throw new BadRequestException("point_news(true 또는 false)가 필요합니다.");
        }
        pointNews.decide(articleId, request.pointNews());
        return new PointNewsJson(articleId, request.pointNews());
    }
}
