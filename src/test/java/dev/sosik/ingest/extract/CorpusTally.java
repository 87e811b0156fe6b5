package dev.sosik.ingest.extract;

import java.util.List;
import java.util.Locale;

/** The scores of a site's pages, or of all pages, summed up and printed as a table row. */
final class CorpusTally {

    static final String HEADER = String.format(Locale.ROOT, "%-7s %5s %7s %9s %8s %12s %9s %8s %9s %8s %9s %7s",
            "site", "pages", "title", "published", "updated", "author", "text bi", "text ch", "copyright",
            "section", "thumbnail", "tags");

    int pages;
    int title;
    int published;
    int updated;
    int authorPages;
    int authorRight;
    int pressAuthorPages;
    int pressAuthorRight;
    double bigramF1;
    double characterF1;
    int copyright;
    int section;
    int thumbnail;
    int tags;

    void add(String name, CorpusScore score, List<String> misses) {
        pages++;
        title += score.title() ? 1 : 0;
        published += score.published() ? 1 : 0;
        updated += score.updated() ? 1 : 0;
        if (score.author() != null && !score.pressAuthor()) {
            authorPages++;
            authorRight += score.author() ? 1 : 0;
        } else if (score.pressAuthor()) {
            pressAuthorPages++;
            pressAuthorRight += score.author() ? 1 : 0;
        }
        bigramF1 += score.bigramF1();
        characterF1 += score.characterF1();
        copyright += score.copyright() ? 1 : 0;
        section += score.section() ? 1 : 0;
        thumbnail += score.thumbnail() ? 1 : 0;
        tags += score.tags() ? 1 : 0;
        score.misses().forEach(miss -> misses.add(name + " " + miss));
    }

    void plus(CorpusTally other) {
        pages += other.pages;
        title += other.title;
        published += other.published;
        updated += other.updated;
        authorPages += other.authorPages;
        authorRight += other.authorRight;
        pressAuthorPages += other.pressAuthorPages;
        pressAuthorRight += other.pressAuthorRight;
        bigramF1 += other.bigramF1;
        characterF1 += other.characterF1;
        copyright += other.copyright;
        section += other.section;
        thumbnail += other.thumbnail;
        tags += other.tags;
    }

    double percent(int right) {
        return pages == 0 ? 0 : 100.0 * right / pages;
    }

    double authorPercent() {
        return authorPages == 0 ? 100 : 100.0 * authorRight / authorPages;
    }

    double meanBigramF1() {
        return pages == 0 ? 0 : bigramF1 / pages;
    }

    String row(String site) {
        return String.format(Locale.ROOT,
                "%-7s %5d %6.1f%% %8.1f%% %7.1f%% %5.1f%% (%2d) %9.4f %8.4f %8.1f%% %7.1f%% %8.1f%% %6.1f%%",
                site, pages, percent(title), percent(published), percent(updated), authorPercent(), authorPages,
                meanBigramF1(), pages == 0 ? 0 : characterF1 / pages, percent(copyright), percent(section),
                percent(thumbnail), percent(tags)) + (pressAuthorPages == 0 ? ""
                : String.format(Locale.ROOT, "  press-as-author pages: %d, %d right", pressAuthorPages,
                        pressAuthorRight));
    }
}
