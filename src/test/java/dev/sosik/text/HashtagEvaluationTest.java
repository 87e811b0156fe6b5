package dev.sosik.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

class HashtagEvaluationTest {

    @Test
    void reachesTheMeasuredFiguresWithNoGenericTag() {
        HashtagEvaluation.Report report = HashtagEvaluation.demo(Hashtagger.standard());
        System.out.print(report.table());

        assertThat(report.articles()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(report.genericShare()).isZero();
        // The figures of docs/hashtags.md less a small margin, so that a regression fails.
        assertThat(report.precisionAt5()).isGreaterThanOrEqualTo(0.70);
        assertThat(report.recallAt10()).isGreaterThanOrEqualTo(0.61);
    }

    @Test
    void keepsTheHeldOutFiguresOnThePublisherPages() {
        assumeTrue(Files.isDirectory(HashtagEvaluation.NEWS_PAGES),
                "news pages absent: " + HashtagEvaluation.NEWS_PAGES.toAbsolutePath().normalize() + ", skipped");
        HashtagEvaluation.Report report = HashtagEvaluation.newsPages(Hashtagger.standard(),
                HashtagEvaluation.NEWS_PAGES).orElseThrow();
        System.out.print(report.table());

        assertThat(report.articles()).hasSize(36);
        assertThat(report.genericShare()).isZero();
        // The held-out figures of docs/hashtags.md less a small margin: never tuned on, only guarded.
        assertThat(report.precisionAt5()).isGreaterThanOrEqualTo(0.62);
        assertThat(report.recallAt10()).isGreaterThanOrEqualTo(0.61);
    }
}
