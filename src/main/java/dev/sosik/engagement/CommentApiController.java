package dev.sosik.engagement;

import java.net.URI;
import java.util.List;
import java.util.Map;

import dev.sosik.account.Reader;
import dev.sosik.web.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Comments, replies, votes and reports for API clients (snake_case JSON; errors as problem details). */
@RestController
@RequestMapping("/api/v1")
class CommentApiController {

    private final ArticleEngagement engagement;
    private final Comments comments;
    private final CommentVotes votes;
    private final CommentReports reports;

    CommentApiController(ArticleEngagement engagement, Comments comments, CommentVotes votes,
                         CommentReports reports) {
        this.engagement = engagement;
        this.comments = comments;
        this.votes = votes;
        this.reports = reports;
    }

    record CommentRequest(String body) {
    }

    record VoteRequest(String type) {
    }

    record ReportRequest(String reason) {
    }

    record CommentList(List<CommentJson> items, String nextCursor) {
    }

    record ReportReceipt(long commentId, String status) {
    }

    @Operation(summary = "An article's comment threads: sort latest, recommended or replies")
    @GetMapping("/articles/{id}/comments")
    CommentList list(@PathVariable long id, @RequestParam(required = false) String sort,
                     @RequestParam(required = false) String cursor, @AuthenticationPrincipal Reader reader) {
        if (sort != null && !sort.equals(CommentSort.of(sort).code())) {
            throw new BadRequestException("sort는 latest, recommended, replies 중 하나여야 합니다.");
        }
        engagement.requireArticle(id);
        CommentPage page = engagement.comments(id, CommentSort.of(sort), cursor);
        Map<Long, VoteType> mine = engagement.myVotes(reader == null ? null : reader.id(), page);
        return new CommentList(page.threads().stream()
                .map(thread -> CommentJson.of(thread.comment(), mine.get(thread.comment().id()),
                        thread.replies().stream().map(reply -> CommentJson.of(reply, mine.get(reply.id()), null))
                                .toList()))
                .toList(),
                page.next() == null ? null : page.next().encode());
    }

    @Operation(summary = "One comment")
    @GetMapping("/comments/{id}")
    CommentJson comment(@PathVariable long id, @AuthenticationPrincipal Reader reader) {
        Comment comment = comments.requireVisible(id);
        return CommentJson.of(comment,
                reader == null ? null : votes.mine(reader.id(), List.of(id)).get(id), null);
    }

    @Operation(summary = "A comment's visible replies, oldest first")
    @GetMapping("/comments/{id}/replies")
    CommentList replies(@PathVariable long id, @AuthenticationPrincipal Reader reader) {
        comments.requireVisible(id);
        List<Comment> replies = comments.replies(id);
        var mine = reader == null ? java.util.Map.<Long, VoteType>of()
                : votes.mine(reader.id(), replies.stream().map(Comment::id).toList());
        return new CommentList(replies.stream().map(reply -> CommentJson.of(reply, mine.get(reply.id()), null))
                .toList(), null);
    }

    @Operation(summary = "Write a comment (1 to 500 characters)")
    @PostMapping("/articles/{id}/comments")
    ResponseEntity<CommentJson> post(@PathVariable long id, @RequestBody CommentRequest request,
                                     @AuthenticationPrincipal Reader reader) {
        return created(comments.post(id, reader.id(), request.body()));
    }

    @Operation(summary = "Reply to a top-level comment")
    @PostMapping("/comments/{id}/replies")
    ResponseEntity<CommentJson> reply(@PathVariable long id, @RequestBody CommentRequest request,
                                      @AuthenticationPrincipal Reader reader) {
        return created(comments.reply(id, reader.id(), request.body()));
    }

    @Operation(summary = "Recommend (up) or not (down); one vote per reader, changeable")
    @PutMapping("/comments/{id}/vote")
    CommentJson vote(@PathVariable long id, @RequestBody VoteRequest request,
                     @AuthenticationPrincipal Reader reader) {
        VoteType type = VoteType.of(request.type())
                .orElseThrow(() -> new BadRequestException("type은 up 또는 down이어야 합니다."));
        return CommentJson.of(votes.vote(id, reader.id(), type), type, null);
    }

    @Operation(summary = "Withdraw one's vote")
    @DeleteMapping("/comments/{id}/vote")
    CommentJson withdrawVote(@PathVariable long id, @AuthenticationPrincipal Reader reader) {
        return CommentJson.of(votes.withdraw(id, reader.id()), null, null);
    }

    @Operation(summary = "Delete one's own comment")
    @DeleteMapping("/comments/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal Reader reader) {
        comments.delete(id, reader.id());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Report (신고) a comment with a reason")
    @PostMapping("/comments/{id}/reports")
    ResponseEntity<ReportReceipt> report(@PathVariable long id, @RequestBody ReportRequest request,
                                         @AuthenticationPrincipal Reader reader) {
        reports.report(id, reader.id(), request.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(new ReportReceipt(id, "received"));
    }

    private static ResponseEntity<CommentJson> created(Comment comment) {
        return ResponseEntity.created(URI.create("/api/v1/comments/" + comment.id()))
                .body(CommentJson.of(comment, null, null));
    }
}
