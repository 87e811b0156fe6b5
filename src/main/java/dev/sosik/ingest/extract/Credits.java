package dev.sosik.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.sosik.ingest.extract.Bylines.Byline;

/** Who the page says wrote the article, outside the body: its metadata, or a byline element it prints. */
final class Credits {

    private static final List<String> AUTHOR_META = List.of("author", "article:author", "og:article:author",
            "dable:author", "dd:author", "byl", "sailthru.author", "parsely-author");
    private static final Pattern BYLINE_NAMES = Pattern.compile("(?i)byline|reporter|writer|author|journalist|기자");
    /** Longer than this, an element named for the byline holds more than one (the reporter's other articles). */
    private static final int BYLINE_TEXT = 200;

    private final Document document;
    private final JsonLd jsonLd;
    private final PageMeta meta;
    private final PressNames press;

    Credits(Document document, JsonLd jsonLd, PageMeta meta, PressNames press) {
        this.document = document;
        this.jsonLd = jsonLd;
        this.meta = meta;
        this.press = press;
    }

    /** The reporters the JSON-LD or the meta tags credit, never the press itself; empty when they credit none. */
    Optional<Byline> fromMetadata() {
        List<String> names = new ArrayList<>();
        String email = null;
        for (JsonLd.Author author : jsonLd.authors()) {
            if (!press.isPress(author.name())) {
                names.add(Bylines.withoutRole(author.name()));
                email = email != null ? email : author.email();
            }
        }
        for (String key : AUTHOR_META) {
            if (!names.isEmpty()) {
                break;
            }
            meta.all(key).stream()
                    .filter(name -> !name.contains("://") && !press.isPress(name))
                    .findFirst()
                    .ifPresent(name -> names.add(Bylines.withoutRole(name.replaceFirst("(?i)^by\\s+", ""))));
        }
        if (names.isEmpty() && email == null) {
            return Optional.empty();
        }
        return Optional.of(new Byline(names.isEmpty() ? null : String.join(", ", names.stream().distinct().toList()),
                email));
    }

    /** A byline printed in an element named for it ({@code class="byline"}, {@code rel="author"}...). */
    Optional<Byline> printed() {
        for (Element element : document.body().select("[class], [id], a[rel=author]")) {
            boolean named = BYLINE_NAMES.matcher(element.className()).find()
                    || BYLINE_NAMES.matcher(element.id()).find() || element.attr("rel").equals("author");
            if (!named || Spaces.visibleLength(element.text()) >= BYLINE_TEXT) {
                continue;
            }
            Optional<Byline> byline = Bylines.find(element.text());
            if (byline.isPresent()) {
                Element mail = element.selectFirst("a[href^=mailto:]");
                if (byline.get().email() == null && mail != null) {
                    String email = mail.attr("href").substring("mailto:".length()).strip();
                    return Optional.of(new Byline(byline.get().name(), email));
                }
                return byline;
            }
        }
        return Optional.empty();
    }
}
