package dev.sosik.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an article container as the reader sees it: lines of text (a block element or a {@code <br>} ends a line)
 * and figures, in order. Link lists inside the container (related articles, tag clouds) are skipped.
 */
final class BodyReader {

    /** A piece of the body: a line of text or a figure. */
    sealed interface Block permits Line, Figure {
    }

    record Line(String text) implements Block {
    }

    /** An image with its alternative text and caption, either of which may be empty. */
    record Figure(String src, String alt, String caption) implements Block {
    }

    /** Where lazy-loading pages keep the real image while {@code src} shows a placeholder. */
    private static final List<String> IMAGE_SOURCES =
            List.of("data-src", "data-original", "data-lazy-src", "data-lazy", "data-url", "src");
    /** Images this small (by their width or height attribute) are icons, spacers or counters. */
    private static final int ICON_PIXELS = 100;
    /** File names of the stand-ins pages show before a lazy image or a video player has loaded. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)[/_-](?:no_?img|no_?image|placeholder|blank|spacer|loading|transparent|default)[^/]*$");
    private static final Pattern CAPTION_NAME = Pattern.compile("(?i)caption|(?:^|[\\s_-])cap(?:$|[\\s_-])");
    /** A block whose text is more than half links is a list of links (related articles, tags), not the article. */
    private static final double LINK_LIST = 0.5;

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    private BodyReader() {
    }

    static List<Block> read(Element container) {
        BodyReader reader = new BodyReader();
        reader.walk(container);
        reader.endLine();
        return reader.blocks;
    }

    private void walk(Node node) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                line.append(text.getWholeText());
            } else if (child instanceof Element element) {
                element(element);
            }
        }
    }

    private void element(Element element) {
        String tag = element.normalName();
        switch (tag) {
            case "br" -> endLine();
            case "figure" -> {
                endLine();
                figure(element);
            }
            case "img" -> {
                endLine();
                image(element).ifPresent(blocks::add);
            }
            default -> {
                if (BodyFinder.INLINE.contains(tag)) {
                    walk(element);
                } else if (!isLinkList(element) && !captionsLastFigure(element)) {
                    endLine();
                    walk(element);
                    endLine();
                }
            }
        }
    }

    /** A figure's images, the caption going with the last; a caption without an image is a line of text. */
    private void figure(Element figure) {
        Element caption = figure.selectFirst("figcaption");
        String captionText = caption == null ? "" : Spaces.collapse(caption.text());
        List<Figure> images = new ArrayList<>();
        for (Element img : figure.select("img")) {
            image(img).ifPresent(images::add);
        }
        if (images.isEmpty()) {
            if (!captionText.isEmpty()) {
                blocks.add(new Line(captionText));
            }
            return;
        }
        Figure last = images.removeLast();
        blocks.addAll(images);
        blocks.add(new Figure(last.src(), last.alt(), captionText));
    }

    private static Optional<Figure> image(Element img) {
        if (isIcon(img.attr("width")) || isIcon(img.attr("height"))) {
            return Optional.empty();
        }
        for (String attribute : IMAGE_SOURCES) {
            String url = img.absUrl(attribute);
            if ((url.startsWith("http://") || url.startsWith("https://")) && !PLACEHOLDER.matcher(url).find()) {
                return Optional.of(new Figure(url, Spaces.collapse(img.attr("alt")), ""));
            }
        }
        return Optional.empty();
    }

    private static boolean isIcon(String size) {
        if (size.contains("%")) {
            return false;
        }
        String digits = size.replaceAll("[^0-9]", "");
        return !digits.isEmpty() && digits.length() < 4 && Integer.parseInt(digits) < ICON_PIXELS;
    }

    /** A block of mostly link text; not a linked image, which pages use to open a larger one. */
    private static boolean isLinkList(Element element) {
        int length = Spaces.visibleLength(element.text());
        return length > 0 && Boilerplate.linkDensity(element, length) > LINK_LIST
                && element.selectFirst("a img") == null;
    }

    /**
     * Pages that do not write {@code <figure>} put an image's caption in an element named for it right after the
     * image ({@code <p class="img_caption">}); it becomes the caption of the figure just read, if that has none.
     */
    private boolean captionsLastFigure(Element element) {
        if (blocks.isEmpty() || !(blocks.getLast() instanceof Figure figure) || !figure.caption().isEmpty()
                || !line.toString().isBlank() || !CAPTION_NAME.matcher(element.className()).find()) {
            return false;
        }
        String caption = Spaces.collapse(element.text());
        if (caption.isEmpty()) {
            return false;
        }
        blocks.set(blocks.size() - 1, new Figure(figure.src(), figure.alt(), caption));
        return true;
    }

    private void endLine() {
        String text = Spaces.collapse(line.toString());
        line.setLength(0);
        if (!text.isEmpty()) {
            blocks.add(new Line(text));
        }
    }
}
