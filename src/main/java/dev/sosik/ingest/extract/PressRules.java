package dev.sosik.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-press extraction rules, looked up by host. The standard set is the JSON list in
 * {@code src/main/resources/ingest/press-rules.json}; more can come from anywhere as JSON ({@link #fromJson}).
 */
public final class PressRules {

    private static final String RESOURCE = "/ingest/press-rules.json";
    private static final Set<String> FIELDS =
            Set.of("hosts", "title", "body", "byline", "published", "updated", "remove", "copyright");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, PressRule> byHost = new HashMap<>();

    public PressRules(List<PressRule> rules) {
        for (PressRule rule : rules) {
            for (String host : rule.hosts()) {
                byHost.put(normalHost(host), rule);
            }
        }
    }

    /** The rules shipped with Sosik, read once (when first asked for). */
    public static PressRules standard() {
        return Standard.RULES;
    }

    /** Holds the standard rules, so that the class loader reads them once, when first used, on any thread. */
    private static final class Standard {
        static final PressRules RULES = new PressRules(readResource());
    }

    /** The rule for a host, or for its nearest parent domain that has one: {@code news.x.kr}, then {@code x.kr}. */
    public Optional<PressRule> forHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String name = normalHost(host);
        while (!name.isEmpty()) {
            PressRule rule = byHost.get(name);
            if (rule != null) {
                return Optional.of(rule);
            }
            int dot = name.indexOf('.');
            name = dot < 0 ? "" : name.substring(dot + 1);
        }
        return Optional.empty();
    }

    /**
     * One rule from its JSON object. Unknown fields and selectors jsoup cannot parse are refused, so that a typo in
     * a rule fails where it is written, not silently on every page of the press.
     *
     * @throws IllegalArgumentException when the JSON is not a valid rule
     */
    public static PressRule fromJson(String json) {
        try {
            return rule(JSON.readTree(json));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("press rule is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static List<PressRule> readResource() {
        try (InputStream in = PressRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            JsonNode list = JSON.readTree(in);
            List<PressRule> rules = new ArrayList<>();
            for (JsonNode node : list) {
                rules.add(rule(node));
            }
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PressRule rule(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a press rule is a JSON object");
        }
        for (String field : node.propertyNames()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("unknown field in press rule: " + field);
            }
        }
        return new PressRule(strings(node, "hosts", false), selector(node, "title"), selector(node, "body"),
                selector(node, "byline"), selector(node, "published"), selector(node, "updated"),
                strings(node, "remove", true), selector(node, "copyright"));
    }

    private static String selector(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString() || value.asString().isBlank()) {
            throw new IllegalArgumentException(field + " must be a CSS selector");
        }
        return checked(value.asString(), field);
    }

    private static List<String> strings(JsonNode node, String field, boolean selectors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(field + " must be a list of strings");
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isString() || item.asString().isBlank()) {
                throw new IllegalArgumentException(field + " must be a list of strings");
            }
            strings.add(selectors ? checked(item.asString(), field) : item.asString().strip());
        }
        return strings;
    }

    private static String checked(String selector, String field) {
        try {
            QueryParser.parse(selector);
            return selector;
        } catch (Selector.SelectorParseException e) {
            throw new IllegalArgumentException(field + " is not a CSS selector jsoup reads: " + selector, e);
        }
    }

    private static String normalHost(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
