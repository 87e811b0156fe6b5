package dev.sosik.text;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides whether two articles report the same event, and groups articles into same-story clusters.
 *
 * <p>Two presses rewriting one event share few word shingles (MinHash finds copies, not rewrites) but they share the
 * event's nouns: its people, companies, places and figures. So the test is the TF-IDF cosine of the two articles'
 * nouns and figures (title terms counted three times, IDF squared so rare names outweigh topic words), with IDF from a {@link StoryCorpus} of the articles around them, plus a
 * time window: articles published more than {@link #WINDOW} apart are different stories even about one event, since
 * a follow-up days later is new news for the reader and deserves its own entry on the home page.
 *
 * <p>The press does not matter: a press's own update of an event within the window is the same story (the home page
 * should show it once), and a page that lists "the other presses' versions" filters its own press out.
 */
public final class SameStory {

    /** Calibrated on half of {@code text/same-story-pairs.json} by {@link SameStoryEvaluation}; see docs/same-story.md. */
    public static final double THRESHOLD = 0.239;
    /** The longest gap between two articles of one story. */
    public static final Duration WINDOW = Duration.ofHours(48);
    /** How much of its cosine a pair published a whole window apart keeps; see {@link #closeness}. */
    static final double EDGE_CLOSENESS = 0.5;
    /** How many of a story's latest members an article is weighed against; see {@link #storyFor}. */
    public static final int MEMBERS_WEIGHED = 50;

    /** A story's member as {@link #storyFor} weighs it: the article and its cosine with the article being placed. */
    public record Member(Doc doc, double cosine) {
    }

    /** An article as the clustering sees it; {@code id} is unique within a run (the article id or its URL). */
    public record Doc(String id, String press, String title, String body, OffsetDateTime publishedAt) {
        public Doc {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(publishedAt, "publishedAt");
        }
    }

    private final double threshold;

    public SameStory() {
        this(THRESHOLD);
    }

    /** With another cosine threshold, for calibration. */
    public SameStory(double threshold) {
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** The TF-IDF cosine of the two articles' nouns, 0 to 1, whatever their dates. */
    public double similarity(Doc a, Doc b, StoryCorpus corpus) {
        return corpus.vector(a).cosine(corpus.vector(b));
    }

    /** What the decision compares with the threshold: the cosine, weighed by how close in time the two articles are. */
    public double score(Doc a, Doc b, StoryCorpus corpus) {
        return score(a, b, similarity(a, b, corpus));
    }

    /** The score of two articles whose cosine is known already. */
    public double score(Doc a, Doc b, double cosine) {
        return cosine * closeness(a, b);
    }

    public boolean sameStory(Doc a, Doc b, StoryCorpus corpus) {
        return withinWindow(a, b) && score(a, b, corpus) >= threshold;
    }

    /**
     * 1 for articles published together, falling linearly to {@value #EDGE_CLOSENESS} at the edge of the window (and
     * staying there past it). Presses report one event within hours of each other; a similar article a day later is
     * more often the next event of the same kind (the team's next game, another earthquake), so it needs more words
     * in common to count as the same story.
     */
    static double closeness(Doc a, Doc b) {
        double gap = Math.min(1, (double) Duration.between(a.publishedAt(), b.publishedAt()).abs().toMinutes()
                / WINDOW.toMinutes());
        return 1 - (1 - EDGE_CLOSENESS) * gap;
    }

    public static boolean withinWindow(Doc a, Doc b) {
        return withinWindow(a.publishedAt(), b.publishedAt());
    }

    private static boolean withinWindow(OffsetDateTime a, OffsetDateTime b) {
        return Duration.between(a, b).abs().compareTo(WINDOW) <= 0;
    }

    /**
     * Of these stories, the one the article joins: the one with the highest average score (cosine weighed by
     * closeness in time) over its latest members, if that average reaches the threshold; a story whose first article
     * is more than the window away from the article is passed over (no chain of reports for weeks), and of equal
     * averages the first story listed wins. Average rather than single linkage keeps a chain of loosely related
     * articles (every interest-rate piece of a week, where each is close to the one before) from merging into one
     * story.
     *
     * @param started when a story's first article was published
     * @param members a story's members in publication order, each with its cosine with the article; the latest
     *                {@value #MEMBERS_WEIGHED} are weighed, so that a story of many versions costs no more than that
     */
    public <S> Optional<S> storyFor(Doc doc, List<S> stories, Function<S, OffsetDateTime> started,
                                    Function<S, List<Member>> members) {
        S best = null;
        double bestScore = threshold;
        for (S story : stories) {
            if (!withinWindow(started.apply(story), doc.publishedAt())) {
                continue;
            }
            double score = averageScore(doc, members.apply(story));
            if (score >= bestScore && (best == null || score > bestScore)) {
                best = story;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double averageScore(Doc doc, List<Member> members) {
        List<Member> weighed = members.subList(Math.max(0, members.size() - MEMBERS_WEIGHED), members.size());
        double sum = 0;
        for (Member member : weighed) {
            sum += member.cosine() * closeness(doc, member.doc());
        }
        return weighed.isEmpty() ? 0 : sum / weighed.size();
    }

    /**
     * Groups the articles into stories, each a list of ids in publication order; stories are ordered by their first
     * article. Articles are taken in publication order (then by id, so the result does not depend on the input
     * order), and each joins a story as {@link #storyFor} decides, or starts one.
     */
    public List<List<String>> clusters(List<Doc> docs, StoryCorpus corpus) {
        List<Doc> ordered = new ArrayList<>(docs);
        ordered.sort(Comparator.comparing(Doc::publishedAt).thenComparing(Doc::id));
        List<Story> stories = new ArrayList<>();
        for (Doc doc : ordered) {
            var vector = corpus.vector(doc);
            Story joined = storyFor(doc, stories, story -> story.docs.getFirst().publishedAt(),
                    story -> story.members(vector)).orElseGet(() -> {
                        var started = new Story();
                        stories.add(started);
                        return started;
                    });
            joined.add(doc, vector);
        }
        return stories.stream().map(story -> story.docs.stream().map(Doc::id).toList()).toList();
    }

    /** A story being built: its members and their vectors. */
    private static final class Story {
        private final List<Doc> docs = new ArrayList<>();
        private final List<StoryVector> vectors = new ArrayList<>();

        void add(Doc doc, StoryVector vector) {
            docs.add(doc);
            vectors.add(vector);
        }

        /** The latest members weighed, with their cosines with this vector. */
        List<Member> members(StoryVector vector) {
            List<Member> members = new ArrayList<>();
            for (int i = Math.max(0, docs.size() - MEMBERS_WEIGHED); i < docs.size(); i++) {
                members.add(new Member(docs.get(i), vector.cosine(vectors.get(i))));
            }
            return members;
        }
    }
}
