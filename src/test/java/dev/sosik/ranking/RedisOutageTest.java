package dev.sosik.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** With Redis away nothing throws: visitors are de-duplicated in memory, rankings are simply not shared. */
class RedisOutageTest {

    @Test
    void anUnreachableRedisFallsBackWithoutErrors() {
        // nothing listens on port 1
        try (var state = new RedisState("redis://127.0.0.1:1", "sosik-test:", Duration.ofMinutes(30),
                new InProcessState(Clock.systemUTC(), Duration.ofMinutes(30), 1000))) {
            assertThat(state.markSeen(List.of("1:va", "1:va", "2:va"))).containsExactly(true, false, true);
            state.publish(new ComputedRankings(Instant.now(), Map.of("popular:all", List.of(1L)), List.of()));
            assertThat(state.load()).isEmpty();
            assertThat(state.claimRefresh(Duration.ofSeconds(30))).isTrue();
        }
    }

    @Test
    void visitorMarksExpireAndStayBounded() {
        var clock = new dev.sosik.TestClock();
        var state = new InProcessState(clock, Duration.ofMinutes(30), 3);
        assertThat(state.markSeen(List.of("a", "b", "c", "d"))).containsOnly(true);
        clock.advance(Duration.ofMinutes(31));
        assertThat(state.markSeen(List.of("a"))).containsExactly(true);
        assertThat(state.marks()).isLessThanOrEqualTo(3);
    }
}
