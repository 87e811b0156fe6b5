package dev.sosik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.sosik.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an import leaves no half article, and running the import again finishes it with no
 * duplicate. The import runs as a real separate process, on the database of this test run (H2 file or PostgreSQL).
 */
@Tag("database")
@ExtendWith(TestDatabase.class)
class ImportCrashTest {

    static final int ARTICLES = 1500;
    private static final Pattern PROGRESS = Pattern.compile("(\\d+)/" + ARTICLES);
    /** Beside the suite's own schema, so that checkouts running at once keep apart. */
    private static final String CRASH_SCHEMA =
            System.getenv().getOrDefault("SOSIK_TEST_SCHEMA", "sosik_test") + "_crash";

    @Test
    void anImportKilledHalfwayIsFinishedByARerunWithoutDuplicates(@TempDir Path folder) throws Exception {
        Database database = database(folder);
        Path file = folder.resolve("crash.jsonl");
        Files.write(file, ImportCommandTests.lines("crash", ARTICLES), StandardCharsets.UTF_8);

        Process killed = start(database, file, folder.resolve("first.log"));
        int seen = waitForProgress(killed, 200);
        killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(seen).as("the import was under way when it was killed").isGreaterThanOrEqualTo(200);

        long stored;
        try (Connection connection = database.connect()) {
            stored = count(connection, "select count(*) from article where external_id like 'crash-%'");
            assertThat(stored).isBetween(1L, (long) ARTICLES - 1);
            assertThat(count(connection, "select count(*) from article a where a.external_id like 'crash-%'"
                    + " and not exists (select 1 from article_counter c where c.article_id = a.id)")).isZero();
            assertThat(count(connection, "select count(*) from article a where a.external_id like 'crash-%'"
                    + " and not exists (select 1 from article_fingerprint f where f.article_id = a.id)")).isZero();
            assertThat(count(connection, "select count(*) from article a where a.external_id like 'crash-%'"
                    + " and (select count(*) from article_band b where b.article_id = a.id) <> 16")).isZero();
        }

        Process rerun = start(database, file, folder.resolve("second.log"));
        drain(rerun.getErrorStream());
        assertThat(rerun.waitFor(240, TimeUnit.SECONDS)).as("the re-run finished").isTrue();
        String summary = Files.readString(folder.resolve("second.log"));
        assertThat(rerun.exitValue()).as(summary).isZero();

        try (Connection connection = database.connect()) {
            assertThat(count(connection, "select count(*) from article where external_id like 'crash-%'"))
                    .isEqualTo(ARTICLES);
            assertThat(count(connection, "select count(distinct external_id) from article"
                    + " where external_id like 'crash-%'")).isEqualTo(ARTICLES);
        }
        assertThat(summary).contains("가져옴 " + (ARTICLES - stored) + ",");
    }

    /** Where the two processes store: a fresh H2 file, or a fresh schema of the test PostgreSQL. */
    record Database(String url, String user) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, "");
        }
    }

    private static Database database(Path folder) throws SQLException {
        if (!"postgres".equals(System.getProperty("sosik.test.db", "h2"))) {
            return new Database("jdbc:h2:file:" + folder.resolve("db/sosik")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test",
                "postgres", "")) {
            connection.createStatement().execute("drop schema if exists " + CRASH_SCHEMA + " cascade");
            connection.createStatement().execute("create schema " + CRASH_SCHEMA);
        }
        return new Database("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + CRASH_SCHEMA, "postgres");
    }

    private static Process start(Database database, Path file, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.sosik.SosikApplication", "import", file.toString(),
                "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=", "--sosik.demo=true", "--sosik.admin-password=crash-test-1"));
        if (database.url().contains(CRASH_SCHEMA)) {
            command.add("--spring.flyway.schemas=" + CRASH_SCHEMA);
        }
        return new ProcessBuilder(command).redirectOutput(log.toFile()).start();
    }

    /** Reads the progress bar until it shows at least the given number of articles (or the process ends). */
    private static int waitForProgress(Process process, int atLeast) throws IOException {
        InputStream err = process.getErrorStream();
        var recent = new StringBuilder();
        int seen = 0;
        for (int read = err.read(); read != -1 && seen < atLeast; read = err.read()) {
            recent.append((char) read);
            if (read == '\r' || read == '\n') {
                Matcher matcher = PROGRESS.matcher(recent);
                while (matcher.find()) {
                    seen = Math.max(seen, Integer.parseInt(matcher.group(1)));
                }
                recent.setLength(0);
            }
        }
        return seen;
    }

    private static void drain(InputStream stream) {
        Thread.ofVirtual().start(() -> {
            try (stream) {
                stream.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                // the process ended
            }
        });
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
