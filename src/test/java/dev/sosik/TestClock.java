package dev.sosik;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The application's clock in tests: the real time plus an offset that tests move forward, so that a rule about
 * time (60 seconds between comments, a day's limit) is tried without waiting. It never goes back within a test.
 */
public final class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Sets the clock of the test's application back to the real time once the test has run. */
    public static final class Reset implements TestExecutionListener {

        @Override
        public void afterTestMethod(TestContext test) {
            test.getApplicationContext().getBeanProvider(TestClock.class)
                    .ifAvailable(clock -> clock.offset = Duration.ZERO);
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is UTC");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
