package dev.sosik.ingest.feed;

import java.net.URI;
import java.util.List;

/**
 * A feed as read: its title and site link (either may be null), the items that could be used, in feed order, and one
 * reason for each item left out, such as {@code item 3: no link}.
 */
public record Feed(String title, URI siteLink, List<FeedItem> items, List<String> skipped) {

    public Feed {
        items = List.copyOf(items);
        skipped = List.copyOf(skipped);
    }
}
