package dev.sosik.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.jdom2.Element;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;

/** Turns one of Rome's entries into a {@link FeedItem}, or says why it cannot be used. */
final class EntryReader {

    private static final String MEDIA_RSS = "http://search.yahoo.com/mrss/";

    /** An entry that cannot become an item; the message is the reason ("no link"). */
    static final class Unusable extends Exception {

        Unusable(String reason) {
            super(reason, null, false, false);
        }
    }

    private EntryReader() {
    }

    static FeedItem read(SyndEntry entry, URI base) throws Unusable {
        String title = plainText(entry.getTitleEx());
        if (title == null) {
            throw new Unusable("no title");
        }
        URI link = link(entry.getLink(), base);
        String guid = Objects.requireNonNullElse(blankToNull(entry.getUri()), link.toString());
        return new FeedItem(
                guid,
                link,
                title,
                html(entry.getDescription()),
                entry.getContents().stream().map(EntryReader::html).filter(Objects::nonNull).findFirst().orElse(null),
                utc(entry.getPublishedDate()),
                utc(entry.getUpdatedDate()),
                author(entry),
                categories(entry),
                thumbnail(entry, base));
    }

    /** Text on one line; an HTML title (Atom type="html") loses its tags. Null when blank. */
    static String plainText(SyndContent content) {
        if (content == null || blankToNull(content.getValue()) == null) {
            return null;
        }
        String text = isHtml(content) ? Jsoup.parse(content.getValue()).text() : content.getValue();
        return blankToNull(text.replaceAll("\\s+", " "));
    }

    /** The absolute http or https URL that {@code raw} stands for, or null. */
    static URI absolute(String raw, URI base) {
        if (blankToNull(raw) == null) {
            return null;
        }
        try {
            // Spaces are the one illegal character presses commonly leave in their links.
            URI uri = base.resolve(new URI(raw.strip().replace(" ", "%20")));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static URI link(String raw, URI base) throws Unusable {
        if (blankToNull(raw) == null) {
            throw new Unusable("no link");
        }
        URI link = absolute(raw, base);
        if (link == null) {
            throw new Unusable("link is not an http or https URL: " + raw.strip());
        }
        return link;
    }

    /** HTML as given; plain text (Atom type="text") escaped into HTML. Null when blank. */
    private static String html(SyndContent content) {
        if (content == null || blankToNull(content.getValue()) == null) {
            return null;
        }
        String value = content.getValue().strip();
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain") ? Entities.escape(value) : value;
    }

    private static boolean isHtml(SyndContent content) {
        return content.getType() != null && content.getType().toLowerCase(Locale.ROOT).contains("html");
    }

    private static String author(SyndEntry entry) {
        String author = blankToNull(entry.getAuthor());
        if (author != null) {
            return author;
        }
        return entry.getAuthors().stream()
                .map(SyndPerson::getName)
                .map(EntryReader::blankToNull)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** RSS and Atom categories, then Dublin Core subjects, which Rome leaves out of an RSS 1.0 entry's categories. */
    private static List<String> categories(SyndEntry entry) {
        Stream<String> subjects = entry.getModule(DCModule.URI) instanceof DCModule dc
                ? dc.getSubjects().stream().map(DCSubject::getValue)
                : Stream.empty();
        return Stream.concat(entry.getCategories().stream().map(SyndCategory::getName), subjects)
                .map(EntryReader::blankToNull)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** media:thumbnail first, then media:content that is an image, then an image enclosure. */
    private static String thumbnail(SyndEntry entry, URI base) {
        List<Element> media = new ArrayList<>();
        for (Element element : entry.getForeignMarkup()) {
            if (MEDIA_RSS.equals(element.getNamespaceURI())) {
                media.add(element);
                // media:group wraps alternatives of one medium.
                media.addAll(element.getChildren().stream()
                        .filter(child -> MEDIA_RSS.equals(child.getNamespaceURI()))
                        .toList());
            }
        }
        Stream<String> thumbnails = media.stream()
                .filter(element -> element.getName().equals("thumbnail"))
                .map(element -> element.getAttributeValue("url"));
        Stream<String> images = media.stream()
                .filter(element -> element.getName().equals("content") && mayBeImage(element))
                .map(element -> element.getAttributeValue("url"));
        Stream<String> enclosures = entry.getEnclosures().stream()
                .filter(enclosure -> enclosure.getType() != null && enclosure.getType().startsWith("image/"))
                .map(SyndEnclosure::getUrl);
        return Stream.of(thumbnails, images, enclosures)
                .flatMap(urls -> urls)
                .map(url -> absolute(url, base))
                .filter(Objects::nonNull)
                .map(URI::toString)
                .findFirst()
                .orElse(null);
    }

    /** A media:content not declared to be something else: presses often leave medium and type out. */
    private static boolean mayBeImage(Element content) {
        String medium = content.getAttributeValue("medium");
        String type = content.getAttributeValue("type");
        return (medium == null || medium.equals("image")) && (type == null || type.startsWith("image/"));
    }

    private static OffsetDateTime utc(Date date) {
        return date == null ? null : OffsetDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
