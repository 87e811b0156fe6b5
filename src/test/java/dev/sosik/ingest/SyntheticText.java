package dev.sosik.ingest;

import java.util.Random;

/** Korean-looking text made from a seed: different seeds give bodies that share almost no shingles. */
final class SyntheticText {

    private SyntheticText() {
    }

    static String paragraphs(long seed, int count) {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (int p = 0; p < count; p++) {
            for (int word = 0; word < 25; word++) {
                int length = 2 + random.nextInt(3);
                for (int i = 0; i < length; i++) {
                    text.append((char) ('가' + random.nextInt(11172)));
                }
                text.append(word % 8 == 7 ? "다. " : " ");
            }
            text.append(p < count - 1 ? "\\n" : "");
        }
        return text.toString();
    }
}
