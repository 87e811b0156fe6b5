package dev.sosik.ingest.extract;

import java.util.List;

/**
 * How to read one press's pages where the generic extractor is not good enough: CSS selectors, every one optional.
 * A rule only overrides the fields it names. Rules are data ({@code ingest/press-rules.json}, or the database), read by
 * {@link PressRules#fromJson(String)}.
 *
 * @param hosts     the hosts the rule is for; a host also covers its subdomains
 * @param title     the headline element
 * @param body      the element holding the article's paragraphs
 * @param byline    the element naming the reporter
 * @param published the element holding the publication time (text, or a {@code datetime}/{@code content} attribute)
 * @param updated   the element holding the update time
 * @param remove    elements to drop inside the body before it is read
 * @param copyright the element holding the press's copyright line
 */
public record PressRule(
        List<String> hosts,
        String title,
        String body,
        String byline,
        String published,
        String updated,
        List<String> remove,
        String copyright) {

    public PressRule {
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        remove = remove == null ? List.of() : List.copyOf(remove);
    }
}
