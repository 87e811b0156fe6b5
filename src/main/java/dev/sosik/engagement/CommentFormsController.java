package dev.sosik.engagement;

import dev.sosik.account.Reader;
import dev.sosik.web.BadRequestException;
import dev.sosik.web.Redirects;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The comment buttons of the article page as plain forms: 추천/비추천, 삭제 and 신고. */
@Controller
class CommentFormsController {

    private final Comments comments;
    private final CommentVotes votes;
    private final CommentReports reports;

    CommentFormsController(Comments comments, CommentVotes votes, CommentReports reports) {
        this.comments = comments;
        this.votes = votes;
        this.reports = reports;
    }

    /** Votes; pressing the vote already given withdraws it. */
    @PostMapping("/comments/{id}/vote")
    ModelAndView vote(@PathVariable long id, @RequestParam(defaultValue = "") String type,
                      @AuthenticationPrincipal Reader reader) {
        VoteType chosen = VoteType.of(type).orElseThrow(() -> new BadRequestException("알 수 없는 투표입니다: " + type));
        return backTo(votes.toggle(id, reader.id(), chosen));
    }

    @PostMapping("/comments/{id}/delete")
    ModelAndView delete(@PathVariable long id, @AuthenticationPrincipal Reader reader) {
        Comment comment = comments.requireVisible(id);
        comments.delete(id, reader.id());
        return Redirects.seeOther("/articles/" + comment.articleId() + "#comments");
    }

    @PostMapping("/comments/{id}/reports")
    ModelAndView report(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                        @AuthenticationPrincipal Reader reader, HttpServletRequest request) {
        reports.report(id, reader.id(), reason);
        RequestContextUtils.getOutputFlashMap(request).put("notice", "신고가 접수되었습니다. 운영 원칙에 따라 검토하겠습니다.");
        return backTo(comments.find(id).orElseThrow());
    }

    private static ModelAndView backTo(Comment comment) {
        return Redirects.seeOther("/articles/" + comment.articleId() + "#comment-" + comment.id());
    }
}
