package dev.sosik.ingest.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds an article's paragraphs on a page it has never seen, by text density: every block
 * with a paragraph's worth of its own text (not link text) gives that length to itself, its parent and half of it
 * to its grandparent; the element with the highest score, discounted by its share of link text, wins. Korean pages
 * often write the whole article as text and {@code <br>}s in one element, which is why a block scores for itself.
 */
final class BodyFinder {

    /** Visible characters a block needs to count as a paragraph; shorter ones are labels, buttons, captions. */
    private static final int PARAGRAPH = 25;
    /** Scores this close count as a tie, and a tie goes to the descendant: the tighter container. */
    private static final double TIE = 0.97;

    static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data",
            "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
            "sup", "time", "tt", "u", "var", "wbr");

    private BodyFinder() {
    }

    /** The article's container inside the (already stripped) root, or the root itself when nothing scores. */
    static Element find(Element root) {
        Element scored = byDensity(root);
        Element declared = declaredBody(root);
        if (declared != null && (scored == null
                || Spaces.visibleLength(declared.text()) * 2 >= Spaces.visibleLength(scored.text()))) {
            return declared; // schema.org microdata says where the body is; trust it unless it holds far less
        }
        return scored != null ? scored : root;
    }

    private static Element declaredBody(Element root) {
        Element largest = null;
        int largestLength = PARAGRAPH - 1;
        for (Element candidate : root.select("[itemprop=articleBody]")) {
            int length = Spaces.visibleLength(candidate.text());
            if (length > largestLength) {
                largest = candidate;
                largestLength = length;
            }
        }
        return largest;
    }

    private static Element byDensity(Element root) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : root.getAllElements()) {
            if (INLINE.contains(element.normalName())) {
                continue; // its text is its block's
            }
            int own = ownTextLength(element);
            if (own < PARAGRAPH) {
                continue;
            }
            scores.merge(element, (double) own, Double::sum);
            Element parent = element.parent();
            if (parent != null) {
                scores.merge(parent, (double) own, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), own / 2.0, Double::sum);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        // getAllElements() is in document order, so ancestors come before their descendants.
        for (Element element : root.getAllElements()) {
            Double raw = scores.get(element);
            if (raw == null) {
                continue;
            }
            double score = raw * (1 - Boilerplate.linkDensity(element, Spaces.visibleLength(element.text())));
            if (best == null || score > bestScore) {
                best = element;
                bestScore = score;
            } else if (score >= bestScore * TIE && isInside(element, best)) {
                best = element;
            }
        }
        return best;
    }

    /** Text in the element's own text nodes and in its inline children, links excepted. */
    private static int ownTextLength(Element element) {
        int length = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                length += Spaces.visibleLength(text.text());
            } else if (child instanceof Element inline && INLINE.contains(inline.normalName())
                    && !inline.normalName().equals("a")) {
                length += ownTextLength(inline);
            }
        }
        return length;
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }
}
