package dev.sosik.ingest.feed;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.SAXParseException;

import dev.sosik.ingest.extract.Charsets;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom feeds with Rome into {@link Feed}s.
 *
 * <p>A feed with a DOCTYPE is refused outright: no external entity (XXE) is ever resolved, no file or URL read, and
 * no entity expansion (billion laughs) can start.
 *
 * <p>The charset is settled as for article pages ({@link Charsets}): the Content-Type header's charset, then a byte
 * order mark, then the XML declaration's encoding, else UTF-8; EUC-KR is read as its superset CP949
 * (x-windows-949), which is what Korean servers labelled EUC-KR actually send.
 *
 * <p>Stateless and thread-safe.
 */
public final class FeedReader {


    /**
     * The feed in {@code body}, with links made absolute against {@code feedUrl}; items without a title or a usable
     * link are left out and named in {@link Feed#skipped()}.
     *
     * @param contentTypeHeader the response's Content-Type, or null
     * @throws FeedRejected when the body is not a readable feed at all
     */
    public Feed read(byte[] body, String contentTypeHeader, URI feedUrl) {
        SyndFeed feed = parse(body, contentTypeHeader);
        // URI.resolve mishandles a base with an empty path ("http://a.example" + "x" gives "http://a.examplex").
        URI base = feedUrl.getRawPath() == null || feedUrl.getRawPath().isEmpty() ? feedUrl.resolve("/") : feedUrl;
        List<FeedItem> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int number = 0;
        for (SyndEntry entry : feed.getEntries()) {
            number++;
            try {
                items.add(EntryReader.read(entry, base));
            } catch (EntryReader.Unusable e) {
                skipped.add("item " + number + ": " + e.getMessage());
            }
        }
        return new Feed(EntryReader.plainText(feed.getTitleEx()), EntryReader.absolute(siteLink(feed), base), items,
                skipped);
    }

    /** Rome's feed link is an Atom feed's first link, often rel="self": the site is the alternate one. */
    private static String siteLink(SyndFeed feed) {
        return feed.getLinks().stream()
                .filter(link -> "alternate".equals(link.getRel()))
                .map(SyndLink::getHref)
                .findFirst()
                .orElse(feed.getLink());
    }

    private static SyndFeed parse(byte[] body, String contentTypeHeader) {
        var input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        try (Reader reader = new StringReader(Charsets.decode(body, contentTypeHeader))) {
            return input.build(reader);
        } catch (IOException e) {
            throw new FeedRejected("unreadable feed: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // Rome's way of saying that well-formed XML is none of the feed formats it knows.
            throw new FeedRejected("not an RSS or Atom feed");
        } catch (FeedException e) {
            throw rejection(e);
        }
    }

    private static FeedRejected rejection(FeedException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException sax) {
                // The JDK's parser says "DOCTYPE is disallowed when the feature ... disallow-doctype-decl ...".
                if (String.valueOf(sax.getMessage()).contains("DOCTYPE")) {
                    return new FeedRejected("DOCTYPE is not allowed");
                }
                return new FeedRejected("not well-formed XML at line " + sax.getLineNumber() + ": " + sax.getMessage());
            }
        }
        return new FeedRejected("unreadable feed: " + e.getMessage());
    }
}
