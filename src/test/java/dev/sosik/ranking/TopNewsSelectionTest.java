package dev.sosik.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class TopNewsSelectionTest {

    static Candidate candidate(long id, long press, long story) {
        return new Candidate(id, "economy", press, story, OffsetDateTime.now(), 0, 0, 0);
    }

    @Test
    void pinsComeFirstAndTakeTheirPressAndStoryPlaces() {
        List<Candidate> pins = List.of(candidate(1, 10, 1));
        List<Candidate> ranked = List.of(candidate(1, 10, 1), candidate(2, 10, 2), candidate(3, 10, 3),
                candidate(4, 20, 1), candidate(5, 20, 5), candidate(6, 30, 6));
        assertThat(TopNewsSelection.select(pins, ranked, 10)).containsExactly(1L, 2L, 5L, 6L);
        assertThat(TopNewsSelection.select(pins, ranked, 2)).containsExactly(1L, 2L);
    }
}
