package dev.sosik.article;

import java.util.List;

import dev.sosik.engagement.EngagementView;
import dev.sosik.web.EncodedHtml;

/**
 * Everything the article page shows besides the layout.
 *
 * @param article        the article with its figures as they are now
 * @param pointNews      it is point news (포인트 뉴스), as the kept content says (a reader's reading-reward box is
 *                       decided on the database itself, {@code ReadingOfferModel})
 * @param summary        the body's opening words, for link previews
 * @param body           the article's body, written into the page as it is
 * @param sectionTop     {section} 주요뉴스: ten articles of the article's section, rendered with the rankings
 * @param latest         트렌드 뉴스, 최신뉴스 tab, rendered with the rankings
 * @param popular        트렌드 뉴스, 인기뉴스 tab, rendered with the rankings
 * @param related        관련 기사: up to five articles on related subjects
 * @param storyVersions  같은 소식: the same event as other presses (and this press's other articles) reported it,
 *                       the first ten and how many in all
 * @param engagement     reactions and comments, with the viewer's own
 * @param structuredData schema.org NewsArticle as JSON, escaped for a script element
 * @param commentForm    what the comment form shows again after a refusal, or {@link CommentForm#EMPTY}
 */
public record ArticlePage(
        Article article,
        boolean pointNews,
        String summary,
        EncodedHtml body,
        EncodedHtml sectionTop,
        EncodedHtml latest,
        EncodedHtml popular,
        List<Headline> related,
        StoryVersions storyVersions,
        EngagementView engagement,
        String canonicalUrl,
        String structuredData,
        CommentForm commentForm) {

    /**
     * A comment or reply the reader is asked to fix: the text they wrote (never lost), the comment it answers
     * (null for a new comment) and why it was refused.
     */
    public record CommentForm(String draft, Long parentId, String error) {

        public static final CommentForm EMPTY = new CommentForm("", null, null);

        public String draftFor(Long parent) {
            return java.util.Objects.equals(parentId, parent) ? draft : "";
        }

        public String errorFor(Long parent) {
            return java.util.Objects.equals(parentId, parent) ? error : null;
        }
    }
}
