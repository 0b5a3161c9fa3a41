package dev.rounds.config;

import dev.rounds.diagnostic.Diagnostic;
import dev.rounds.source.SourceText;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and validates {@code site.yaml}. */
public final class ConfigLoader {
    public static final String FILE_NAME = "site.yaml";
    public static final String DEFAULT_THEME = "clinic";

    private static final Set<String> KNOWN_KEYS = Set.of("title", "baseURL", "description", "language", "timezone",
            "theme", "paginate", "permalinks", "menu", "author", "authors", "feeds", "params",
            "disclaimer", "emergency", "urgent", "feedback", "review", "readability", "abbreviations",
            "confidentiality", "notes", "contact");
    private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern PERMALINK_TOKEN = Pattern.compile(":([a-z]+)");
    private static final Set<String> PERMALINK_TOKENS = Set.of("year", "month", "day", "slug");

    /**
     * The configuration, present whenever site.yaml could be read as settings (with defaults in place of
     * broken values: {@code diagnostics} then holds errors), and everything found on the way.
     */
    public record Result(Optional<SiteConfig> config, List<Diagnostic> diagnostics) {
    }

    private ConfigLoader() {
    }

    /**
     * @param themeExists whether a theme name is available (shipped, or in the site's {@code themes/})
     */
    public static Result load(Path siteDir, Optional<String> baseUrlOverride, Predicate<String> themeExists) {
        Path file = siteDir.resolve(FILE_NAME);
        List<Diagnostic> diagnostics = new ArrayList<>();
        byte[] bytes;
        try {
            if (Files.isDirectory(siteDir) && !Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            String message = Files.isDirectory(siteDir)
                    ? "no site.yaml here: is this a Rounds site? (`rounds new site DIR` makes one)"
                    : "no such site folder";
            diagnostics.add(Diagnostic.error(Files.isDirectory(siteDir) ? file : siteDir, 1, 1, message));
            return new Result(Optional.empty(), diagnostics);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(file, 1, 1, "cannot read site.yaml: " + e.getMessage()));
            return new Result(Optional.empty(), diagnostics);
        }
        SourceText.Decoded decoded = SourceText.decode(file, bytes);
        decoded.problem().ifPresent(diagnostics::add);
        if (decoded.text().isEmpty()) {
            return new Result(Optional.empty(), diagnostics);
        }
        YamlParser.Result parsed = YamlParser.parse(file, decoded.text().get(), 1);
        if (!parsed.ok()) {
            diagnostics.addAll(parsed.errors());
            return new Result(Optional.empty(), diagnostics);
        }
        if (parsed.node().isEmpty() || !(parsed.node().get() instanceof YamlNode.Mapping root)) {
            int line = parsed.node().map(YamlNode::line).orElse(1);
            int column = parsed.node().map(YamlNode::column).orElse(1);
            diagnostics.add(Diagnostic.error(file, line, column, "site.yaml must be a mapping of settings (title: …, baseURL: …)"));
            return new Result(Optional.empty(), diagnostics);
        }
        FieldReader fields = new FieldReader(file, root, diagnostics);
        fields.warnUnknown(KNOWN_KEYS, "setting");

        String title = fields.string("title").orElse(null);
        if (title == null && !fields.has("title")) {
            diagnostics.add(Diagnostic.error(file, 1, 1, "'title' is required: the name of the site"));
        }
        String baseUrl = baseUrlOverride.map(url -> validBaseUrl(url, null, fields))
                .orElseGet(() -> fields.string("baseURL").map(url -> validBaseUrl(url, fields.node("baseURL"), fields)).orElse(null));
        if (baseUrl == null && baseUrlOverride.isEmpty() && !fields.has("baseURL")) {
            diagnostics.add(Diagnostic.error(file, 1, 1,
                    "'baseURL' is required: the address the site is published at, e.g. https://example.org/ (or give --base-url)"));
        }
        String language = fields.string("language").orElse("en-gb");
        if (!LANGUAGE.matcher(language).matches()) {
            fields.errorAtKey("language", "'language' must be a language tag such as en-gb, not '" + language + "'");
        }
        ZoneId zone = ZoneId.of("Europe/London");
        Optional<String> timezone = fields.string("timezone");
        if (timezone.isPresent()) {
            try {
                zone = ZoneId.of(timezone.get());
            } catch (DateTimeException e) {
                fields.errorAtKey("timezone", "unknown time zone '" + timezone.get() + "' (use a name such as Europe/London)");
            }
        }
        String theme = fields.string("theme").orElse(DEFAULT_THEME);
        if (!isThemeName(theme) || !themeExists.test(theme)) {
            fields.errorAtKey("theme", "unknown theme '" + theme + "': not shipped with Rounds and no themes/" + theme + "/ folder in the site");
        }
        int paginate = fields.positiveInt("paginate").orElse(10);
        Permalinks permalinks = permalinks(fields);
        List<MenuItem> menu = menu(fields);
        Map<String, Author> authors = AuthorReader.read(fields);
        Optional<String> author = fields.string("author");
        if (author.isPresent() && !authors.containsKey(author.get())) {
            fields.errorAtKey("author", "'author' names '" + author.get() + "', which is not a key of 'authors'");
        }
        Map<String, Object> params = fields.mapping("params").map(m -> castMap(m.toPlain())).orElse(Map.of());
        HealthSettings health = HealthSettingsReader.read(fields, params);
        AbbreviationSettings abbreviations = abbreviations(fields);

        // With errors, the defaults stand in for the broken settings so that the content is still
        // checked and every error of the build is reported at once; such a build never writes.
        SiteConfig config = new SiteConfig(file, title == null ? "" : title, fields.string("description").orElse(""),
                baseUrl == null ? "https://example.invalid/" : baseUrl,
                LANGUAGE.matcher(language).matches() ? language : "en-gb", zone,
                isThemeName(theme) && themeExists.test(theme) ? theme : DEFAULT_THEME, paginate, permalinks, menu,
                author.filter(authors::containsKey), authors, feeds(fields), params, health, abbreviations,
                checks(fields, root, authors));
        return new Result(Optional.of(config), diagnostics);
    }

    private static boolean isThemeName(String theme) {
        return theme.matches("[A-Za-z0-9._-]+") && !theme.startsWith(".");
    }

    private static String validBaseUrl(String url, YamlNode at, FieldReader fields) {
        try {
            URI uri = new URI(url.strip());
            if (uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getRawAuthority() != null && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                String normal = uri.toString();
                return normal.endsWith("/") ? normal : normal + "/";
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        String message = "'baseURL' must be an absolute http(s) address such as https://example.org/, not '" + url + "'";
        if (at != null) {
            fields.error(at, message);
        } else {
            fields.error(new YamlNode.Scalar(url, true, 1, 1), "--base-url: " + message.substring(message.indexOf("must")));
        }
        return null;
    }

    private static Permalinks permalinks(FieldReader fields) {
        Optional<FieldReader> section = fields.section("permalinks", Set.of("posts", "notes", "pages"), "permalinks section");
        if (section.isEmpty()) {
            return Permalinks.DEFAULT;
        }
        FieldReader patterns = section.get();
        return new Permalinks(
                pattern(patterns, "posts", Permalinks.DEFAULT.posts()),
                pattern(patterns, "notes", Permalinks.DEFAULT.notes()),
                pattern(patterns, "pages", Permalinks.DEFAULT.pages()));
    }

    private static String pattern(FieldReader fields, String key, String fallback) {
        Optional<String> written = fields.string(key);
        if (written.isEmpty()) {
            return fallback;
        }
        String pattern = written.get().strip();
        Matcher tokens = PERMALINK_TOKEN.matcher(pattern);
        while (tokens.find()) {
            if (!PERMALINK_TOKENS.contains(tokens.group(1))) {
                fields.errorAtKey(key, "unknown permalink part ':" + tokens.group(1) + "' (use :year, :month, :day and :slug)");
                return fallback;
            }
        }
        if (!pattern.contains(":slug")) {
            fields.errorAtKey(key, "the permalink pattern must contain :slug, so that every entry has its own URL");
            return fallback;
        }
        if (pattern.contains("..") || pattern.contains("\\") || pattern.contains("?") || pattern.contains("#")) {
            fields.errorAtKey(key, "the permalink pattern may hold only path segments, not '" + pattern + "'");
            return fallback;
        }
        if (!pattern.startsWith("/")) {
            pattern = "/" + pattern;
        }
        if (!pattern.endsWith("/") && !pattern.endsWith(".html")) {
            pattern = pattern + "/";
        }
        return pattern;
    }

    private static FeedSettings feeds(FieldReader fields) {
        Optional<FieldReader> section = fields.section("feeds", Set.of("limit", "full_content"), "feeds setting");
        if (section.isEmpty()) {
            return FeedSettings.DEFAULT;
        }
        FieldReader settings = section.get();
        return new FeedSettings(settings.positiveInt("limit").orElse(FeedSettings.DEFAULT.limit()),
                settings.bool("full_content").orElse(FeedSettings.DEFAULT.fullContent()));
    }

    private static List<MenuItem> menu(FieldReader fields) {
        Optional<YamlNode.Sequence> sequence = fields.sequence("menu");
        List<MenuItem> menu = new ArrayList<>();
        if (sequence.isEmpty()) {
            return menu;
        }
        for (YamlNode item : sequence.get().items()) {
            if (!(item instanceof YamlNode.Mapping mapping)) {
                fields.error(item, "each menu item must be a mapping with 'title' and 'url'");
                continue;
            }
            FieldReader itemFields = fields.nested(mapping);
            itemFields.warnUnknown(Set.of("title", "url"), "menu field");
            Optional<String> title = itemFields.string("title");
            Optional<String> url = itemFields.string("url");
            if (title.isEmpty() || url.isEmpty()) {
                fields.error(item, "a menu item needs both 'title' and 'url'");
                continue;
            }
            menu.add(new MenuItem(title.get(), url.get().strip()));
        }
        return menu;
    }

    private static AbbreviationSettings abbreviations(FieldReader fields) {
        Optional<FieldReader> section = fields.section("abbreviations", Set.of("expand_first"), "abbreviations setting");
        if (section.isEmpty()) {
            return AbbreviationSettings.DEFAULT;
        }
        FieldReader settings = section.get();
        return new AbbreviationSettings(settings.bool("expand_first").orElse(AbbreviationSettings.DEFAULT.expandFirst()));
    }

    private static CheckSettings checks(FieldReader fields, YamlNode.Mapping root, Map<String, Author> authors) {
        boolean warnOnly = false;
        List<CheckSettings.CustomPattern> patterns = new ArrayList<>();
        Optional<FieldReader> confidentiality = fields.section("confidentiality", Set.of("mode", "patterns"), "confidentiality setting");
        if (confidentiality.isPresent()) {
            FieldReader settings = confidentiality.get();
            Optional<String> mode = settings.string("mode").map(String::strip);
            if (mode.isPresent() && !mode.get().equals("block") && !mode.get().equals("warn")) {
                settings.errorAtKey("mode", "'confidentiality.mode' must be block (the default) or warn, not '" + mode.get() + "'");
            }
            warnOnly = mode.filter("warn"::equals).isPresent();
            settings.sequence("patterns").ifPresent(list -> customPatterns(settings, list, patterns));
        }
        int notesMaxLength = CheckSettings.DEFAULT_NOTES_MAX_LENGTH;
        Optional<FieldReader> notes = fields.section("notes", Set.of("max_length"), "notes setting");
        if (notes.isPresent()) {
            notesMaxLength = notes.get().positiveInt("max_length").orElse(notesMaxLength);
        }
        java.util.Set<String> ownEmails = new java.util.TreeSet<>();
        for (String key : List.of("contact", "feedback")) {
            collectEmails(root.get(key), ownEmails);
            if (root.get("params") instanceof YamlNode.Mapping params) {
                collectEmails(params.get(key), ownEmails);
            }
        }
        for (Author author : authors.values()) {
            Object email = author.params().get("email");
            if (email != null) {
                collectEmails(new YamlNode.Scalar(email.toString(), true, 1, 1), ownEmails);
            }
        }
        return new CheckSettings(warnOnly, patterns, ownEmails, notesMaxLength);
    }

    private static void customPatterns(FieldReader fields, YamlNode.Sequence list, List<CheckSettings.CustomPattern> patterns) {
        Set<String> ids = new java.util.HashSet<>();
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlNode.Mapping mapping)) {
                fields.error(item, "each of 'confidentiality.patterns' must be a mapping with 'id' and 'pattern'");
                continue;
            }
            FieldReader pattern = fields.nested(mapping);
            pattern.warnUnknown(Set.of("id", "pattern"), "pattern setting");
            Optional<String> id = pattern.string("id").map(String::strip);
            Optional<String> regex = pattern.string("pattern");
            if (id.isEmpty() || regex.isEmpty()) {
                fields.error(item, "a confidentiality pattern needs both 'id' (such as trust-number) and 'pattern' (a regular expression)");
                continue;
            }
            if (!RULE_ID.matcher(id.get()).matches()) {
                pattern.errorAtKey("id", "a pattern's id must be lower-case letters, digits and hyphens, such as trust-number, not '" + id.get() + "'");
                continue;
            }
            if (!ids.add(id.get())) {
                pattern.errorAtKey("id", "two confidentiality patterns have the id '" + id.get() + "'");
                continue;
            }
            Pattern compiled;
            try {
                compiled = Pattern.compile(regex.get());
            } catch (java.util.regex.PatternSyntaxException e) {
                pattern.errorAtKey("pattern", "not a valid regular expression: " + e.getDescription()
                        + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
                continue;
            }
            if (compiled.matcher("").matches()) {
                pattern.errorAtKey("pattern", "the pattern matches empty text, so it would match everywhere");
                continue;
            }
            YamlNode at = pattern.node("pattern");
            patterns.add(new CheckSettings.CustomPattern(id.get(), compiled, at.line(), at.column()));
        }
    }

    private static void collectEmails(YamlNode node, Set<String> emails) {
        if (node instanceof YamlNode.Scalar scalar) {
            Matcher matcher = EMAIL.matcher(scalar.text());
            while (matcher.find()) {
                emails.add(matcher.group().toLowerCase(java.util.Locale.ROOT));
            }
        } else if (node instanceof YamlNode.Sequence sequence) {
            sequence.items().forEach(item -> collectEmails(item, emails));
        } else if (node instanceof YamlNode.Mapping mapping) {
            mapping.fields().values().forEach(field -> collectEmails(field.value(), emails));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object plain) {
        return (Map<String, Object>) plain;
    }

}
