package dev.sosik.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;

import dev.sosik.ProgressBar;
import dev.sosik.article.Press;
import dev.sosik.article.Presses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * {@code sosik import PATH [--press=CODE]}: imports a JSON Lines file, or every .jsonl and .json file of a folder,
 * in the push API's format (a line may name its press with "press"). Each article is stored in its own
 * transaction and recognised again on a re-run, so an interrupted import is simply run again. Lines are stored on
 * as many threads as the machine has cores.
 */
@Component
public class ImportCommand {

    private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

    private final PushFormat format;
    private final ArticleIngest ingest;
    private final Presses presses;
    private final JsonMapper json;

    ImportCommand(PushFormat format, ArticleIngest ingest, Presses presses, JsonMapper json) {
        this.format = format;
        this.ingest = ingest;
        this.presses = presses;
        this.json = json;
    }

    /** What an import did; failures keep the first reasons of each kind. */
    public record Summary(int imported, int updated, int unchanged, int duplicates, int failed,
                          Map<String, Integer> failures) {

        public void printTo(PrintStream out) {
            out.printf("가져옴 %d, 수정 %d, 변경 없음 %d, 중복이라 건너뜀 %d, 실패 %d%n",
                    imported, updated, unchanged, duplicates, failed);
            failures.forEach((reason, count) -> out.printf("  실패 %d건: %s%n", count, reason));
        }
    }

    public Summary run(Path path, String defaultPress, PrintStream progressOut) throws IOException {
        List<Path> files = files(path);
        long total = 0;
        for (Path file : files) {
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                total += lines.filter(line -> !line.isBlank()).count();
            }
        }
        var progress = new ProgressBar(progressOut, total);
        var tally = new OutcomeTally();
        Map<String, Integer> failures = new LinkedHashMap<>();
        try (var lanes = new Lanes(Runtime.getRuntime().availableProcessors())) {
            for (Path file : files) {
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        if (line.isBlank()) {
                            continue;
                        }
                        JsonNode node = parsed(line);
                        String address = node != null && node.get("url") instanceof JsonNode url && url.isString()
                                ? url.asString() : line;
                        lanes.run(address, () -> {
                            IngestOutcome outcome = importOrFail(node, defaultPress);
                            synchronized (tally) {
                                tally.add(outcome);
                                if (outcome.kind() == IngestOutcome.Kind.FAILED) {
                                    failures.merge(outcome.reason(), 1, Integer::sum);
                                }
                                progress.step();
                            }
                        });
                    }
                }
            }
        }
        progress.finish();
        return new Summary(tally.of(IngestOutcome.Kind.IMPORTED), tally.of(IngestOutcome.Kind.UPDATED),
                tally.of(IngestOutcome.Kind.UNCHANGED), tally.of(IngestOutcome.Kind.DUPLICATE),
                tally.of(IngestOutcome.Kind.FAILED), firstReasons(failures));
    }

    /**
     * One worker per core, each taking its lines in file order; the lines of one address go to the same worker,
     * so a later revision of an article is still stored after the earlier one. At most a few hundred lines wait,
     * however long the file. (Two different addresses with one text may both be stored when they are taken at the
     * same moment, as with two presses pushing at once.)
     */
    private static final class Lanes implements AutoCloseable {

        private static final int WAITING_PER_LANE = 64;

        private final List<ExecutorService> lanes = new ArrayList<>();
        private final Semaphore waiting;

        Lanes(int count) {
            for (int i = 0; i < count; i++) {
                lanes.add(Executors.newSingleThreadExecutor(Thread.ofPlatform().name("import-" + i).factory()));
            }
            waiting = new Semaphore(count * WAITING_PER_LANE);
        }

        void run(String key, Runnable work) {
            waiting.acquireUninterruptibly();
            lanes.get(Math.floorMod(key.hashCode(), lanes.size())).execute(() -> {
                try {
                    work.run();
                } finally {
                    waiting.release();
                }
            });
        }

        /** Waits for every line taken to be done. */
        @Override
        public void close() {
            lanes.forEach(ExecutorService::close);
        }
    }

    /** The line as JSON, or null when it is not JSON. */
    private JsonNode parsed(String line) {
        try {
            return json.readTree(line);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** A line that could not be stored (the database went away ...) fails alone; the import goes on. */
    private IngestOutcome importOrFail(JsonNode node, String defaultPress) {
        try {
            return importLine(node, defaultPress);
        } catch (RuntimeException e) {
            log.warn("An imported line could not be stored", e);
            return IngestOutcome.failed("저장하지 못했습니다: " + e.getMessage());
        }
    }

    private IngestOutcome importLine(JsonNode node, String defaultPress) {
        if (node == null) {
            return IngestOutcome.failed("JSON으로 읽을 수 없는 줄");
        }
        String pressCode = node.hasNonNull("press") ? node.get("press").asString() : defaultPress;
        Press press = pressCode == null ? null : presses.findByCode(pressCode).orElse(null);
        if (press == null) {
            return IngestOutcome.failed("언론사가 없거나 모르는 code입니다: " + pressCode
                    + " (줄마다 \"press\"를 쓰거나 --press=CODE로 정해 주세요)");
        }
        PushFormat.Result read = format.read(node, press.id(), "");
        if (read.article() == null) {
            return IngestOutcome.failed(String.join("; ", read.errors().values()));
        }
        return ingest.ingest(read.article());
    }

    private static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> children = Files.list(path)) {
            return new ArrayList<>(children.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".jsonl") || file.toString().endsWith(".json"))
                    .sorted().toList());
        }
    }

    /** At most ten kinds of failure, each with its count, so a summary stays readable. */
    private static Map<String, Integer> firstReasons(Map<String, Integer> failures) {
        Map<String, Integer> first = new LinkedHashMap<>();
        failures.entrySet().stream().limit(10).forEach(entry -> first.put(entry.getKey(), entry.getValue()));
        return first;
    }
}
