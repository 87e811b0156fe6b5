package dev.sosik.ingest.extract;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.sosik.ingest.extract.Bylines.Byline;
import dev.sosik.ingest.extract.KoreanDates.Label;

/**
 * Extracts the article from a news page. The generic extractor works on pages of presses it has never seen
 * (JSON-LD, Open Graph and article:* meta, Korean date and byline formats, the body found by text density); a
 * {@link PressRule}, when given, then overrides the fields it names. Holds no state: one instance serves all threads.
 */
public final class ArticleExtractor {

    /** A rule's byline element longer than this holds more than a name, whatever its selector caught. */
    private static final int BYLINE_TEXT = 40;

    public ExtractedPage extract(String html, URI pageUrl, Optional<PressRule> rule) {
        Document document = Jsoup.parse(html == null ? "" : html, pageUrl.toString());
        PageFacts facts = new PageFacts(document, pageUrl);

        String title = ruleText(document, rule, PressRule::title).orElseGet(facts::title);
        OffsetDateTime published = ruleTime(document, rule, PressRule::published, Label.PUBLISHED)
                .orElseGet(facts::published);
        OffsetDateTime updated = ruleTime(document, rule, PressRule::updated, Label.UPDATED).orElseGet(facts::updated);
        Optional<Byline> ruled = ruleText(document, rule, PressRule::byline).map(ArticleExtractor::byline);
        Optional<Byline> credited = facts.credits().fromMetadata();
        Optional<Byline> printed = facts.credits().printed();
        Optional<String> ruleCopyright = ruleText(document, rule, PressRule::copyright);
        // Everything the page says outside the body is read before the search for the body strips the page.
        String printedCopyright = facts.printedCopyright();
        String thumbnail = facts.thumbnail();
        String section = facts.section();
        List<String> tags = facts.tags();
        String canonical = facts.canonical();

        ArticleBody body = ArticleBody.of(BodyReader.read(container(document, rule)), title, facts.press().all());

        String author = ruled.map(Byline::name)
                .or(() -> credited.map(Byline::name))
                .or(() -> Optional.ofNullable(body.author()))
                .or(() -> printed.map(Byline::name))
                .orElse(null);
        String email = ruled.map(Byline::email)
                .or(() -> credited.map(Byline::email))
                .or(() -> Optional.ofNullable(body.email()))
                .or(() -> printed.map(Byline::email))
                .orElse(null);
        String copyright = ruleCopyright.or(() -> Optional.ofNullable(body.copyright())).orElse(printedCopyright);
        return new ExtractedPage(title, published, updated, author, email, body.paragraphs(),
                HtmlSanitizer.sanitize(body.html(), pageUrl.toString()), copyright, thumbnail, section, tags,
                canonical);
    }

    /** The rule's body element, or the one the density finder picks; stripped of boilerplate either way. */
    private static Element container(Document document, Optional<PressRule> rule) {
        Element chosen = rule.map(PressRule::body).map(document::selectFirst).orElse(null);
        if (chosen == null) {
            Boilerplate.strip(document.body());
            chosen = BodyFinder.find(document.body());
        } else {
            Boilerplate.strip(chosen);
        }
        for (String selector : rule.map(PressRule::remove).orElse(List.of())) {
            chosen.select(selector).remove();
        }
        return chosen;
    }

    /** A byline element's text as name and e-mail, falling back to the whole (short) text as the name. */
    private static Byline byline(String text) {
        Optional<Byline> found = Bylines.find(text);
        if (found.isPresent() && found.get().name() != null) {
            return found.get();
        }
        String name = text.length() <= BYLINE_TEXT ? Bylines.withoutRole(text) : null;
        return new Byline(name, found.map(Byline::email).orElse(null));
    }

    /** The text of the element the rule's selector names, if the rule names one and the page has it. */
    private static Optional<String> ruleText(Document document, Optional<PressRule> rule,
            Function<PressRule, String> selector) {
        return rule.map(selector)
                .map(document::selectFirst)
                .map(element -> Spaces.collapse(element.text()))
                .filter(text -> !text.isEmpty());
    }

    /** The time in the rule's element: a machine-readable attribute, else the labelled time, else the first one. */
    private static Optional<OffsetDateTime> ruleTime(Document document, Optional<PressRule> rule,
            Function<PressRule, String> selector, Label label) {
        Optional<Element> element = rule.map(selector).map(document::selectFirst);
        if (element.isEmpty()) {
            return Optional.empty();
        }
        for (String attribute : new String[] {"datetime", "content"}) {
            Optional<OffsetDateTime> time = KoreanDates.parse(element.get().attr(attribute));
            if (time.isPresent()) {
                return time;
            }
        }
        String text = element.get().text();
        return KoreanDates.labeled(text, label).or(() -> KoreanDates.parse(text));
    }
}
