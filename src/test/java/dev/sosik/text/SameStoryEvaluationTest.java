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
        // Measured 2026-11-25 (docs/same-story.md), below the 0.9 recall goal: the misses are rewrites whose key
        // name Nori does not read as a noun (the messenger 톡톡이). The bounds sit a little under the measured figures.
        assertThat(report.heldOut().precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.heldOut().recall()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.shipped().precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.shipped().recall()).isGreaterThanOrEqualTo(0.8);
        assertThat(report.clusters().precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.clusters().recall()).isGreaterThanOrEqualTo(0.8);
    }
}
