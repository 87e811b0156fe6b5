package dev.sosik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.sosik.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class ImportCommandTests {

    @Autowired
    ImportCommand command;
    @Autowired
    JdbcClient jdbc;

    /** Lines in the push API's format with bodies of their own (made of varied syllables, so never copies). */
    static List<String> lines(String prefix, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(("{\"press\": \"hanbit\", \"external_id\": \"%s-%d\", \"url\": \"https://import.example/%s/%d\", "
                    + "\"title\": \"가져온 기사 %d\", \"body_text\": \"%s\", \"category\": \"society\", "
                    + "\"published_at\": \"2025-03-0%dT09:00:00+09:00\"}")
                    .formatted(prefix, i, prefix, i, i, SyntheticText.paragraphs(prefix.hashCode() * 7919L + i, 3),
                            1 + i % 9));
        }
        return lines;
    }

    @Test
    void importsReportsAndARerunChangesNothing(@TempDir Path folder) throws Exception {
        List<String> lines = new ArrayList<>(lines("imp", 30));
        lines.add("{broken json");
        lines.add("{\"press\": \"nobody\", \"external_id\": \"x\"}");
        lines.add("{\"press\": \"hanbit\", \"external_id\": \"no-title\", \"url\": \"https://import.example/n\", "
                + "\"body_text\": \"본문\", \"category\": \"society\", \"published_at\": \"2025-03-01T09:00:00+09:00\"}");
        Path file = folder.resolve("articles.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        var progress = new ByteArrayOutputStream();

        ImportCommand.Summary first = command.run(file, null, new PrintStream(progress, true, StandardCharsets.UTF_8));
        ImportCommand.Summary again = command.run(folder, null, new PrintStream(new ByteArrayOutputStream()));

        assertThat(first.imported()).isEqualTo(30);
        assertThat(first.failed()).isEqualTo(3);
        assertThat(first.failures().keySet()).anyMatch(reason -> reason.contains("JSON"))
                .anyMatch(reason -> reason.contains("nobody")).anyMatch(reason -> reason.contains("title"));
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("33/33 100%");
        assertThat(again.imported()).isZero();
        assertThat(again.unchanged()).isEqualTo(30);
        assertThat(jdbc.sql("select count(*) from article where external_id like 'imp-%'").query(Long.class).single())
                .isEqualTo(30);
    }

    @Test
    void aRevisionLaterInTheFileIsStoredAfterItsArticle(@TempDir Path folder) throws Exception {
        List<String> lines = new ArrayList<>(lines("rev", 12));
        String revised = lines("rev", 1).getFirst()
                .replaceFirst("\"body_text\": \"[^\"]*\"", java.util.regex.Matcher.quoteReplacement(
                        "\"body_text\": \"" + SyntheticText.paragraphs(42, 3) + "\""));
        lines.add(revised);
        Path file = folder.resolve("revisions.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);

        ImportCommand.Summary summary = command.run(file, null, null);

        assertThat(summary.imported()).isEqualTo(12);
        assertThat(summary.updated()).isEqualTo(1);
        assertThat(jdbc.sql("select b.body_html from article a join article_body b on b.article_id = a.id"
                        + " where a.external_id = 'rev-0'").query(String.class).single())
                .contains(SyntheticText.paragraphs(42, 3).split("\\\\n")[0].strip());
    }
}
