package dev.sosik.article;

import java.util.Map;

import dev.sosik.account.Reader;
import dev.sosik.article.ArticlePage.CommentForm;
import dev.sosik.engagement.ArticleEngagement;
import dev.sosik.engagement.Comment;
import dev.sosik.engagement.Comments;
import dev.sosik.engagement.ReactionCounts;
import dev.sosik.engagement.ReactionType;
import dev.sosik.engagement.Reactions;
import dev.sosik.ranking.RankingKey;
import dev.sosik.ranking.RankingKind;
import dev.sosik.ranking.RankingWidgets;
import dev.sosik.web.BadRequestException;
import dev.sosik.web.ClientErrorException;
import dev.sosik.web.NotFoundException;
import dev.sosik.web.Redirects;
import dev.sosik.web.SameForEveryGuest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The article page, the hot path of the whole portal, and its plain forms: a reaction, a comment or a reply.
 * A refused comment shows the page again with the reader's text kept in the form and the reason above it.
 */
@Controller
class ArticlePageController {

    static final int WIDGET_SIZE = 10;
    static final int RELATED = 5;

    private final Articles articles;
    private final StructuredData structuredData;
    private final ArticleEngagement engagement;
    private final Reactions reactions;
    private final Comments comments;
    private final ArticlePageCache contents;
    private final RankingWidgets widgets;

    ArticlePageController(Articles articles, StructuredData structuredData, ArticleEngagement engagement,
                          Reactions reactions, Comments comments, ArticlePageCache contents, RankingWidgets widgets) {
        this.articles = articles;
        this.structuredData = structuredData;
        this.engagement = engagement;
        this.reactions = reactions;
        this.comments = comments;
        this.contents = contents;
        this.widgets = widgets;
    }

    @GetMapping("/articles/{id}")
    @SameForEveryGuest(untilChanged = true)
    ModelAndView show(@PathVariable long id, @RequestParam(required = false) String sort,
                      @RequestParam(required = false) String cursor, @AuthenticationPrincipal Reader viewer) {
        return page(id, sort, cursor, viewer, CommentForm.EMPTY);
    }

    /** Sets the reader's reaction; choosing the one already chosen withdraws it. */
    @PostMapping("/articles/{id}/reaction")
    ModelAndView react(@PathVariable long id, @RequestParam(defaultValue = "") String type,
                       @AuthenticationPrincipal Reader reader) {
        ReactionType chosen = ReactionType.of(type)
                .orElseThrow(() -> new BadRequestException("알 수 없는 반응입니다: " + type));
        reactions.toggle(id, reader.id(), chosen);
        return Redirects.seeOther("/articles/" + id + "#reactions");
    }

    @PostMapping("/articles/{id}/comments")
    ModelAndView comment(@PathVariable long id, @RequestParam(defaultValue = "") String body,
                         @RequestParam(name = "parent_id", required = false) Long parentId,
                         @AuthenticationPrincipal Reader reader) {
        try {
            Comment written = parentId == null
                    ? comments.post(id, reader.id(), body)
                    : comments.reply(parentId, reader.id(), body);
            return Redirects.seeOther("/articles/" + id + "#comment-" + written.id());
        } catch (ClientErrorException e) {
            if (e instanceof NotFoundException && parentId == null) {
                throw e;
            }
            ModelAndView page = page(id, null, null, reader, new CommentForm(body, parentId, e.getMessage()));
            page.setStatus(e.status());
            return page;
        }
    }

    private static ReactionCounts reactionTotals(ArticleCounts counts) {
        return new ReactionCounts(counts.joy(), counts.cheer(), counts.disappointed(), counts.sad(), null);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("기사를 찾을 수 없습니다. 삭제되었거나 주소가 잘못되었습니다.");
    }

    private ModelAndView page(long id, String sort, String cursor, Reader viewer, CommentForm commentForm) {
        ArticlePageCache.Content content = contents.find(id).orElseThrow(ArticlePageController::notFound);
        Article article = content.article().withCounts(articles.counts(id)
                .orElseThrow(ArticlePageController::notFound));
        String pageUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path(article.pagePath()).toUriString();
        var page = new ArticlePage(
                article,
                content.pointNews(),
                content.summary(),
                content.body(),
                widgets.list(RankingKey.of(RankingKind.TOP, article.category().code()), WIDGET_SIZE),
                widgets.list(RankingKey.of(RankingKind.LATEST, null), WIDGET_SIZE),
                widgets.list(RankingKey.of(RankingKind.POPULAR, null), WIDGET_SIZE),
                content.related(),
                content.storyVersions(),
                engagement.view(id, reactionTotals(article.counts()), viewer == null ? null : viewer.id(), sort,
                        cursor),
                pageUrl,
                content.structuredData().forPage(pageUrl, url -> structuredData.newsArticle(content.article(), url)),
                commentForm);
        return new ModelAndView("article/page", Map.of("page", page));
    }
}
