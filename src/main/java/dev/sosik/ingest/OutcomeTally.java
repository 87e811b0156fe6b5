package dev.sosik.ingest;

import java.util.EnumMap;
import java.util.Map;

import dev.sosik.ingest.IngestOutcome.Kind;

/** How many incoming articles of a poll or an import ended each way. */
final class OutcomeTally {

    private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);

    void add(IngestOutcome outcome) {
        counts.merge(outcome.kind(), 1, Integer::sum);
    }

    int of(Kind kind) {
        return counts.getOrDefault(kind, 0);
    }
}
