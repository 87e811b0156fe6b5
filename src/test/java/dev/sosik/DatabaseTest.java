package dev.sosik;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A test of the whole application against a real database: H2 in a plain run, PostgreSQL when the build runs the
 * database tests a second time with {@code -Dsosik.test.db=postgres} (see pom.xml). The schema is migrated afresh
 * and the demo content loaded, once per run. The test clock is set back to the real time after every test, so
 * that a test that moves it (a year on, to expire points) leaves the next test the time it expects.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
@ExtendWith(TestDatabase.class)
@Import(TestDatabase.FreshSchema.class)
@TestExecutionListeners(listeners = TestClock.Reset.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface DatabaseTest {
}
