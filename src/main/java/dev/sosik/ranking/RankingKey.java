package dev.sosik.ranking;

import java.util.ArrayList;
import java.util.List;

import dev.sosik.engagement.ReactionType;

/**
 * One ranking list: a kind, for one section or all (category null), for 반응 많은 뉴스 one reaction or all
 * (reaction null), and for the windowed kinds a window. Its name keys the list in memory and in Redis.
 */
public record RankingKey(RankingKind kind, String category, ReactionType reaction, RankingWindow window) {

    public static RankingKey of(RankingKind kind, String category) {
        return new RankingKey(kind, category, null, kind.windowed() ? RankingWindow.HOURS_24 : null);
    }

    public String name() {
        var name = new StringBuilder(kind.code()).append(':').append(category == null ? "all" : category);
        if (kind == RankingKind.REACTED) {
            name.append(':').append(reaction == null ? "any" : reaction.code());
        }
        if (window != null) {
            name.append(':').append(window.code());
        }
        return name.toString();
    }

    /** Every list there is, for these section codes. */
    static List<RankingKey> all(List<String> categories) {
        List<String> scopes = new ArrayList<>();
        scopes.add(null);
        scopes.addAll(categories);
        List<ReactionType> reactions = new ArrayList<>();
        reactions.add(null);
        reactions.addAll(List.of(ReactionType.values()));
        List<RankingKey> keys = new ArrayList<>();
        for (String category : scopes) {
            keys.add(new RankingKey(RankingKind.LATEST, category, null, null));
            keys.add(new RankingKey(RankingKind.POPULAR, category, null, null));
            keys.add(new RankingKey(RankingKind.TOP, category, null, null));
            for (RankingWindow window : RankingWindow.values()) {
                keys.add(new RankingKey(RankingKind.COMMENTED, category, null, window));
                for (ReactionType reaction : reactions) {
                    keys.add(new RankingKey(RankingKind.REACTED, category, reaction, window));
                }
            }
        }
        return keys;
    }
}
