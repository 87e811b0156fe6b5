package dev.sosik.rewards.games;

import java.util.HashMap;
import java.util.Map;

import dev.sosik.account.Reader;
import dev.sosik.rewards.RewardRules;
import dev.sosik.rewards.SignedIn;
import dev.sosik.web.ClientErrorException;
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

/** 게임: the news quiz, one question at a time, as a page and as JSON. */
@Controller
class GamesController {

    private final Quizzes quizzes;
    private final RewardRules rules;

    GamesController(Quizzes quizzes, RewardRules rules) {
        this.quizzes = quizzes;
        this.rules = rules;
    }

    record AnswerRequest(Integer choice) {
    }

    @Operation(summary = "The reader's current quiz question (choices numbered from 0), a new one while today's last")
    @GetMapping("/api/v1/games/quiz")
    @ResponseBody
    Quizzes.Question quiz(@AuthenticationPrincipal Reader reader) {
        return quizzes.current(SignedIn.id(reader));
    }

    @Operation(summary = "Answer a quiz given to this reader: {choice} from 0 to 3; right answers earn points")
    @PostMapping("/api/v1/games/quiz/{id}/answer")
    @ResponseBody
    Quizzes.Result answer(@PathVariable long id, @RequestBody AnswerRequest request,
                          @AuthenticationPrincipal Reader reader) {
        return quizzes.answer(id, SignedIn.id(reader), request.choice());
    }

    @GetMapping("/games")
    ModelAndView page(@RequestParam(required = false) Long answered, @AuthenticationPrincipal Reader reader) {
        Map<String, Object> model = new HashMap<>();
        model.put("points", rules.quizPoints());
        model.put("perDay", rules.quizzesPerDay());
        if (reader != null) {
            if (answered != null) {
                quizzes.answered(answered, reader.id()).ifPresent(result -> model.put("result", result));
            }
            try {
                model.put("question", quizzes.current(reader.id()));
            } catch (ClientErrorException e) {
                model.put("notice", e.getMessage());
            }
        }
        return new ModelAndView("rewards/games", model);
    }

    @PostMapping("/games/quiz/{id}/answer")
    ModelAndView answerForm(@PathVariable long id, @RequestParam(required = false) Integer choice,
                            @AuthenticationPrincipal Reader reader) {
        quizzes.answer(id, SignedIn.id(reader), choice);
        return Redirects.seeOther("/games?answered=" + id);
    }
}
