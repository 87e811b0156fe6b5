package dev.sosik.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashtagEvaluationTest {

    @Test
    void reachesTheMeasuredFiguresWithNoGenericTag() {
        HashtagEvaluation.Report report = HashtagEvaluation.run();
        System.out.print(report.table());

        assertThat(report.articles()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(report.genericShare()).isZero();
        // The figures of docs/hashtags.md less a small margin, so that a regression fails.
        assertThat(report.precisionAt5()).isGreaterThanOrEqualTo(0.70);
        assertThat(report.recallAt10()).isGreaterThanOrEqualTo(0.61);
    }
}
