package dev.sosik.text;

/**
 * One occurrence of a keyword in a normalized text, with what the hashtagger needs to know about its surroundings:
 * whether it begins and ends a whitespace-separated word (so that "고대역폭 메모리" can be seen as one name) and whether
 * it is used as a predicate (동결했다, 편성된: the noun names an action, which an editor rarely tags), and whether it holds
 * a name (a proper noun, an acronym, a word of the user dictionary), which editors tag first.
 */
record Keyword(String text, int start, int end, boolean wordStart, boolean wordEnd, boolean predicate, boolean name) {
}
