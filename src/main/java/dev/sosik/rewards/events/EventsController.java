package dev.sosik.rewards.events;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import dev.sosik.account.Reader;
import dev.sosik.rewards.RewardRules;
import dev.sosik.rewards.SignedIn;
import dev.sosik.web.Redirects;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** 이벤트: the attendance check with its month calendar, and the events running now. */
@Controller
class EventsController {

    private final Attendance attendance;
    private final RewardEvents events;
    private final RewardRules rules;

    EventsController(Attendance attendance, RewardEvents events, RewardRules rules) {
        this.attendance = attendance;
        this.events = events;
        this.rules = rules;
    }

    record Joined(int points) {
    }

    @Operation(summary = "Check in for today (once per KST day); pays points with a streak bonus")
    @PostMapping("/api/v1/events/attendance")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Attendance.Checked check(@AuthenticationPrincipal Reader reader) {
        return attendance.check(SignedIn.id(reader));
    }

    @Operation(summary = "Join a running event whose rule is join; pays its points once")
    @PostMapping("/api/v1/events/{id}/join")
    @ResponseBody
    Joined join(@PathVariable long id, @AuthenticationPrincipal Reader reader) {
        return new Joined(events.join(id, SignedIn.id(reader)));
    }

    @GetMapping("/events")
    ModelAndView page(@AuthenticationPrincipal Reader reader) {
        Map<String, Object> model = new HashMap<>();
        var running = events.running();
        model.put("events", running);
        model.put("rules", rules);
        if (reader != null) {
            model.put("checkedToday", attendance.checkedOn(reader.id(), rules.today()));
            model.put("streak", attendance.streak(reader.id()));
            model.put("calendar", MonthCalendar.of(rules.today(),
                    attendance.checkedDays(reader.id(), YearMonth.from(rules.today()))));
            model.put("joined", running.stream().filter(event -> events.joined(event.id(), reader.id()))
                    .map(RewardEvent::id).toList());
        } else {
            model.put("calendar", MonthCalendar.of(rules.today(), Set.of()));
        }
        return new ModelAndView("rewards/events", model);
    }

    @PostMapping("/events/attendance")
    ModelAndView checkForm(@AuthenticationPrincipal Reader reader) {
        attendance.check(SignedIn.id(reader));
        return Redirects.seeOther("/events#attendance");
    }

    @PostMapping("/events/{id}/join")
    ModelAndView joinForm(@PathVariable long id, @AuthenticationPrincipal Reader reader) {
        events.join(id, SignedIn.id(reader));
        return Redirects.seeOther("/events#event-" + id);
    }
}
