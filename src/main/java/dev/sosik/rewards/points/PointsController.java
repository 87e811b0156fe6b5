package dev.sosik.rewards.points;

import java.util.Map;

import dev.sosik.account.Reader;
import dev.sosik.rewards.RewardRules;
import dev.sosik.rewards.SignedIn;
import dev.sosik.web.Kst;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/** A reader's points: balance, history and what expires next, as a page and as JSON. */
@Controller
class PointsController {

    static final int HISTORY = 100;

    private final Ledger ledger;
    private final RewardRules rules;

    PointsController(Ledger ledger, RewardRules rules) {
        this.ledger = ledger;
        this.rules = rules;
    }

    @Operation(summary = "The reader's balance, history (newest first) and points that expire next")
    @GetMapping("/api/v1/me/points")
    @ResponseBody
    MyPoints api(@AuthenticationPrincipal Reader reader) {
        return mine(SignedIn.id(reader));
    }

    @GetMapping("/me/points")
    ModelAndView page(@AuthenticationPrincipal Reader reader) {
        return new ModelAndView("rewards/points", Map.of("points", mine(SignedIn.id(reader))));
    }

    private MyPoints mine(long readerId) {
        ledger.expire(readerId);
        return new MyPoints(ledger.balance(readerId),
                ledger.entries(readerId, HISTORY).stream().map(MyPoints.EntryJson::of).toList(),
                ledger.expiring(readerId).stream()
                        .map(lot -> new MyPoints.ExpiringJson(lot.points(), Kst.offset(lot.expiresAt()))).toList(),
                rules.expiryMonths());
    }
}
