package dev.sosik.article;

import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.web.util.HtmlUtils;

/**
 * An article body as stored (sanitized paragraphs) and as text: built from plain-text paragraphs, each escaped
 * and wrapped in its own paragraph element, and read back as text with one line per paragraph.
 */
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

    /** The body as plain text, one line per paragraph (the first line is the lead). */
    public static String toText(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        List<Element> paragraphs = document.select("p, li, h2, h3, h4, blockquote, figcaption");
        if (paragraphs.isEmpty()) {
            return document.text();
        }
        return paragraphs.stream().map(Element::text).filter(text -> !text.isBlank())
                .collect(Collectors.joining("\n"));
    }
}
