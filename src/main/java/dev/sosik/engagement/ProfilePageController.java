package dev.sosik.engagement;

import java.util.Map;

import dev.sosik.account.Account;
import dev.sosik.account.Accounts;
import dev.sosik.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** A reader's public profile: their live comments and counts, as Korean portals disclose comment history. */
@Controller
class ProfilePageController {

    static final int SHOWN_COMMENTS = 50;

    private final Accounts accounts;
    private final Comments comments;

    ProfilePageController(Accounts accounts, Comments comments) {
        this.accounts = accounts;
        this.comments = comments;
    }

    @GetMapping("/users/{nickname}")
    ModelAndView profile(@PathVariable String nickname) {
        Account account = accounts.findByNickname(nickname)
                .orElseThrow(() -> new NotFoundException("없는 회원입니다: " + nickname));
        return new ModelAndView("engagement/profile", Map.of(
                "account", account,
                "totals", comments.totals(account.id()),
                "comments", comments.byReader(account.id(), SHOWN_COMMENTS)));
    }
}
