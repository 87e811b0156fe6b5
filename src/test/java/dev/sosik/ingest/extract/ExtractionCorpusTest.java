package dev.sosik.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the extractor on real article pages that nobody on the project wrote (../shared/corpus/news-pages, see
 * its README), prints the figures per field and per site ({@link CorpusScore} says how each field is scored), and
 * fails when they fall below what was reached when the extractor was last tuned (docs/extraction.md has the table).
 *
 * <p>The pages are measured twice: as served, and as a reader sees them, without JSON-LD, meta tags and microdata,
 * which is what the extractor has to go by on pages of presses that publish no metadata.
 */
class ExtractionCorpusTest {

    private static final Path PAGES = Path.of("../shared/corpus/news-pages");
    /** The corpus README's sites by file name prefix, in the order of the table. */
    private static final Map<String, String> HOSTS = new LinkedHashMap<>();

    static {
        HOSTS.put("sbs", "news.sbs.co.kr");
        HOSTS.put("kbs", "news.kbs.co.kr");
        HOSTS.put("ytn", "www.ytn.co.kr");
        HOSTS.put("yna-en", "en.yna.co.kr");
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void figuresOnTheNewsPageCorpus() throws IOException {
        assumeTrue(Files.isDirectory(PAGES),
                "news page corpus not found at " + PAGES.toAbsolutePath().normalize() + ": skipping the figures");

        Map<String, CorpusTally> bySite = new LinkedHashMap<>();
        Map<String, CorpusTally> printedBySite = new LinkedHashMap<>();
        HOSTS.keySet().forEach(site -> bySite.put(site, new CorpusTally()));
        HOSTS.keySet().forEach(site -> printedBySite.put(site, new CorpusTally()));
        List<String> misses = new ArrayList<>();
        List<String> printedMisses = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.list(PAGES)) {
            pages = files.filter(file -> file.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            String name = page.getFileName().toString().replace(".html", "");
            String site = name.replaceFirst("-\\d+$", "");
            String host = HOSTS.get(site);
            if (host == null) {
                continue;
            }
            String html = Charsets.decode(Files.readAllBytes(page), null);
            URI url = URI.create("https://" + host + "/");
            ExtractedPage got = extractor.extract(html, url, PressRules.standard().forHost(host));
            JsonNode expected = JSON.readTree(Files.readString(PAGES.resolve(name + ".expected.json")));
            bySite.get(site).add(name, CorpusScore.of(got, expected, html, false), misses);
            String printed = printedOnly(html);
            ExtractedPage fromPrint = extractor.extract(printed, url, PressRules.standard().forHost(host));
            printedBySite.get(site).add(name, CorpusScore.of(fromPrint, expected, html, true), printedMisses);
            printedMisses.removeIf(miss -> miss.contains(" section: ") || miss.contains(" thumbnail: ")
                    || miss.contains(" tags: ")); // the printed page rarely shows them: not listed
        }

        CorpusTally all = print("Article extraction on ../shared/corpus/news-pages", bySite, misses);
        CorpusTally printedAll = print("The same pages without JSON-LD, meta tags and microdata (what is printed only)",
                printedBySite, printedMisses);

        // What the extractor reached on 2026-11-25 (docs/extraction.md), less about one page's worth of margin.
        assertThat(all.percent(all.title)).isGreaterThanOrEqualTo(97);
        assertThat(all.percent(all.published)).isGreaterThanOrEqualTo(97);
        assertThat(all.percent(all.updated)).isGreaterThanOrEqualTo(97);
        assertThat(all.authorPercent()).isGreaterThanOrEqualTo(96);
        assertThat(all.pressAuthorRight).isEqualTo(all.pressAuthorPages);
        assertThat(all.meanBigramF1()).isGreaterThanOrEqualTo(0.985);
        assertThat(all.percent(all.copyright)).isGreaterThanOrEqualTo(97);
        assertThat(bySite.get("sbs").meanBigramF1()).isGreaterThanOrEqualTo(0.99);
        assertThat(bySite.get("kbs").meanBigramF1()).isGreaterThanOrEqualTo(0.99);
        assertThat(bySite.get("ytn").meanBigramF1()).isGreaterThanOrEqualTo(0.95);
        assertThat(bySite.get("yna-en").meanBigramF1()).isGreaterThanOrEqualTo(0.985);
        assertThat(printedAll.percent(printedAll.title)).isGreaterThanOrEqualTo(97);
        assertThat(printedAll.percent(printedAll.published)).isGreaterThanOrEqualTo(97);
        assertThat(printedAll.percent(printedAll.updated)).isGreaterThanOrEqualTo(94);
        assertThat(printedAll.meanBigramF1()).isGreaterThanOrEqualTo(0.985);
    }

    private static CorpusTally print(String heading, Map<String, CorpusTally> bySite, List<String> misses) {
        CorpusTally all = new CorpusTally();
        bySite.values().forEach(all::plus);
        System.out.println(heading);
        System.out.println(CorpusTally.HEADER);
        bySite.forEach((site, tally) -> System.out.println(tally.row(site)));
        System.out.println(all.row("all"));
        misses.forEach(miss -> System.out.println("  " + miss));
        System.out.println();
        return all;
    }

    /** The page as a reader sees it: no JSON-LD, no meta tags, no schema.org microdata. */
    private static String printedOnly(String html) {
        var document = Jsoup.parse(html);
        document.select("script[type=application/ld+json], meta, link[rel=canonical]").remove();
        for (Element element : document.select("[itemprop], [itemscope], [itemtype]")) {
            element.removeAttr("itemprop").removeAttr("itemscope").removeAttr("itemtype");
        }
        return document.outerHtml();
    }
}
