package dev.sosik.rewards;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.sosik.account.Reader;
import dev.sosik.rewards.events.RewardEvents;
import dev.sosik.rewards.polls.Polls;
import dev.sosik.web.Kst;
import dev.sosik.web.Redirects;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Admins' rewards page and API (the security configuration admits admins only under /admin and /api/v1/admin):
 * grant or take points, create polls and events. Times in forms are KST.
 */
@Controller
class RewardsAdminController {

    private final PointAdjustments adjustments;
    private final Polls polls;
    private final RewardEvents events;

    RewardsAdminController(PointAdjustments adjustments, Polls polls, RewardEvents events) {
        this.adjustments = adjustments;
        this.polls = polls;
        this.events = events;
    }

    record Balance(int balance) {
    }

    record Created(long id) {
    }

    @GetMapping("/admin/rewards")
    ModelAndView page(@RequestParam(required = false) String done) {
        return new ModelAndView("rewards/admin", Map.of("requestId", UUID.randomUUID().toString(),
                "done", done == null ? "" : done));
    }

    @Operation(summary = "Admins: grant (positive points) or take (negative) a reader's points, with a reason")
    @PostMapping("/api/v1/admin/points")
    @ResponseBody
    Balance adjust(@RequestBody PointAdjustments.Adjustment adjustment, @AuthenticationPrincipal Reader admin) {
        return new Balance(adjustments.adjust(adjustment, admin.nickname()));
    }

    @PostMapping("/admin/rewards/points")
    ModelAndView adjustForm(@RequestParam(defaultValue = "") String nickname,
                            @RequestParam(required = false) Integer points,
                            @RequestParam(defaultValue = "") String reason,
                            @RequestParam(name = "request_id", defaultValue = "") String requestId,
                            @AuthenticationPrincipal Reader admin) {
        adjustments.adjust(new PointAdjustments.Adjustment(nickname, points, reason, requestId), admin.nickname());
        return Redirects.seeOther("/admin/rewards?done=points");
    }

    @Operation(summary = "Admins: create a poll (2 to 6 options)")
    @PostMapping("/api/v1/admin/polls")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Created createPoll(@RequestBody Polls.NewPoll poll) {
        return new Created(polls.create(poll));
    }

    @PostMapping("/admin/rewards/polls")
    ModelAndView createPollForm(@RequestParam(defaultValue = "") String question,
                                @RequestParam(name = "option", required = false) List<String> options,
                                @RequestParam(name = "opens_at", required = false) LocalDateTime opensAt,
                                @RequestParam(name = "closes_at", required = false) LocalDateTime closesAt,
                                @RequestParam(name = "article_id", required = false) Long articleId,
                                @RequestParam(name = "results_before_close", defaultValue = "false") boolean early,
                                @RequestParam(name = "election_date", required = false) LocalDate electionDate) {
        long id = polls.create(new Polls.NewPoll(question, options == null ? List.of() : options, kst(opensAt),
                kst(closesAt), articleId, early, electionDate));
        return Redirects.seeOther("/polls/" + id);
    }

    @Operation(summary = "Admins: create a time-limited event (rule join or attendance)")
    @PostMapping("/api/v1/admin/events")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Created createEvent(@RequestBody RewardEvents.NewEvent event) {
        return new Created(events.create(event));
    }

    @PostMapping("/admin/rewards/events")
    ModelAndView createEventForm(@RequestParam(defaultValue = "") String title,
                                 @RequestParam(defaultValue = "") String description,
                                 @RequestParam(defaultValue = "") String rule,
                                 @RequestParam(defaultValue = "0") int points,
                                 @RequestParam(name = "starts_at", required = false) LocalDateTime startsAt,
                                 @RequestParam(name = "ends_at", required = false) LocalDateTime endsAt) {
        events.create(new RewardEvents.NewEvent(title, description, rule, points, kst(startsAt), kst(endsAt)));
        return Redirects.seeOther("/events");
    }

    /** A datetime-local field's value, read as Korean time. */
    private static OffsetDateTime kst(LocalDateTime local) {
        return local == null ? null : local.atZone(Kst.ZONE).toOffsetDateTime();
    }
}
