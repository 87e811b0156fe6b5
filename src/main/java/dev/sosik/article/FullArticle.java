package dev.sosik.article;

import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * An article with its body: sanitized paragraphs, safe to put into a page as they are.
 *
 * @param summary the body's opening as plain text, for link previews and search snippets (made once: the regular
 *                expressions over the whole body were an eighth of an article page's time)
 */
public record FullArticle(Article article, String bodyHtml, String summary) {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int SUMMARY_LENGTH = 120;

    public FullArticle(Article article, String bodyHtml) {
        this(article, bodyHtml, summaryOf(bodyHtml));
    }

    /** The same article with the figures read just now (the rest may come from a cache). */
    FullArticle withCounts(ArticleCounts now) {
        return new FullArticle(article.withCounts(now), bodyHtml, summary);
    }

    /**
     * The opening words of the body. Only as much of the body's beginning is read as that takes (cut after a tag,
     * never inside one): the whole body through the regular expressions was a tenth of an uncached page view.
     */
    private static String summaryOf(String bodyHtml) {
        for (int read = 1024; ; read *= 2) {
            int end = read >= bodyHtml.length() ? bodyHtml.length() : bodyHtml.lastIndexOf('>', read) + 1;
            String text = SPACES.matcher(HtmlUtils.htmlUnescape(TAG.matcher(bodyHtml.substring(0, end))
                    .replaceAll(" "))).replaceAll(" ").strip();
            if (text.length() > SUMMARY_LENGTH || end == bodyHtml.length()) {
                return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH - 1) + "…";
            }
        }
    }
}
