package dev.sosik.text;

/**
 * An article's body as hashtags and same-story grouping read it: the lead (the first paragraph, which tells the
 * news) and the rest. Both analyse these same two texts, so that Nori runs once for each ({@link KoreanAnalysis}).
 */
record LeadAndRest(String lead, String rest) {

    static LeadAndRest of(String body) {
        String[] paragraphs = body.strip().split("\\R+", 2);
        return new LeadAndRest(paragraphs[0], paragraphs.length > 1 ? paragraphs[1] : "");
    }
}
