package dev.sosik;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import dev.sosik.ingest.FeedPolling;
import dev.sosik.ingest.ImportCommand;
import dev.sosik.ingest.Source;
import dev.sosik.ingest.Sources;
import dev.sosik.rewards.points.Ledger;
import dev.sosik.rewards.points.PointsCommand;
import dev.sosik.ranking.TrafficSimulation;
import dev.sosik.search.SearchIndexing;
import dev.sosik.text.ArticleTagging;
import dev.sosik.text.HashtagEvaluation;
import dev.sosik.text.Hashtagger;
import dev.sosik.text.SameStoryEvaluation;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: {@code sosik import PATH [--press=CODE]}, {@code sosik sources poll-now} and
 * {@code sosik search rebuild}, {@code sosik hashtags retag}, {@code sosik evaluate hashtags|stories} and
 * {@code sosik points check|expire} and {@code sosik simulate}. A command
 * runs the application without its web server, without demo content and without the feed schedule, then exits.
 */
final class Commands {

    static final String USAGE = """
            usage: sosik import PATH [--press=CODE]   import a JSON Lines file or a folder of them
                   sosik sources poll-now             fetch every enabled source now
                   sosik search rebuild               rebuild the search index from the database
                   sosik hashtags retag               tag every article again (after the method or dictionary changed)
                   sosik evaluate hashtags|stories    print the hashtag or same-story figures on the evaluation sets
                   sosik points check                 recompute every balance from the points ledger, list mismatches
                   sosik points expire                write off expired points now
                   sosik simulate [--minutes=60] [--views-per-minute=300] [--seed=N]
                                                      simulated readers (views, reactions, comments) over the last minutes""";

    private Commands() {
    }

    static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    static int run(String[] args) throws Exception {
        String[] words = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toArray(String[]::new);
        if (words.length == 2 && words[0].equals("evaluate")) {
            // the evaluation sets ship with the application; no database is needed
            switch (words[1]) {
                case "hashtags" -> System.out.print(HashtagEvaluation.report(Hashtagger.standard()));
                case "stories" -> System.out.print(SameStoryEvaluation.run().table());
                default -> {
                    System.err.println(USAGE);
                    return 2;
                }
            }
            return 0;
        }
        boolean importing = words.length == 2 && words[0].equals("import");
        boolean polling = words.length == 2 && words[0].equals("sources") && words[1].equals("poll-now");
        boolean reindexing = words.length == 2 && words[0].equals("search") && words[1].equals("rebuild");
        boolean retagging = words.length == 2 && words[0].equals("hashtags") && words[1].equals("retag");
        boolean points = words.length == 2 && words[0].equals("points")
                && (words[1].equals("check") || words[1].equals("expire"));
        boolean simulating = words.length == 1 && words[0].equals("simulate");
        if (!importing && !polling && !reindexing && !retagging && !points && !simulating) {
            System.err.println(USAGE);
            return 2;
        }
        if (importing && !Files.exists(Path.of(words[1]))) {
            System.err.println("sosik: no such file or folder: " + words[1]);
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SosikApplication.class)
                .web(WebApplicationType.NONE)
                .properties("sosik.demo=false", "sosik.ingest.schedule=false", "sosik.rewards.schedule=false",
                        "sosik.ranking.schedule=false",
                        "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run(args)) {
            if (simulating) {
                return simulate(context, args);
            }
            if (retagging) {
                int tagged = context.getBean(ArticleTagging.class).retagAll(System.err);
                System.out.printf("해시태그를 다시 달았습니다: 기사 %d건%n", tagged);
                return 0;
            }
            if (points) {
                return PointsCommand.run(context.getBean(Ledger.class), words[1], System.out);
            }
            if (reindexing) {
                long indexed = context.getBean(SearchIndexing.class).rebuild(System.err);
                System.out.printf("검색 색인을 다시 만들었습니다: 기사 %d건%n", indexed);
                return 0;
            }
            return importing ? importPath(context, Path.of(words[1]), option(args, "--press="))
                    : pollNow(context);
        }
    }

    private static int importPath(ConfigurableApplicationContext context, Path path, String press) throws Exception {
        ImportCommand.Summary summary = context.getBean(ImportCommand.class).run(path, press, System.err);
        summary.printTo(System.out);
        return summary.failed() == 0 ? 0 : 1;
    }

    private static int pollNow(ConfigurableApplicationContext context) {
        FeedPolling polling = context.getBean(FeedPolling.class);
        int failed = 0;
        for (Source source : context.getBean(Sources.class).all()) {
            if (!source.enabled()) {
                continue;
            }
            FeedPolling.PollReport report = polling.poll(source);
            failed += report.status().equals("failed") ? 1 : 0;
            System.out.printf("%s %s: %s, 가져옴 %d, 수정 %d, 중복 %d%s%n", source.pressCode(), source.feedUrl(),
                    report.status(), report.imported(), report.updated(), report.duplicates(),
                    report.problems().isEmpty() ? "" : " (" + String.join("; ", report.problems()) + ")");
        }
        return failed == 0 ? 0 : 1;
    }

    private static int simulate(ConfigurableApplicationContext context, String[] args) {
        int minutes;
        int perMinute;
        long seed;
        try {
            minutes = Integer.parseInt(optionOr(args, "--minutes=", "60"));
            perMinute = Integer.parseInt(optionOr(args, "--views-per-minute=", "300"));
            seed = Long.parseLong(optionOr(args, "--seed=", Long.toString(System.nanoTime())));
        } catch (NumberFormatException e) {
            System.err.println(USAGE);
            return 2;
        }
        if (minutes < 1 || minutes > 7 * 24 * 60 || perMinute < 1 || perMinute > 100_000) {
            System.err.println("sosik: --minutes is 1 to 10080 and --views-per-minute 1 to 100000");
            return 2;
        }
        TrafficSimulation.Summary summary = context.getBean(TrafficSimulation.class)
                .run(minutes, perMinute, seed, System.err);
        System.out.printf("모의 트래픽 %d분: 조회 %d, 반응 %d, 댓글 %d%n", summary.minutes(), summary.views(),
                summary.reactions(), summary.comments());
        return 0;
    }

    private static String optionOr(String[] args, String prefix, String fallback) {
        String value = option(args, prefix);
        return value == null ? fallback : value;
    }

    private static String option(String[] args, String prefix) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .findFirst().orElse(null);
    }
}
