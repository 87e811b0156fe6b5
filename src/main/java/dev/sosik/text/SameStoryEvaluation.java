package dev.sosik.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures {@link SameStory} on the labelled pairs of {@code text/same-story-pairs.json}, which name articles of the
 * demo set ({@code demo/articles/*.json}) and of the evaluation set ({@code text/story-eval-articles.json}) by URL.
 *
 * <p>The pairs are split in two halves, every other pair of each label: the threshold is calibrated on the first
 * half (the best F1) and the second half is decided with it, so the held-out figures are not fitted. Then the
 * shipped {@link SameStory#THRESHOLD} decides all pairs, once pair by pair and once as co-membership in the clusters
 * {@link SameStory#clusters} builds over all articles. Run {@code main} or {@code SameStoryEvaluationTest}.
 */
public final class SameStoryEvaluation {

    static final List<String> DEMO_SECTIONS =
            List.of("economy", "entertainment", "it", "life", "politics", "society", "sports", "world");
    /** The demo files date articles in hours before "now"; the evaluation fixes now so the figures are stable. */
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-25T09:00:00+09:00");

    /** Counts of decided pairs against their labels. */
    public record Confusion(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

        public double precision() {
            int decidedSame = truePositives + falsePositives;
            return decidedSame == 0 ? 1 : (double) truePositives / decidedSame;
        }

        public double recall() {
            int labelledSame = truePositives + falseNegatives;
            return labelledSame == 0 ? 1 : (double) truePositives / labelledSame;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int pairs() {
            return truePositives + falsePositives + falseNegatives + trueNegatives;
        }
    }

    public record Report(int articles, double calibratedThreshold, Confusion calibration, Confusion heldOut,
                         double shippedThreshold, Confusion shipped, Confusion clusters) {

        public String table() {
            var out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "Same-story evaluation: %d articles, %d labelled pairs, window %dh%n",
                    articles, shipped.pairs(), SameStory.WINDOW.toHours()));
            out.append(String.format(Locale.ROOT, "%-34s %9s %6s %6s %6s %5s %4s %4s %5s%n",
                    "", "threshold", "P", "R", "F1", "TP", "FP", "FN", "TN"));
            row(out, "calibration half", calibratedThreshold, calibration);
            row(out, "held-out half", calibratedThreshold, heldOut);
            row(out, "all pairs, shipped threshold", shippedThreshold, shipped);
            row(out, "all pairs, clusters (co-member)", shippedThreshold, clusters);
            return out.toString();
        }

        private static void row(StringBuilder out, String name, double threshold, Confusion c) {
            out.append(String.format(Locale.ROOT, "%-34s %9.3f %6.3f %6.3f %6.3f %5d %4d %4d %5d%n", name, threshold,
                    c.precision(), c.recall(), c.f1(), c.truePositives(), c.falsePositives(), c.falseNegatives(),
                    c.trueNegatives()));
        }
    }

    /** A labelled pair with what the method sees of it: the cosine and whether the dates are within the window. */
    record ScoredPair(String a, String b, boolean same, double cosine, boolean withinWindow) {

        boolean decidedSame(double threshold) {
            return withinWindow && cosine >= threshold;
        }
    }

    private SameStoryEvaluation() {
    }

    public static void main(String[] args) {
        System.out.print(run().table());
    }

    public static Report run() {
        var json = JsonMapper.shared();
        Map<String, SameStory.Doc> docs = new HashMap<>();
        for (String section : DEMO_SECTIONS) {
            readDocs(json, "/demo/articles/" + section + ".json", docs);
        }
        readDocs(json, "/text/story-eval-articles.json", docs);
        var corpus = StoryCorpus.of(docs.values());
        var scored = score(readTree(json, "/text/same-story-pairs.json"), docs, corpus);

        List<ScoredPair> calibration = new ArrayList<>();
        List<ScoredPair> heldOut = new ArrayList<>();
        int[] seen = new int[2];
        for (var pair : scored) {
            (seen[pair.same() ? 1 : 0]++ % 2 == 0 ? calibration : heldOut).add(pair);
        }
        double calibrated = calibrate(calibration);

        var sameStory = new SameStory();
        var clusterOf = clusterIndex(sameStory.clusters(List.copyOf(docs.values()), corpus));
        return new Report(docs.size(), calibrated, confusion(calibration, calibrated),
                confusion(heldOut, calibrated), sameStory.threshold(),
                confusion(scored, sameStory.threshold()), clusterConfusion(scored, clusterOf));
    }

    /**
     * The threshold with the best F1 on the pairs, placed halfway between two neighbouring cosines of pairs within
     * the window; of equally good thresholds, the one in the widest gap, which leaves the most margin both ways.
     */
    static double calibrate(List<ScoredPair> pairs) {
        List<Double> cosines = pairs.stream().filter(ScoredPair::withinWindow).map(ScoredPair::cosine)
                .distinct().sorted().toList();
        double best = 0;
        double bestF1 = -1;
        double bestGap = -1;
        for (int i = 0; i + 1 < cosines.size(); i++) {
            double gap = cosines.get(i + 1) - cosines.get(i);
            double candidate = (cosines.get(i) + cosines.get(i + 1)) / 2;
            double f1 = confusion(pairs, candidate).f1();
            if (f1 > bestF1 || (f1 == bestF1 && gap > bestGap)) {
                best = candidate;
                bestF1 = f1;
                bestGap = gap;
            }
        }
        return best;
    }

    static Confusion confusion(List<ScoredPair> pairs, double threshold) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (var pair : pairs) {
            boolean decided = pair.decidedSame(threshold);
            if (decided && pair.same()) tp++;
            else if (decided) fp++;
            else if (pair.same()) fn++;
            else tn++;
        }
        return new Confusion(tp, fp, fn, tn);
    }

    private static Confusion clusterConfusion(List<ScoredPair> pairs, Map<String, Integer> clusterOf) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (var pair : pairs) {
            boolean together = clusterOf.get(pair.a()).equals(clusterOf.get(pair.b()));
            if (together && pair.same()) tp++;
            else if (together) fp++;
            else if (pair.same()) fn++;
            else tn++;
        }
        return new Confusion(tp, fp, fn, tn);
    }

    private static Map<String, Integer> clusterIndex(List<List<String>> clusters) {
        Map<String, Integer> clusterOf = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String id : clusters.get(i)) {
                clusterOf.put(id, i);
            }
        }
        return clusterOf;
    }

    private static List<ScoredPair> score(JsonNode pairs, Map<String, SameStory.Doc> docs, StoryCorpus corpus) {
        var sameStory = new SameStory();
        Set<String> keys = new HashSet<>();
        List<ScoredPair> scored = new ArrayList<>();
        for (JsonNode pair : pairs) {
            var a = doc(docs, pair.get("a").asString());
            var b = doc(docs, pair.get("b").asString());
            if (!keys.add(a.id() + " " + b.id()) || !keys.add(b.id() + " " + a.id())) {
                throw new IllegalStateException("The pair " + a.id() + " / " + b.id() + " is labelled twice");
            }
            scored.add(new ScoredPair(a.id(), b.id(), pair.get("same").asBoolean(),
                    sameStory.score(a, b, corpus), SameStory.withinWindow(a, b)));
        }
        return scored;
    }

    private static SameStory.Doc doc(Map<String, SameStory.Doc> docs, String url) {
        var doc = docs.get(url);
        if (doc == null) {
            throw new IllegalStateException("The labelled pairs name an unknown article " + url);
        }
        return doc;
    }

    private static void readDocs(JsonMapper json, String resource, Map<String, SameStory.Doc> docs) {
        for (JsonNode article : readTree(json, resource)) {
            String url = article.get("url").asString();
            var body = new StringBuilder();
            for (JsonNode paragraph : article.get("paragraphs")) {
                body.append(paragraph.asString()).append('\n');
            }
            var published = NOW.minus(Duration.ofSeconds(Math.round(article.get("hours_ago").asDouble() * 3600)));
            var previous = docs.put(url, new SameStory.Doc(url, article.get("press").asString(),
                    article.get("title").asString(), body.toString(), published));
            if (previous != null) {
                throw new IllegalStateException("Two articles share the URL " + url);
            }
        }
    }

    private static JsonNode readTree(JsonMapper json, String resource) {
        try (InputStream in = SameStoryEvaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
