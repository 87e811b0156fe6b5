package dev.sosik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NearDuplicatesTest {

    private final NearDuplicates nearDuplicates = new NearDuplicates(null, 0.8);

    /** The demo set's bodies: 64 articles, among them pairs of presses reporting the same event in their words. */
    static List<String> demoBodies() throws IOException {
        var json = JsonMapper.builder().build();
        List<String> bodies = new ArrayList<>();
        for (String section : List.of("politics", "economy", "society", "life", "it", "world", "entertainment",
                "sports")) {
            try (InputStream in = new ClassPathResource("demo/articles/" + section + ".json").getInputStream()) {
                for (JsonNode article : json.readTree(in)) {
                    var text = new StringBuilder();
                    article.get("paragraphs").forEach(paragraph -> text.append(paragraph.asString()).append('\n'));
                    bodies.add(text.toString());
                }
            }
        }
        return bodies;
    }

    @Test
    void aCopyWithSmallEditsIsFoundAndRewritesOfTheSameEventAreNot() throws IOException {
        List<String> bodies = demoBodies();
        List<long[]> signatures = bodies.stream().map(body -> nearDuplicates.signature(body).orElseThrow()).toList();

        for (int i = 0; i < signatures.size(); i++) {
            for (int j = i + 1; j < signatures.size(); j++) {
                assertThat(NearDuplicates.similarity(signatures.get(i), signatures.get(j)))
                        .as("demo articles %d and %d are different articles", i, j).isLessThan(0.5);
            }
        }
        String original = bodies.getFirst();
        String edited = "[단독] " + original.replace("했다.", "했습니다.").substring(0, original.length() - 40);
        assertThat(NearDuplicates.similarity(signatures.getFirst(), nearDuplicates.signature(edited).orElseThrow()))
                .isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aTextTooShortToJudgeHasNoSignature() {
        assertThat(nearDuplicates.signature("짧은 기사입니다.")).isEmpty();
        assertThat(nearDuplicates.signature("가".repeat(60))).isPresent();
    }
}
