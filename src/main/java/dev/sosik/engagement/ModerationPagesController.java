package dev.sosik.engagement;

import java.util.Map;

import dev.sosik.account.Reader;
import dev.sosik.web.Redirects;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The admins' moderation queue (the security configuration admits admins only under /admin). */
@Controller
@RequestMapping("/admin/moderation")
class ModerationPagesController {

    private static final String QUEUE = "/admin/moderation";

    private final Moderation moderation;

    ModerationPagesController(Moderation moderation) {
        this.moderation = moderation;
    }

    @GetMapping
    ModelAndView queue() {
        return new ModelAndView("engagement/moderation", Map.of(
                "reported", moderation.reported(),
                "filtered", moderation.filtered(),
                "history", moderation.history()));
    }

    @PostMapping("/comments/{id}/hide")
    ModelAndView hide(@PathVariable long id, @AuthenticationPrincipal Reader admin) {
        moderation.hide(id, admin.id());
        return Redirects.seeOther(QUEUE);
    }

    @PostMapping("/comments/{id}/restore")
    ModelAndView restore(@PathVariable long id, @AuthenticationPrincipal Reader admin) {
        moderation.restore(id, admin.id());
        return Redirects.seeOther(QUEUE);
    }

    @PostMapping("/comments/{id}/dismiss")
    ModelAndView dismiss(@PathVariable long id, @AuthenticationPrincipal Reader admin) {
        moderation.dismiss(id, admin.id());
        return Redirects.seeOther(QUEUE);
    }

    @PostMapping("/accounts/{id}/suspend")
    ModelAndView suspend(@PathVariable long id, @RequestParam(defaultValue = "7") int days,
                         @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal Reader admin) {
        moderation.suspend(id, days, note, admin.id());
        return Redirects.seeOther(QUEUE);
    }

    @PostMapping("/filtered/{id}/review")
    ModelAndView review(@PathVariable long id, @AuthenticationPrincipal Reader admin) {
        moderation.reviewFiltered(id, admin.id());
        return Redirects.seeOther(QUEUE);
    }
}
