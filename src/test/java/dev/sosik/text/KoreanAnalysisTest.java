package dev.sosik.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class KoreanAnalysisTest {

    private final KoreanAnalysis analysis = KoreanAnalysis.standard();

    @Test
    void keepsLatinAndMixedTokensWhole() {
        assertThat(analysis.keywords("서울시가 R&D 예산을 늘리고 5G와 K-팝, COVID-19 대응에 나섰다"))
                .contains("R&D", "5G", "K-팝", "COVID-19")
                .doesNotContain("R", "D", "G", "COVID");
        assertThat(analysis.nouns("AI 반도체와 R&D, 5G")).contains("AI", "R&D", "5G");
    }

    @Test
    void normalizesFullWidthFormsBeforeAnalysis() {
        assertThat(analysis.keywords("ＡＩ 반도체")).containsExactly("AI", "반도체");
        assertThat(analysis.nouns("ＡＩ")).containsExactly("AI");
    }

    @Test
    void dropsParticlesAndKeepsCompoundsWholeAsKeywords() {
        assertThat(analysis.keywords("서울시가 서울형 R&D를 늘렸다")).containsExactly("서울시", "서울형", "R&D");
        assertThat(analysis.keywords("대덕연구개발특구에 입주한 기업들")).containsExactly("대덕연구개발특구", "입주", "기업");
    }

    @Test
    void marksTheNounsUsedAsVerbs() {
        assertThat(analysis.keywordOccurrences("한국은행이 금리를 동결했다"))
                .extracting(Keyword::text, Keyword::predicate)
                .containsExactly(tuple("한국은행", false), tuple("금리", false), tuple("동결", true));
    }

    @Test
    void nounsKeepCompoundsAndTheirPartsForMatchingAcrossArticles() {
        assertThat(analysis.nouns("서울시가")).contains("서울시", "서울");
    }

    /**
     * Keywords and nouns come from one run of Nori: the parts put after each compound and inflected form must be
     * exactly those of Nori's own mixed mode, tag, place and position, on every paragraph of the demo articles.
     */
    @Test
    void morphemesWithPartsAreThoseOfNorisMixedMode() throws IOException {
        List<String> texts = demoTexts();
        for (String text : texts) {
            KoreanAnalysis.Tokens tokens = analysis.tokens(text);
            assertThat(tokens.withParts()).as(text).isEqualTo(norisOwn(text, KoreanTokenizer.DecompoundMode.MIXED));
            assertThat(tokens.whole()).as(text).isEqualTo(norisOwn(text, KoreanTokenizer.DecompoundMode.NONE));
        }
        assertThat(texts).hasSizeGreaterThan(300);
    }

    @Test
    void searchAnalyzerKeepsLatinTokensWholeAndLowerCased() throws IOException {
        assertThat(searchTerms("서울형 R&D와 5G, ＡＩ")).contains("서울형", "r&d", "5g", "ai")
                .doesNotContain("r", "d", "g");
    }

    @Test
    void searchAnalyzerLeavesNoPositionGapWherePunctuationWas() throws IOException {
        List<Integer> increments = new ArrayList<>();
        try (var stream = analysis.searchAnalyzer().tokenStream("body", "R&D, 예산")) {
            var increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                increments.add(increment.getPositionIncrement());
            }
            stream.end();
        }
        assertThat(increments).containsExactly(1, 1);
    }

    @Test
    void userDictionaryKeepsCoinedWordsAndNamesWhole() {
        assertThat(analysis.keywords("딥테크 기업 하루채움이 새벽배송을 시작했다")).contains("딥테크", "하루채움");
    }

    private List<Morpheme> norisOwn(String text, KoreanTokenizer.DecompoundMode mode) throws IOException {
        List<Morpheme> morphemes = new ArrayList<>();
        try (var tokenizer = analysis.tokenizer(mode)) {
            tokenizer.setReader(new StringReader(KoreanAnalysis.normalize(text)));
            var term = tokenizer.addAttribute(CharTermAttribute.class);
            var pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            var offset = tokenizer.addAttribute(OffsetAttribute.class);
            var increment = tokenizer.addAttribute(PositionIncrementAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                morphemes.add(new Morpheme(term.toString(), pos.getLeftPOS(), offset.startOffset(),
                        offset.endOffset(), increment.getPositionIncrement()));
            }
            tokenizer.end();
        }
        return LatinTokens.joined(morphemes);
    }

    /** The titles and paragraphs of the demo articles (written by us, src/main/resources/demo/articles). */
    private static List<String> demoTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(Path.of("src/main/resources/demo/articles"))) {
            for (Path file : files.sorted().toList()) {
                for (JsonNode article : JsonMapper.builder().build().readTree(file.toFile())) {
                    texts.add(article.get("title").asString());
                    article.get("paragraphs").forEach(paragraph -> texts.add(paragraph.asString()));
                }
            }
        }
        return texts;
    }

    private List<String> searchTerms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (var stream = analysis.searchAnalyzer().tokenStream("body", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
