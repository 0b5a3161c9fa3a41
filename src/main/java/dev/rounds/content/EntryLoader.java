package dev.rounds.content;

import dev.rounds.config.FieldReader;
import dev.rounds.config.SiteConfig;
import dev.rounds.config.YamlNode;
import dev.rounds.diagnostic.Diagnostic;
import dev.rounds.source.SourceFile;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a parsed content file into an {@link Entry}, reporting every problem of its front matter. */
public final class EntryLoader {
    private static final Set<String> KNOWN = Set.of("title", "date", "updated", "slug", "summary", "tags", "draft",
            "aliases", "image", "image_alt", "authors", "in_reply_to", "syndication", "menu", "toc");
    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-(.*)$");
    private static final Pattern NOTE_STAMP = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-(\\d{2})(\\d{2})(\\d{2})?$");

    /** The entry when its source has no errors, and the diagnostics found. */
    public record Result(Optional<Entry> entry, List<Diagnostic> diagnostics) {
    }

    private final SiteConfig config;

    public EntryLoader(SiteConfig config) {
        this.config = config;
    }

    public Result load(ParsedDocument document) {
        SourceFile file = document.file();
        EntryKind kind = switch (file.kind()) {
            case POST -> EntryKind.POST;
            case NOTE -> EntryKind.NOTE;
            case PAGE -> EntryKind.PAGE;
            default -> throw new IllegalArgumentException("not an entry: " + file.relative());
        };
        List<Diagnostic> diagnostics = new ArrayList<>();
        YamlNode.Mapping mapping = document.frontMatter().orElse(new YamlNode.Mapping(Map.of(), 1, 1));
        FieldReader fields = new FieldReader(file.path(), mapping, diagnostics);

        String stem = file.bundle() != null ? file.bundle().substring(file.bundle().lastIndexOf('/') + 1) : file.baseName();
        Matcher datePrefix = DATE_PREFIX.matcher(stem);

        String title = fields.string("title").map(String::strip).orElse(null);
        if (kind != EntryKind.NOTE && (title == null || title.isEmpty()) && !(fields.node("title") instanceof YamlNode.Sequence
                || fields.node("title") instanceof YamlNode.Mapping)) {
            diagnostics.add(Diagnostic.error(file.path(), 1, 1, "a " + kind.label() + " needs a title: add 'title: …' to its front matter"));
        }
        if (kind == EntryKind.NOTE) {
            title = null;
        }

        String slug = fields.string("slug").map(Slugs::slugify)
                .orElseGet(() -> Slugs.slugify(datePrefix.matches() ? datePrefix.group(2) : stem));
        if (slug.isEmpty()) {
            if (fields.has("slug")) {
                fields.errorAtKey("slug", "the slug is empty once made URL-safe: use letters or digits");
            } else {
                diagnostics.add(Diagnostic.error(file.path(), 1, 1,
                        "the file name gives an empty slug: rename the file or add 'slug: …' to its front matter"));
            }
        }

        ZonedDateTime date = date(fields, "date");
        if (date == null && !fields.has("date")) {
            date = dateFromName(stem, kind);
        }
        Matcher stamped = kind == EntryKind.NOTE ? NOTE_STAMP.matcher(stem) : DATE_PREFIX.matcher(stem);
        if (date == null && !fields.has("date") && (stamped.matches() || datePrefix.matches())) {
            String written = stamped.matches() && kind == EntryKind.NOTE
                    ? stem.substring(0, stem.length() - (stamped.group(4) == null ? 0 : 2)) : datePrefix.group(1);
            diagnostics.add(Diagnostic.error(file.path(), 1, 1, "the file name's date '" + written
                    + "' is not a real date and time: correct the file name, or give 'date: …' in the front matter"));
        } else if (date == null && kind != EntryKind.PAGE && !fields.has("date")) {
            String hint = kind == EntryKind.POST
                    ? "add 'date: YYYY-MM-DD' to its front matter or start its file name with YYYY-MM-DD-"
                    : "add 'date: …' to its front matter or name the file YYYY-MM-DD-HHMM.md";
            diagnostics.add(Diagnostic.error(file.path(), 1, 1, "a " + kind.label() + " needs a date: " + hint));
        }
        ZonedDateTime updated = date(fields, "updated");

        List<Tag> tags = tags(fields);
        List<String> authors = authors(fields);
        String inReplyTo = fields.string("in_reply_to").map(String::strip).orElse(null);
        if (inReplyTo != null && !FieldReader.isWebAddress(inReplyTo)) {
            fields.errorAtKey("in_reply_to", "'in_reply_to' must be a full web address (https://…), not '" + inReplyTo + "'");
        }
        List<String> syndication = fields.stringList("syndication");
        YamlNode syndicationNode = fields.node("syndication");
        for (String url : syndication) {
            if (!FieldReader.isWebAddress(url)) {
                fields.error(itemNode(syndicationNode, syndication.indexOf(url)),
                        "each 'syndication' address must be a full web address (https://…), not '" + url + "'");
            }
        }
        Optional<String> menuTitle = menuTitle(fields, kind, title);
        boolean draft = fields.bool("draft").orElse(false);
        boolean toc = fields.bool("toc").orElse(false);
        String image = fields.string("image").map(String::strip).orElse(null);
        String imageAlt = fields.string("image_alt").map(String::strip).orElse(null);
        if (image != null && (imageAlt == null || imageAlt.isEmpty())) {
            fields.errorAtKey("image", "'image' needs 'image_alt': a short description of the picture for people who cannot see it");
        }

        Transparency transparency = new TransparencyReader(config, fields).read();

        String url = null;
        if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
            url = expand(patternFor(kind), date, slug, file, diagnostics);
        }
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new Result(Optional.empty(), diagnostics);
        }
        Map<String, Object> params = new LinkedHashMap<>(fields.others(KNOWN));
        params.keySet().removeAll(TransparencyReader.KEYS);
        Entry entry = new Entry(file.relative(), kind, file.path(), file.bundle(), title, slug, url, date, updated,
                fields.string("summary").map(String::strip).orElse(null), tags, authors, image, imageAlt, draft, toc,
                inReplyTo, syndication, aliases(fields), menuTitle, params,
                document.body(), document.bodyLine(), transparency);
        return new Result(Optional.of(entry), diagnostics);
    }

    private ZonedDateTime date(FieldReader fields, String key) {
        Optional<String> text = fields.string(key);
        if (text.isEmpty()) {
            return null;
        }
        Optional<ZonedDateTime> parsed = DateParser.parse(text.get(), config.timezone());
        if (parsed.isEmpty()) {
            fields.errorAtKey(key, "'" + key + "' is not a valid date: '" + text.get() + "' (" + DateParser.EXPECTED + ")");
            return null;
        }
        return parsed.get();
    }

    private ZonedDateTime dateFromName(String stem, EntryKind kind) {
        try {
            Matcher stamp = NOTE_STAMP.matcher(stem);
            if (kind == EntryKind.NOTE && stamp.matches()) {
                LocalDateTime time = LocalDate.parse(stamp.group(1)).atTime(Integer.parseInt(stamp.group(2)),
                        Integer.parseInt(stamp.group(3)), stamp.group(4) == null ? 0 : Integer.parseInt(stamp.group(4)));
                return time.atZone(config.timezone());
            }
            Matcher prefix = DATE_PREFIX.matcher(stem);
            if (prefix.matches()) {
                return LocalDate.parse(prefix.group(1)).atStartOfDay(config.timezone());
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private List<Tag> tags(FieldReader fields) {
        List<Tag> tags = new ArrayList<>();
        List<String> written = fields.stringList("tags");
        for (int i = 0; i < written.size(); i++) {
            String name = written.get(i).strip();
            String slug = Slugs.slugify(name);
            if (slug.isEmpty()) {
                fields.error(itemNode(fields.node("tags"), i), "the tag '" + name + "' has no letters or digits");
            } else if (tags.stream().noneMatch(t -> t.slug().equals(slug))) {
                tags.add(new Tag(name, slug));
            }
        }
        return tags;
    }

    /** Old URL paths, made root-relative; a folder path ends in {@code /}. */
    private static List<String> aliases(FieldReader fields) {
        List<String> aliases = new ArrayList<>();
        List<String> written = fields.stringList("aliases");
        for (int i = 0; i < written.size(); i++) {
            String alias = written.get(i).strip();
            if (alias.contains("://") || alias.startsWith("//") || alias.contains("..") || alias.contains("?") || alias.contains("#")
                    || alias.contains("\\") || alias.isEmpty() || alias.equals("/")) {
                fields.error(itemNode(fields.node("aliases"), i),
                        "an alias must be an old path of this site such as /2019/05/old-name/, not '" + alias + "'");
                continue;
            }
            String path = alias.startsWith("/") ? alias : "/" + alias;
            String last = path.substring(path.lastIndexOf('/') + 1);
            aliases.add(path.endsWith("/") || last.contains(".") ? path : path + "/");
        }
        return aliases;
    }

    private List<String> authors(FieldReader fields) {
        List<String> keys = fields.stringList("authors");
        for (int i = 0; i < keys.size(); i++) {
            if (!config.authors().containsKey(keys.get(i))) {
                fields.error(itemNode(fields.node("authors"), i), "unknown author '" + keys.get(i)
                        + "': authors are the keys of 'authors' in site.yaml" + known(config.authors().keySet()));
            }
        }
        if (keys.isEmpty()) {
            return config.author().map(List::of).orElse(List.of());
        }
        return keys;
    }

    private static String known(Set<String> keys) {
        return keys.isEmpty() ? " (there are none)" : " (" + String.join(", ", keys) + ")";
    }

    private static Optional<String> menuTitle(FieldReader fields, EntryKind kind, String title) {
        YamlNode node = fields.node("menu");
        if (node == null || kind != EntryKind.PAGE) {
            return Optional.empty();
        }
        if (node instanceof YamlNode.Scalar scalar) {
            Boolean flag = scalar.asBoolean();
            if (flag != null) {
                return flag && title != null ? Optional.of(title) : Optional.empty();
            }
            if (!scalar.isNull() && !scalar.text().isBlank()) {
                return Optional.of(scalar.text().strip());
            }
        }
        fields.error(node, "'menu' must be true, false, or the text of the menu link");
        return Optional.empty();
    }

    private static YamlNode itemNode(YamlNode list, int index) {
        if (list instanceof YamlNode.Sequence sequence && index >= 0 && index < sequence.items().size()) {
            return sequence.items().get(index);
        }
        return list;
    }

    private String patternFor(EntryKind kind) {
        return switch (kind) {
            case POST -> config.permalinks().posts();
            case NOTE -> config.permalinks().notes();
            case PAGE -> config.permalinks().pages();
        };
    }

    private String expand(String pattern, ZonedDateTime date, String slug, SourceFile file, List<Diagnostic> diagnostics) {
        if (date == null && (pattern.contains(":year") || pattern.contains(":month") || pattern.contains(":day"))) {
            diagnostics.add(Diagnostic.error(file.path(), 1, 1,
                    "the permalink pattern '" + pattern + "' needs a date, and this entry has none: add 'date: …'"));
            return null;
        }
        String url = pattern;
        if (date != null) {
            url = url.replace(":year", zeroPadded(date.getYear(), 4))
                    .replace(":month", zeroPadded(date.getMonthValue(), 2))
                    .replace(":day", zeroPadded(date.getDayOfMonth(), 2));
        }
        return url.replace(":slug", slug);
    }

    /** {@code value} with leading zeros to {@code width} digits ({@code String.format} is slow enough to show in a profile). */
    private static String zeroPadded(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
