package dev.sosik.article;

import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** An article with its body: sanitized paragraphs, safe to put into a page as they are. */
public record FullArticle(Article article, String bodyHtml) {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int SUMMARY_LENGTH = 120;

    /** The body's opening as plain text, for link previews and search snippets. */
    public String summary() {
        String text = SPACES.matcher(HtmlUtils.htmlUnescape(TAG.matcher(bodyHtml).replaceAll(" "))).replaceAll(" ")
                .strip();
        return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH - 1) + "…";
    }
}
