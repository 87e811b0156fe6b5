package dev.sosik.rewards.games;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import dev.sosik.article.Article;

/**
 * Makes a four-choice question from one of the latest articles: which headline goes with these hashtags, or which
 * hashtag fills the blank in a headline. The other three choices come from other recent articles.
 */
final class QuizMaker {

    static final String BLANK = "○○○";

    /** A question, its four choices and which one is right. */
    record Made(Article article, String question, List<String> choices, int answer) {
    }

    private final Random random;

    QuizMaker(Random random) {
        this.random = random;
    }

    /** A question about one of the articles not yet asked about (ids in asked), using the others as decoys. */
    Optional<Made> make(List<Article> latest, Set<Long> asked) {
        List<Article> fresh = new ArrayList<>(latest.stream()
                .filter(article -> !asked.contains(article.id()) && article.hashtags().size() >= 3).toList());
        Collections.shuffle(fresh, random);
        for (Article article : fresh) {
            List<Article> others = latest.stream().filter(other -> other.id() != article.id()).toList();
            Optional<Made> made = random.nextBoolean()
                    ? blank(article, others).or(() -> headline(article, others))
                    : headline(article, others).or(() -> blank(article, others));
            if (made.isPresent()) {
                return made;
            }
        }
        return Optional.empty();
    }

    private Optional<Made> headline(Article article, List<Article> others) {
        List<String> tags = article.hashtags().subList(0, 3);
        List<String> decoys = new ArrayList<>(others.stream()
                .filter(other -> other.hashtags().stream().noneMatch(tags::contains))
                .map(Article::title).distinct().toList());
        String question = "다음 해시태그에 어울리는 기사 제목은? #" + String.join(" #", tags);
        return choices(article, question, article.title(), decoys);
    }

    private Optional<Made> blank(Article article, List<Article> others) {
        Optional<String> hidden = article.hashtags().stream()
                .filter(tag -> tag.length() >= 2 && article.title().contains(tag)).findFirst();
        if (hidden.isEmpty()) {
            return Optional.empty();
        }
        List<String> decoys = new ArrayList<>(others.stream().flatMap(other -> other.hashtags().stream())
                .filter(tag -> !article.title().contains(tag) && !article.hashtags().contains(tag))
                .distinct().toList());
        String question = "빈칸에 들어갈 말은? \"" + article.title().replace(hidden.get(), BLANK) + "\"";
        return choices(article, question, hidden.get(), decoys);
    }

    private Optional<Made> choices(Article article, String question, String right, List<String> decoys) {
        if (decoys.size() < 3) {
            return Optional.empty();
        }
        Collections.shuffle(decoys, random);
        List<String> choices = new ArrayList<>(decoys.subList(0, 3));
        int answer = random.nextInt(4);
        choices.add(answer, right);
        return Optional.of(new Made(article, question, List.copyOf(choices), answer));
    }
}
