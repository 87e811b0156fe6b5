package dev.sosik.ingest.fetch;

import java.math.BigDecimal;
import java.time.Duration;

/** Durations as they read in failure reasons: "30s", "1.5s", "500ms". */
final class DurationText {

    private DurationText() {
    }

    static String of(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + "ms";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + "s";
        }
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + "s";
    }
}
