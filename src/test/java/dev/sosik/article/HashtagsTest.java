package dev.sosik.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HashtagsTest {

    @Test
    void tagsAreSingleCleanWordsEachOnce() {
        assertThat(Hashtags.normalize(List.of("#반도체", "R&D", "K-팝", "ＡＩ", "생활/문화", "서울 시", "반도체", "  ", "C++")))
                .containsExactly("반도체", "R&D", "K-팝", "AI", "생활문화", "서울시", "C++");
    }
}
