package dev.sosik.article;

import org.springframework.web.util.HtmlUtils;

/**
 * An article with its body (sanitized paragraphs, safe to put into a page as they are) and its story.
 *
 * @param story     the same-story group it belongs to (null until grouping has run)
 * @param pointNews it is point news (포인트 뉴스), which pays reading points
 * @param summary   the body's opening as plain text, for link previews and search snippets (made once: the regular
 *                  expressions over the whole body were an eighth of an article page's time)
 */
public record FullArticle(Article article, Long story, boolean pointNews, String bodyHtml, String summary) {

    private static final int SUMMARY_LENGTH = 120;
    /** Enough of the body's text for a summary, however many character references it holds. */
    private static final int SUMMARY_SOURCE = 10 * SUMMARY_LENGTH;

    public FullArticle(Article article, Long story, boolean pointNews, String bodyHtml) {
        this(article, story, pointNews, bodyHtml, summaryOf(bodyHtml));
    }

    FullArticle withArticle(Article changed) {
        return new FullArticle(changed, story, pointNews, bodyHtml, summary);
    }

    /**
     * The opening words of the body: its text without tags, spaces run together. Only the body's beginning is
     * read: the whole body through regular expressions was a tenth of an uncached page view.
     */
    private static String summaryOf(String bodyHtml) {
        var source = new StringBuilder();
        boolean inTag = false;
        for (int i = 0; i < bodyHtml.length() && source.length() < SUMMARY_SOURCE; i++) {
            char c = bodyHtml.charAt(i);
            if (inTag || c == '<') {
                inTag = c != '>';
                if (!inTag) {
                    source.append(' ');
                }
            } else {
                source.append(c);
            }
        }
        String text = spacesRunTogether(HtmlUtils.htmlUnescape(source.toString()));
        return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH - 1) + "…";
    }

    private static String spacesRunTogether(String text) {
        var out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
