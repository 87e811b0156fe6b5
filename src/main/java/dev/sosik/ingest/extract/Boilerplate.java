package dev.sosik.ingest.extract;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What surrounds an article on a news page and is never part of it: code, forms, navigation, hidden elements, and
 * the widgets that Korean pages name in their classes (share, comment, related, ad, banner, reaction...).
 */
final class Boilerplate {

    /** Never article text, wherever they are. */
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, frame, object, embed, applet,"
            + " form, button, input, select, textarea, label, nav, aside, footer, svg, canvas, video, audio, map, ins,"
            + " dialog, menu, link, meta";
    private static final String HIDDEN = "[hidden], [aria-hidden=true], .hide, .hidden, .blind, .sr-only, .ir,"
            + " .screen_out, .visually-hidden, .skip";
    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** Class or id words of widgets; matched against whole words of the names ({@code article_relation_area}). */
    private static final Pattern WIDGET_WORD = Pattern.compile("(?i)share|sns|social|comments?|reply|replies|"
            + "related|relation|recommend(?:ed)?|popular|most|ranking|rank|banner|ads?|advert(?:isement)?|adsense|"
            + "sponsor(?:ed)?|subscribe|subscription|newsletter|promo|promotion|gnb|lnb|snb|breadcrumbs?|"
            + "pagination|paging|tags?|keywords?|hashtags?|reactions?|emotion|likes?|print|toolbar|taboola|dable|cmt|"
            + "outbrain|morenews|popup|modal|login|copyright|footer|header|sitemap|weather|quiz|vote|survey");
    /**
     * An element named like a widget is one when it has less text than this, or more links than this share of it:
     * a page that wraps its article in a class such as "news_header_area" must not lose the article.
     */
    private static final int WIDGET_TEXT = 400;
    private static final double WIDGET_LINKS = 0.3;
    private static final Pattern NAME_WORDS = Pattern.compile("[\\s_\\-]+|(?<=[a-z])(?=[A-Z])|\\d+");

    private Boilerplate() {
    }

    /** Removes from the element everything that cannot be the article's text. */
    static void strip(Element root) {
        root.select(NEVER_TEXT).remove();
        root.select(HIDDEN).remove();
        for (Element element : root.select("[style]")) {
            if (HIDDEN_STYLE.matcher(element.attr("style")).find()) {
                element.remove();
            }
        }
        for (Element element : root.select("[class], [id]")) {
            // a widget inside a removed widget is gone already
            if (element != root && element.ownerDocument() == root.ownerDocument() && isWidget(element)) {
                element.remove();
            }
        }
    }

    /** Whether the class or id names a widget, and the element is small or mostly links, as widgets are. */
    private static boolean isWidget(Element element) {
        if (!namesWidget(element.className()) && !namesWidget(element.id())) {
            return false;
        }
        int length = Spaces.visibleLength(element.text());
        return length < WIDGET_TEXT || linkDensity(element, length) > WIDGET_LINKS;
    }

    private static boolean namesWidget(String names) {
        if (names.isBlank()) {
            return false;
        }
        for (String word : NAME_WORDS.split(names)) {
            if (!word.isEmpty() && WIDGET_WORD.matcher(word.toLowerCase(Locale.ROOT)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The share of the element's visible text that sits in links. */
    static double linkDensity(Element element, int visibleLength) {
        if (visibleLength == 0) {
            return 0;
        }
        int inLinks = 0;
        for (Element link : element.select("a")) {
            inLinks += Spaces.visibleLength(link.text());
        }
        return (double) inLinks / visibleLength;
    }
}
