package dev.sosik.article;

/**
 * A newest-first listing page (a section, a press, a keyword) and where its next page is.
 *
 * @param heading     the page's title, e.g. "경제" or "#반도체"
 * @param description a line under the heading, or null
 * @param basePath    the listing's own path; paging adds ?cursor=
 * @param isFirstPage whether this is the first page (the others link back to it)
 */
public record Listing(String heading, String description, String basePath, ArticleSlice slice, boolean isFirstPage) {

    public String nextPageUrl() {
        return slice.hasNext() ? basePath + "?cursor=" + slice.next().encode() : null;
    }
}
