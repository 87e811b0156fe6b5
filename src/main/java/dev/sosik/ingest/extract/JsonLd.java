package dev.sosik.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org article a page describes in its {@code application/ld+json} scripts, read leniently: Korean sites
 * write comments, trailing commas, raw tabs and HTML entities ({@code &#34;}) into them.
 */
final class JsonLd {

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "blogposting", "liveblogposting", "report");
    private static final Set<String> ORGANIZATION_TYPES =
            Set.of("organization", "newsmediaorganization", "corporation");

    /** A person credited as author; the e-mail is null when not given. */
    record Author(String name, String email) {
    }

    private final JsonNode article;
    private final Set<String> organizationNames;

    private JsonLd(JsonNode article, Set<String> organizationNames) {
        this.article = article;
        this.organizationNames = organizationNames;
    }

    static JsonLd of(Document document) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : document.select("script[type=application/ld+json]")) {
            try {
                collect(LENIENT.readTree(script.data()), nodes);
            } catch (JacksonException unreadable) {
                // one broken script must not hide the others
            }
        }
        JsonNode article = nodes.stream().filter(node -> hasType(node, ARTICLE_TYPES)).findFirst().orElse(null);
        Set<String> organizations = new LinkedHashSet<>();
        for (JsonNode node : nodes) {
            if (hasType(node, ORGANIZATION_TYPES)) {
                addNames(node, organizations);
            }
        }
        if (article != null) {
            addNames(article.get("publisher"), organizations);
        }
        return new JsonLd(article, organizations);
    }

    /** The headline; null when the page describes no article. */
    String headline() {
        return text(field("headline"));
    }

    String datePublished() {
        return text(field("datePublished"));
    }

    String dateModified() {
        return text(field("dateModified"));
    }

    String section() {
        return first(field("articleSection"));
    }

    String url() {
        JsonNode page = field("mainEntityOfPage");
        String url = page != null && page.isObject() ? text(page.get("@id")) : text(page);
        return url != null ? url : text(field("url"));
    }

    String thumbnailUrl() {
        return first(field("thumbnailUrl"));
    }

    String image() {
        return first(field("image"));
    }

    List<Author> authors() {
        List<Author> authors = new ArrayList<>();
        for (JsonNode one : items(field("author"))) {
            String name = one.isObject() ? text(one.get("name")) : text(one);
            if (name != null) {
                authors.add(new Author(name, one.isObject() ? text(one.get("email")) : null));
            }
        }
        return authors;
    }

    /** keywords as a list, or as one comma-separated string, as both occur. */
    List<String> keywords() {
        List<String> words = new ArrayList<>();
        for (JsonNode keyword : items(field("keywords"))) {
            String value = text(keyword);
            if (value != null) {
                for (String word : value.split(",")) {
                    if (!word.isBlank()) {
                        words.add(word.strip());
                    }
                }
            }
        }
        return words;
    }

    /** The names the publisher goes by, so that a press credited as author is not taken for a reporter. */
    Set<String> organizationNames() {
        return organizationNames;
    }

    private JsonNode field(String name) {
        return article == null ? null : article.get(name);
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collect(item, into));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into);
        }
    }

    private static boolean hasType(JsonNode node, Set<String> types) {
        for (JsonNode one : items(node.get("@type"))) {
            String name = text(one);
            if (name != null && types.contains(name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static void addNames(JsonNode organization, Set<String> into) {
        if (organization != null && organization.isObject()) {
            for (String field : List.of("name", "alternateName", "legalName")) {
                String name = text(organization.get(field));
                if (name != null) {
                    into.add(name);
                }
            }
        }
    }

    /** The first string of a value that may be a string, an object with a url, or a list of either. */
    private static String first(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                String found = first(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return value.isObject() ? text(value.get("url")) : text(value);
    }

    /** A string value with its HTML entities decoded and its spaces collapsed; null when blank. */
    private static String text(JsonNode value) {
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = Spaces.collapse(Parser.unescapeEntities(value.asString(), false));
        return text.isEmpty() ? null : text;
    }

    /** The items of a value that may be missing, one value, or a list of them. */
    private static List<JsonNode> items(JsonNode value) {
        List<JsonNode> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(items::add);
        } else if (value != null) {
            items.add(value);
        }
        return items;
    }
}
