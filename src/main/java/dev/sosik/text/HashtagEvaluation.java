package dev.sosik.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the {@link Hashtagger} against hand-chosen keywords on two sets. The demo set
 * ({@code text/hashtag-evaluation.json}, articles referenced by their url among the demo articles) is the one the
 * method, the user dictionary and the generic list were tuned on. The news-page set
 * ({@code text/hashtag-labels-news-pages.json}) labels the 36 publisher pages of {@code ../shared/corpus/news-pages},
 * read from there (title and text of each {@code .expected.json}); it was labelled before the hashtagger ever ran on
 * those pages and is held out from tuning. Document frequencies: all demo articles for the demo set; all demo articles
 * plus the news pages for the news pages. Figures, averaged over the articles: precision@5 (share of our first five
 * tags that match an expected keyword), recall@10 (share of the expected keywords matched by one of our first ten tags)
 * and the share of our tags that are generic words (must be 0).
 * A tag matches a keyword when both are equal after NFKC, lower case and without spaces, or when the shorter (at least
 * two characters) is the head or the tail of the longer, i.e. a whole part of the compound (레인저스 in 한강레인저스,
 * 과학경제국 in 과학경제국장), never a piece from its middle.
 */
public final class HashtagEvaluation {

    /** The demo article files, one per category (src/main/resources/demo/articles). */
    private static final List<String> DEMO_FILES = List.of("economy", "entertainment", "it", "life", "politics",
            "society", "sports", "world");

    /** Where the publisher pages are, seen from the project folder (not part of the project: publishers' text). */
    public static final Path NEWS_PAGES = Path.of("../shared/corpus/news-pages");

    private HashtagEvaluation() {
    }

    /** One evaluated article: what was expected, what we tagged, and how they met. */
    public record ArticleResult(String group, String title, List<String> expected, List<String> tags,
            double precisionAt5, double recallAt10, int genericTags) {
    }

    public record Report(String set, List<ArticleResult> articles) {

        public double precisionAt5() {
            return articles.stream().mapToDouble(ArticleResult::precisionAt5).average().orElse(0);
        }

        public double recallAt10() {
            return articles.stream().mapToDouble(ArticleResult::recallAt10).average().orElse(0);
        }

        public double genericShare() {
            return (double) articles.stream().mapToInt(ArticleResult::genericTags).sum()
                    / Math.max(1, articles.stream().mapToInt(result -> result.tags().size()).sum());
        }

        /** The same figures over the articles of one group only (the news pages: Korean or English). */
        public Report group(String group) {
            return new Report(set + " / " + group, articles.stream().filter(a -> a.group().equals(group)).toList());
        }

        /** A small table: one line per article, then the averages (per group too when there are several). */
        public String table() {
            var table = new StringBuilder();
            table.append(set).append(System.lineSeparator());
            table.append(String.format(Locale.ROOT, "%-5s %-5s %s%n", "P@5", "R@10", "article: our tags / expected"));
            for (ArticleResult article : articles) {
                table.append(String.format(Locale.ROOT, "%.2f  %.2f  %s%n      ours: %s%n      expected: %s%n",
                        article.precisionAt5(), article.recallAt10(), article.title(),
                        String.join(" ", article.tags()), String.join(" ", article.expected())));
            }
            Set<String> groups = new TreeSet<>(articles.stream().map(ArticleResult::group).toList());
            if (groups.size() > 1) {
                groups.forEach(group -> table.append(group(group).summary()));
            }
            return table.append(summary()).toString();
        }

        public String summary() {
            return String.format(Locale.ROOT, "%s: articles %d  precision@5 %.3f  recall@10 %.3f  generic share %.3f%n",
                    set, articles.size(), precisionAt5(), recallAt10(), genericShare());
        }
    }

    public static void main(String[] args) {
        System.out.print(report(Hashtagger.standard()));
    }

    /** Both sets' tables and figures, or a note that the news pages are absent (the command prints this). */
    public static String report(Hashtagger hashtagger) {
        Report demo = demo(hashtagger);
        Optional<Report> newsPages = newsPages(hashtagger, NEWS_PAGES);
        var report = new StringBuilder(demo.table()).append(System.lineSeparator());
        newsPages.ifPresentOrElse(pages -> report.append(pages.table()).append(System.lineSeparator()),
                () -> report.append("news pages: skipped, ").append(NEWS_PAGES.toAbsolutePath().normalize())
                        .append(" not found").append(System.lineSeparator()));
        report.append(demo.summary());
        newsPages.ifPresent(pages -> report.append(pages.summary()));
        return report.toString();
    }

    /** The demo set, the one the method was tuned on. */
    public static Report demo(Hashtagger hashtagger) {
        var json = JsonMapper.builder().build();
        Map<String, Text> demoByUrl = demoArticles(json);
        var frequencies = frequencies(hashtagger, demoByUrl.values());
        List<ArticleResult> results = new ArrayList<>();
        for (JsonNode expectation : read(json, "/text/hashtag-evaluation.json").get("articles")) {
            String url = expectation.get("url").asString();
            Text article = demoByUrl.get(url);
            if (article == null) {
                throw new IllegalStateException("hashtag-evaluation.json names an unknown demo article: " + url);
            }
            results.add(evaluate(hashtagger, "demo", article, strings(expectation.get("keywords")), frequencies));
        }
        return new Report("demo articles (tuning set)", results);
    }

    /** The held-out set over the publisher pages in {@code folder}; empty when the folder is absent. */
    public static Optional<Report> newsPages(Hashtagger hashtagger, Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        var json = JsonMapper.builder().build();
        Map<String, Text> pages = new LinkedHashMap<>();
        JsonNode labels = read(json, "/text/hashtag-labels-news-pages.json").get("labels");
        for (String page : labels.propertyNames()) {
            Path file = folder.resolve(page + ".expected.json");
            try {
                JsonNode fields = json.readTree(Files.readString(file));
                pages.put(page, new Text(fields.get("title").asString(), fields.get("text").asString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        List<Text> corpus = new ArrayList<>(demoArticles(json).values());
        corpus.addAll(pages.values());
        var frequencies = frequencies(hashtagger, corpus);
        List<ArticleResult> results = new ArrayList<>();
        pages.forEach((page, text) -> results.add(evaluate(hashtagger, language(text.title()), text,
                strings(labels.get(page)), frequencies)));
        return Optional.of(new Report("news pages (held out)", results));
    }

    private record Text(String title, String body) {
    }

    private static Map<String, Text> demoArticles(JsonMapper json) {
        Map<String, Text> demoByUrl = new LinkedHashMap<>();
        for (String file : DEMO_FILES) {
            for (JsonNode article : read(json, "/demo/articles/" + file + ".json")) {
                demoByUrl.put(article.get("url").asString(), new Text(article.get("title").asString(),
                        String.join("\n", strings(article.get("paragraphs")))));
            }
        }
        return demoByUrl;
    }

    private static DocumentFrequencies frequencies(Hashtagger hashtagger, Collection<Text> corpus) {
        var frequencies = DocumentFrequencies.empty();
        corpus.forEach(text -> frequencies.add(hashtagger.terms(text.title(), text.body())));
        return frequencies;
    }

    /** The news pages hold Korean pages and Yonhap's English service; the two are reported apart too. */
    private static String language(String title) {
        return title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)
                ? "Korean" : "English";
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static ArticleResult evaluate(Hashtagger hashtagger, String group, Text article, List<String> expected,
            DocumentFrequencies frequencies) {
        List<String> tags = hashtagger.tag(article.title(), article.body(), frequencies);
        List<String> firstFive = tags.subList(0, Math.min(5, tags.size()));
        List<String> firstTen = tags.subList(0, Math.min(10, tags.size()));
        long relevant = firstFive.stream().filter(tag -> expected.stream().anyMatch(k -> matches(tag, k))).count();
        long found = expected.stream().filter(k -> firstTen.stream().anyMatch(tag -> matches(tag, k))).count();
        int generic = (int) tags.stream().filter(hashtagger::isGeneric).count();
        return new ArticleResult(group, article.title(), expected, tags,
                firstFive.isEmpty() ? 0 : (double) relevant / firstFive.size(),
                (double) found / expected.size(), generic);
    }

    static boolean matches(String tag, String keyword) {
        String a = comparable(tag);
        String b = comparable(keyword);
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return longer.equals(shorter)
                || shorter.length() >= 2 && (longer.startsWith(shorter) || longer.endsWith(shorter));
    }

    private static String comparable(String word) {
        return KoreanAnalysis.normalize(word).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static JsonNode read(JsonMapper json, String resource) {
        try (InputStream in = HashtagEvaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
