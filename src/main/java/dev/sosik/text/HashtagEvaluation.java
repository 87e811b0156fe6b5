package dev.sosik.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the {@link Hashtagger} against hand-chosen keywords ({@code text/hashtag-evaluation.json}, articles referenced
 * by their url among the demo articles). Document frequencies come from all demo articles. Figures, averaged over the
 * articles: precision@5 (share of our first five tags that match an expected keyword), recall@10 (share of the expected
 * keywords matched by one of our first ten tags) and the share of our tags that are generic words (must be 0).
 * A tag matches a keyword when both are equal after NFKC, lower case and without spaces, or when the shorter (at least
 * two characters) is the head or the tail of the longer, i.e. a whole part of the compound (레인저스 in 한강레인저스,
 * 과학경제국 in 과학경제국장), never a piece from its middle.
 */
public final class HashtagEvaluation {

    /** The demo article files, one per category (src/main/resources/demo/articles). */
    private static final List<String> DEMO_FILES = List.of("economy", "entertainment", "it", "life", "politics",
            "society", "sports", "world");

    private HashtagEvaluation() {
    }

    /** One evaluated article: what was expected, what we tagged, and how they met. */
    public record ArticleResult(String title, List<String> expected, List<String> tags, double precisionAt5,
            double recallAt10, int genericTags) {
    }

    public record Report(List<ArticleResult> articles, double precisionAt5, double recallAt10, double genericShare) {

        /** A small table: one line per article, then the averages. */
        public String table() {
            var table = new StringBuilder();
            table.append(String.format(Locale.ROOT, "%-5s %-5s %s%n", "P@5", "R@10", "article: our tags / expected"));
            for (ArticleResult article : articles) {
                table.append(String.format(Locale.ROOT, "%.2f  %.2f  %s%n      ours: %s%n      expected: %s%n",
                        article.precisionAt5(), article.recallAt10(), article.title(),
                        String.join(" ", article.tags()), String.join(" ", article.expected())));
            }
            table.append(String.format(Locale.ROOT,
                    "articles %d  precision@5 %.3f  recall@10 %.3f  generic share %.3f%n", articles.size(),
                    precisionAt5, recallAt10, genericShare));
            return table.toString();
        }
    }

    public static void main(String[] args) {
        System.out.print(run().table());
    }

    public static Report run() {
        return run(Hashtagger.standard());
    }

    public static Report run(Hashtagger hashtagger) {
        var json = JsonMapper.builder().build();
        Map<String, JsonNode> demoByUrl = new LinkedHashMap<>();
        for (String file : DEMO_FILES) {
            for (JsonNode article : read(json, "/demo/articles/" + file + ".json")) {
                demoByUrl.put(article.get("url").asString(), article);
            }
        }
        var frequencies = DocumentFrequencies.empty();
        demoByUrl.values().forEach(article -> frequencies.add(hashtagger.terms(title(article), body(article))));

        List<ArticleResult> results = new ArrayList<>();
        for (JsonNode expectation : read(json, "/text/hashtag-evaluation.json").get("articles")) {
            String url = expectation.get("url").asString();
            JsonNode article = demoByUrl.get(url);
            if (article == null) {
                throw new IllegalStateException("hashtag-evaluation.json names an unknown demo article: " + url);
            }
            List<String> expected = expectation.get("keywords").valueStream().map(JsonNode::asString).toList();
            List<String> tags = hashtagger.tag(title(article), body(article), frequencies);
            results.add(evaluate(hashtagger, title(article), expected, tags));
        }
        return new Report(results, results.stream().mapToDouble(ArticleResult::precisionAt5).average().orElse(0),
                results.stream().mapToDouble(ArticleResult::recallAt10).average().orElse(0),
                (double) results.stream().mapToInt(ArticleResult::genericTags).sum()
                        / Math.max(1, results.stream().mapToInt(result -> result.tags().size()).sum()));
    }

    private static ArticleResult evaluate(Hashtagger hashtagger, String title, List<String> expected,
            List<String> tags) {
        List<String> firstFive = tags.subList(0, Math.min(5, tags.size()));
        List<String> firstTen = tags.subList(0, Math.min(10, tags.size()));
        long relevant = firstFive.stream().filter(tag -> expected.stream().anyMatch(k -> matches(tag, k))).count();
        long found = expected.stream().filter(k -> firstTen.stream().anyMatch(tag -> matches(tag, k))).count();
        int generic = (int) tags.stream().filter(hashtagger::isGeneric).count();
        return new ArticleResult(title, expected, tags, firstFive.isEmpty() ? 0 : (double) relevant / firstFive.size(),
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

    private static String title(JsonNode article) {
        return article.get("title").asString();
    }

    private static String body(JsonNode article) {
        return String.join("\n", article.get("paragraphs").valueStream().map(JsonNode::asString).toList());
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
