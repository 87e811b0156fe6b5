package dev.sosik.search;

import dev.sosik.text.TagCorpus;

import org.springframework.stereotype.Component;

/** The stored articles' hashtag terms as the index counts them (each article's terms are indexed with it). */
@Component
class IndexTagCorpus implements TagCorpus {

    private final SearchIndex index;
    private final KeptFrequencies frequencies = new KeptFrequencies(SearchIndex.TAG_TERMS);

    IndexTagCorpus(SearchIndex index) {
        this.index = index;
    }

    @Override
    public int documentCount() {
        return index.withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    @Override
    public int frequency(String term) {
        return index.withSearcher(searcher -> frequencies.frequency(searcher, term));
    }
}
