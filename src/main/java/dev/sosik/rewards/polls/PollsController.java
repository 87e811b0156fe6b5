package dev.sosik.rewards.polls;

import java.util.List;
import java.util.Map;

import dev.sosik.account.Reader;
import dev.sosik.rewards.RewardRules;
import dev.sosik.rewards.SignedIn;
import dev.sosik.web.BadRequestException;
import dev.sosik.web.NotFoundException;
import dev.sosik.web.Redirects;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/** 투표: the list of polls and each poll's page, the plain vote form, and the same for the API. */
@Controller
class PollsController {

    private final Polls polls;
    private final RewardRules rules;

    PollsController(Polls polls, RewardRules rules) {
        this.polls = polls;
        this.rules = rules;
    }

    record PollList(List<PollView> items) {
    }

    record VoteRequest(Long optionId) {
    }

    @Operation(summary = "Polls that have opened, open ones first; counts only where results may be shown")
    @GetMapping("/api/v1/polls")
    @ResponseBody
    PollList list(@AuthenticationPrincipal Reader reader) {
        return new PollList(views(reader));
    }

    @Operation(summary = "Vote once (a vote cannot be changed); earns points")
    @PostMapping("/api/v1/polls/{id}/vote")
    @ResponseBody
    PollView vote(@PathVariable long id, @RequestBody VoteRequest request, @AuthenticationPrincipal Reader reader) {
        long readerId = SignedIn.id(reader);
        if (request.optionId() == null) {
            throw new BadRequestException("option_id가 필요합니다.");
        }
        return PollView.of(polls.vote(id, readerId, request.optionId()), rules.now(), request.optionId());
    }

    @GetMapping("/polls")
    ModelAndView page(@AuthenticationPrincipal Reader reader) {
        return new ModelAndView("rewards/polls", Map.of("polls", views(reader), "points", rules.pollPoints()));
    }

    @GetMapping("/polls/{id}")
    ModelAndView one(@PathVariable long id, @AuthenticationPrincipal Reader reader) {
        Poll poll = polls.find(id).filter(found -> found.statusAt(rules.now()) != Poll.Status.UPCOMING)
                .orElseThrow(() -> new NotFoundException(Polls.NOT_FOUND));
        return new ModelAndView("rewards/polls", Map.of("polls", List.of(view(poll, reader)),
                "points", rules.pollPoints()));
    }

    @PostMapping("/polls/{id}/vote")
    ModelAndView voteForm(@PathVariable long id, @RequestParam(name = "option_id", required = false) Long optionId,
                          @AuthenticationPrincipal Reader reader) {
        if (optionId == null) {
            throw new BadRequestException("선택지를 골라 주세요.");
        }
        polls.vote(id, SignedIn.id(reader), optionId);
        return Redirects.seeOther("/polls/" + id);
    }

    private List<PollView> views(Reader reader) {
        return polls.opened().stream().map(poll -> view(poll, reader)).toList();
    }

    private PollView view(Poll poll, Reader reader) {
        return PollView.of(poll, rules.now(), reader == null ? null : polls.vote(poll.id(), reader.id()).orElse(null));
    }
}
