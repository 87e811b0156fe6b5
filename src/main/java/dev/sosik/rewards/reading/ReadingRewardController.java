package dev.sosik.rewards.reading;

import dev.sosik.account.Reader;
import dev.sosik.web.Redirects;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/** The claim of a reading reward: the box's script posts JSON, a browser without script posts the form. */
@Controller
class ReadingRewardController {

    private final ReadingRewards rewards;

    ReadingRewardController(ReadingRewards rewards) {
        this.rewards = rewards;
    }

    record ClaimRequest(String token) {
    }

    @Operation(summary = "Claim the points for reading a point news article, with the token of its page")
    @PostMapping("/api/v1/articles/{id}/read-reward")
    @ResponseBody
    ReadingRewards.Claimed claim(@PathVariable long id, @RequestBody ClaimRequest request,
                                 @AuthenticationPrincipal Reader reader) {
        return rewards.claim(id, reader.id(), request.token());
    }

    @PostMapping("/articles/{id}/read-reward")
    ModelAndView claimForm(@PathVariable long id, @RequestParam(defaultValue = "") String token,
                           @AuthenticationPrincipal Reader reader) {
        rewards.claim(id, reader.id(), token);
        return Redirects.seeOther("/articles/" + id + "#read-reward");
    }
}
