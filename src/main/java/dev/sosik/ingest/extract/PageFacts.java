package dev.sosik.ingest.extract;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.sosik.ingest.extract.KoreanDates.Label;

/**
 * What a page says about its article outside the body: schema.org JSON-LD first, then Open Graph and other meta
 * tags, then what is printed around the headline ({@code 입력 2025.03.06 11:15}). Read before the page is stripped
 * for the body, since headers, footers and hidden elements carry much of it.
 */
final class PageFacts {

    private final Document document;
    private final URI pageUrl;
    private final JsonLd jsonLd;
    private final PageMeta meta;
    private final PressNames press;
    private final Headline headline;
    private final Credits credits;

    PageFacts(Document document, URI pageUrl) {
        this.document = document;
        this.pageUrl = pageUrl;
        this.jsonLd = JsonLd.of(document);
        this.meta = PageMeta.of(document);
        this.press = new PressNames(jsonLd, meta, pageUrl);
        this.headline = new Headline(document, jsonLd, meta, press);
        this.credits = new Credits(document, jsonLd, meta, press);
    }

    PressNames press() {
        return press;
    }

    String title() {
        return headline.title();
    }

    Credits credits() {
        return credits;
    }

    OffsetDateTime published() {
        return KoreanDates.parse(jsonLd.datePublished())
                .or(() -> KoreanDates.parse(meta.first("article:published_time", "og:article:published_time",
                        "datepublished", "pubdate", "publishdate", "publish-date", "article.published",
                        "dc.date.issued", "dcterms.created", "dc.date", "date", "sailthru.date", "parsely-pub-date")))
                .or(() -> KoreanDates.parse(timeElement("time[itemprop=datePublished], time[pubdate]")))
                .or(() -> KoreanDates.labeled(headline.headerText(), Label.PUBLISHED))
                .or(() -> KoreanDates.labeled(document.body().text(), Label.PUBLISHED))
                .or(() -> KoreanDates.parse(headline.headerText())) // an unlabelled time beside the headline
                .orElse(null);
    }

    OffsetDateTime updated() {
        return KoreanDates.parse(jsonLd.dateModified())
                .or(() -> KoreanDates.parse(meta.first("article:modified_time", "og:article:modified_time",
                        "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified", "lastmod",
                        "last-modified")))
                .or(() -> KoreanDates.parse(timeElement("time[itemprop=dateModified]")))
                .or(() -> KoreanDates.labeled(headline.headerText(), Label.UPDATED))
                .orElse(null);
    }

    /**
     * The press's copyright line as the page prints it outside the body (footer, copyright box), for the pages
     * whose body has none: a line naming the press, else one in the page's footer, which is the site's own. A bare
     * "Copyright" link is no copyright line.
     */
    String printedCopyright() {
        CopyrightLines copyrights = new CopyrightLines(press.all());
        String inFooter = null;
        for (Element element : document.body().select("footer, address, [class*=copy], [id*=copy]")) {
            String line = Spaces.collapse(element.text());
            if (CopyrightLines.isCopyright(line) && copyrights.isOwn(line)) {
                return line;
            }
            if (inFooter == null && element.normalName().equals("footer")) {
                inFooter = element.select("p, div, span, address, small").stream()
                        .map(part -> Spaces.collapse(part.ownText()))
                        .filter(text -> CopyrightLines.isCopyright(text) && !text.equalsIgnoreCase("copyright"))
                        .findFirst().orElse(null);
            }
        }
        return inFooter;
    }

    String section() {
        String section = jsonLd.section();
        return section != null ? section : meta.first("article:section", "articlesection");
    }

    /** JSON-LD keywords, else article:tag, else the page's {@code #tag} links, else the keywords meta tag. */
    List<String> tags() {
        List<String> tags = jsonLd.keywords();
        if (tags.isEmpty()) {
            tags = meta.all("article:tag");
        }
        if (tags.isEmpty()) {
            tags = hashtagLinks();
        }
        if (tags.isEmpty()) {
            String keywords = meta.first("news_keywords", "keywords");
            tags = keywords == null ? List.of() : List.of(keywords.split(","));
        }
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            String word = Spaces.collapse(tag).replaceFirst("^#", "").strip();
            if (!word.isEmpty()) {
                clean.add(word);
            }
        }
        return List.copyOf(clean);
    }

    /** The image the press chose to show the article by: a declared thumbnail, else the link-preview image. */
    String thumbnail() {
        return firstUrl(jsonLd.thumbnailUrl(), meta.first("og:image", "og:image:url"),
                meta.first("twitter:image", "twitter:image:src"), jsonLd.image(), linkHref("link[rel=image_src]"));
    }

    String canonical() {
        String url = firstUrl(linkHref("link[rel=canonical]"), meta.first("og:url"), jsonLd.url());
        return url != null ? url : pageUrl.toString();
    }

    /** {@code #tag} links in an element named for tags or keywords, as Korean pages list the publisher's tags. */
    private List<String> hashtagLinks() {
        List<String> tags = new ArrayList<>();
        for (Element link : document.select("[class*=tag] a, [class*=keyword] a, [id*=tag] a, [id*=keyword] a")) {
            String text = Spaces.collapse(link.text());
            if (text.startsWith("#") && text.length() > 1) {
                tags.add(text);
            }
        }
        return tags;
    }

    private String timeElement(String selector) {
        Element time = document.selectFirst(selector);
        return time == null ? null : time.hasAttr("datetime") ? time.attr("datetime") : time.text();
    }

    private String linkHref(String selector) {
        Element link = document.selectFirst(selector);
        return link == null ? null : link.attr("href");
    }

    /** The first candidate that resolves, against the page, to an http(s) URL. */
    private String firstUrl(String... candidates) {
        for (String candidate : candidates) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            try {
                String url = pageUrl.resolve(candidate.strip().replace(" ", "%20")).toString();
                if (url.startsWith("http://") || url.startsWith("https://")) {
                    return url;
                }
            } catch (IllegalArgumentException notAUrl) {
                // the next candidate
            }
        }
        return null;
    }
}
