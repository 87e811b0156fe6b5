package dev.sosik.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameStoryEvaluationTest {

    @Test
    void sameStoryReachesPrecisionAndRecallOnHeldOutPairs() {
        var report = SameStoryEvaluation.run();
        System.out.print(report.table());

        assertThat(report.shipped().pairs()).isGreaterThanOrEqualTo(100);
        assertThat(report.shipped().truePositives() + report.shipped().falseNegatives()).isGreaterThanOrEqualTo(30);
        // Measured 2026-11-25 (docs/same-story.md): held-out half P 1.000 R 0.947, all pairs P 1.000 R 0.974, clusters
        // P 1.000 R 0.923. The bounds sit a little under the measured figures, at the 0.9 goal or above.
        assertThat(report.heldOut().precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.heldOut().recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.shipped().precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.shipped().recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.clusters().precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.clusters().recall()).isGreaterThanOrEqualTo(0.9);
    }
}
