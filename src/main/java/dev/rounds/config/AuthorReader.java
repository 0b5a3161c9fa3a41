package dev.rounds.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads site.yaml's {@code authors}: each author's profile, with their registration checked against the regulator's format. */
final class AuthorReader {
    private static final Set<String> KNOWN = Set.of("name", "profession", "role", "regulator", "registration",
            "register_url", "photo", "photo_alt", "links", "url", "bio");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private AuthorReader() {
    }

    static Map<String, Author> read(FieldReader fields) {
        Map<String, Author> authors = new LinkedHashMap<>();
        Optional<YamlNode.Mapping> mapping = fields.mapping("authors");
        if (mapping.isEmpty()) {
            return authors;
        }
        for (YamlNode.Field field : mapping.get().fields().values()) {
            if (!KEY.matcher(field.key()).matches()) {
                fields.diagnostics().add(dev.rounds.diagnostic.Diagnostic.error(fields.file(), field.keyLine(), field.keyColumn(),
                        "the author key '" + field.key() + "' must be letters, digits, '-' and '_' (it is used in the author page's address)"));
                continue;
            }
            if (!(field.value() instanceof YamlNode.Mapping authorMapping)) {
                fields.error(field.value(), "author '" + field.key() + "' must be a mapping with at least 'name'");
                continue;
            }
            Author author = author(field.key(), fields.nested(authorMapping), fields, field.value());
            if (author != null) {
                authors.put(field.key(), author);
            }
        }
        return authors;
    }

    private static Author author(String key, FieldReader author, FieldReader site, YamlNode at) {
        author.warnLikelyTypos(KNOWN, "author field");
        Optional<String> name = text(author, "name");
        if (name.isEmpty()) {
            site.error(at, "author '" + key + "' needs a 'name'");
            return null;
        }
        Registration registration = registration(author);
        String photo = text(author, "photo").orElse(null);
        String photoAlt = text(author, "photo_alt").orElse(null);
        if (photo != null && photoAlt == null) {
            author.errorAtKey("photo", "'photo' needs 'photo_alt': a short description of the picture for people who cannot see it");
        }
        List<String> links = author.stringList("links").stream().map(String::strip).toList();
        for (int i = 0; i < links.size(); i++) {
            if (!FieldReader.isWebAddress(links.get(i))) {
                author.error(item(author.node("links"), i), "each of 'links' must be a full web address (https://…), not '" + links.get(i) + "'");
            }
        }
        String url = text(author, "url").orElse(null);
        if (url != null && !FieldReader.isWebAddress(url) && !url.startsWith("/")) {
            author.errorAtKey("url", "'url' must be a full web address (https://…) or a path of this site (/about/), not '" + url + "'");
        }
        return new Author(key, key.toLowerCase(Locale.ROOT), name.get(), text(author, "profession").orElse(null),
                text(author, "role").orElse(null), registration, photo, photo == null ? null : photoAlt, links, url,
                text(author, "bio").orElse(null), author.others(KNOWN));
    }

    /** The registration, when both regulator and number are given and valid; otherwise errors at the values. */
    private static Registration registration(FieldReader author) {
        Optional<String> regulatorName = text(author, "regulator");
        Optional<String> number = text(author, "registration");
        Optional<String> registerUrl = text(author, "register_url");
        if (registerUrl.isPresent() && !FieldReader.isWebAddress(registerUrl.get())) {
            author.errorAtKey("register_url", "'register_url' must be a full web address (https://…), not '" + registerUrl.get() + "'");
            registerUrl = Optional.empty();
        }
        if (regulatorName.isEmpty() && number.isEmpty()) {
            if (registerUrl.isPresent()) {
                author.errorAtKey("register_url", "'register_url' needs 'regulator' and 'registration'");
            }
            return null;
        }
        if (regulatorName.isEmpty()) {
            author.errorAtKey("registration", "'registration' needs 'regulator': the body that holds the register (GMC, NMC, HCPC, GPhC, …)");
            return null;
        }
        if (number.isEmpty()) {
            author.errorAtKey("regulator", "'regulator' needs 'registration': the registration number on the "
                    + regulatorName.get() + " register");
            return null;
        }
        Optional<Regulator> known = Regulator.find(regulatorName.get());
        if (known.isEmpty()) {
            Regulator.near(regulatorName.get()).ifPresent(near -> author.warning(author.node("regulator"),
                    "unknown regulator '" + regulatorName.get() + "' (did you mean " + near.code() + "?)"));
            return new Registration(regulatorName.get(), regulatorName.get(), number.get(), registerUrl.orElse(null));
        }
        Regulator regulator = known.get();
        String normalised = regulator.normalise(number.get());
        if (!regulator.accepts(normalised)) {
            author.errorAtKey("registration", "'" + number.get() + "' is not a valid " + regulator.code()
                    + " registration number: " + regulator.code() + " numbers are " + regulator.formatDescription());
            return null;
        }
        return new Registration(regulator.code(), regulator.fullName(), normalised,
                registerUrl.orElse(regulator.registerUrl(normalised)));
    }

    /** A text field, stripped; empty text counts as absent. */
    private static Optional<String> text(FieldReader fields, String key) {
        return fields.string(key).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static YamlNode item(YamlNode list, int index) {
        return list instanceof YamlNode.Sequence sequence && index < sequence.items().size() ? sequence.items().get(index) : list;
    }
}
