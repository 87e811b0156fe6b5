package dev.sosik.article;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/** Builds an article body from plain-text paragraphs: each escaped and wrapped in its own paragraph element. */
public final class BodyHtml {

    private BodyHtml() {
    }

    public static String fromParagraphs(List<String> paragraphs) {
        var html = new StringBuilder();
        for (String paragraph : paragraphs) {
            String text = paragraph.strip();
            if (!text.isEmpty()) {
                html.append("<p>").append(HtmlUtils.htmlEscape(text, "UTF-8")).append("</p>\n");
            }
        }
        return html.toString();
    }
}
