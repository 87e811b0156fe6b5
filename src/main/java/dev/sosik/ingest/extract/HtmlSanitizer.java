package dev.sosik.ingest.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Reduces foreign HTML to the few elements an article body needs. Everything else goes, with its content where the
 * content is code or a foreign document (script, style, iframe, object, embed, form...), and every link or image
 * must be an absolute http(s) URL (links may also be mailto:), so no javascript: or data: URL survives.
 */
public final class HtmlSanitizer {

    /** Removed with everything inside: their content is code, a foreign page or form controls, never article text. */
    private static final String DROPPED_WITH_CONTENT =
            "script, style, iframe, frame, frameset, object, embed, applet, form, noscript, template, svg, math,"
                    + " canvas, audio, video, select, textarea, button";

    /** Blocks the safelist lacks that often hold a paragraph's text (feeds put whole articles in divs). */
    private static final String TEXT_BLOCKS = "div, section, article, main, header, center, address, pre, dt, dd,"
            + " summary, details, caption";

    private static final Safelist ARTICLE = Safelist.none()
            .addTags("p", "br", "strong", "b", "em", "i", "u", "blockquote", "ul", "ol", "li", "h2", "h3", "h4",
                    "figure", "figcaption", "img", "a", "table", "thead", "tbody", "tr", "td", "th")
            .addAttributes("img", "src", "alt")
            .addAttributes("a", "href")
            .addProtocols("img", "src", "http", "https")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .preserveRelativeLinks(false);

    private HtmlSanitizer() {
    }

    /** The safe body fragment; relative URLs are resolved against {@code baseUri} and kept only if http(s). */
    public static String sanitize(String html, String baseUri) {
        String base = baseUri == null ? "" : baseUri;
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html, base);
        dirty.body().select(DROPPED_WITH_CONTENT).remove();
        keepBlocks(dirty.body());
        Document clean = new Cleaner(ARTICLE).clean(dirty);
        // An image whose source was refused is an empty box for the reader.
        clean.body().select("img:not([src])").remove();
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /**
     * Blocks the safelist lacks become the nearest one it has, so that their text does not run into the next
     * block's when the cleaner unwraps them: h1 is h2, h5 and h6 are h4, a div of text is a paragraph.
     */
    private static void keepBlocks(Element body) {
        body.select("h1").tagName("h2");
        body.select("h5, h6").tagName("h4");
        for (Element block : body.select(TEXT_BLOCKS)) {
            if (block.children().stream().noneMatch(Element::isBlock)) {
                block.tagName("p");
            }
        }
    }
}
