package dev.sosik.engagement;

import dev.sosik.account.Reader;
import dev.sosik.web.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The four reactions for API clients and the article page's script. */
@RestController
@RequestMapping("/api/v1/articles/{id}/reaction")
class ReactionApiController {

    private final Reactions reactions;
    private final ArticleEngagement engagement;

    ReactionApiController(Reactions reactions, ArticleEngagement engagement) {
        this.reactions = reactions;
        this.engagement = engagement;
    }

    record ReactionRequest(String type) {
    }

    /** The totals, and the reader's own reaction (null for none or a guest). */
    record ReactionJson(String mine, Totals counts) {

        record Totals(long joy, long cheer, long disappointed, long sad) {
        }

        static ReactionJson of(ReactionCounts counts) {
            return new ReactionJson(counts.mine() == null ? null : counts.mine().code(),
                    new Totals(counts.joy(), counts.cheer(), counts.disappointed(), counts.sad()));
        }
    }

    @Operation(summary = "The reaction totals and the reader's own reaction")
    @GetMapping
    ReactionJson get(@PathVariable long id, @AuthenticationPrincipal Reader reader) {
        engagement.requireArticle(id);
        return ReactionJson.of(reactions.counts(id, reader == null ? null : reader.id()));
    }

    @Operation(summary = "React: joy (기뻐요), cheer (응원해요), disappointed (실망이에요) or sad (슬퍼요)")
    @PutMapping
    ReactionJson react(@PathVariable long id, @RequestBody ReactionRequest request,
                       @AuthenticationPrincipal Reader reader) {
        ReactionType type = ReactionType.of(request.type()).orElseThrow(() ->
                new BadRequestException("type은 joy, cheer, disappointed, sad 중 하나여야 합니다."));
        return ReactionJson.of(reactions.react(id, reader.id(), type));
    }

    @Operation(summary = "Withdraw one's reaction")
    @DeleteMapping
    ReactionJson withdraw(@PathVariable long id, @AuthenticationPrincipal Reader reader) {
        return ReactionJson.of(reactions.withdraw(id, reader.id()));
    }
}
