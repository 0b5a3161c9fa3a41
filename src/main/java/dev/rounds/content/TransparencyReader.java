package dev.rounds.content;

import dev.rounds.config.FieldReader;
import dev.rounds.config.SiteConfig;
import dev.rounds.config.YamlNode;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the front-matter fields of {@link Transparency}: {@code capacity}, {@code interests},
 * {@code sponsored}, {@code patient_story}, {@code consent}, {@code reviewed}, {@code reviewed_by},
 * {@code next_review} and {@code references}. Every problem is reported at its value.
 */
final class TransparencyReader {
    static final Set<String> KEYS = Set.of("capacity", "interests", "sponsored", "patient_story", "consent", "reviewed",
            "reviewed_by", "next_review", "references");

    /** The rule id that names a patient story without a complete consent record. */
    static final String CONSENT_RULE = "patient-story-consent";

    private static final Pattern DOI = Pattern.compile("10\\.[0-9]{4,9}/\\S+");
    private static final Pattern DOI_PREFIX = Pattern.compile("^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PMID = Pattern.compile("(?:PMID:?\\s*)?([0-9]{1,8})", Pattern.CASE_INSENSITIVE);
    private static final Set<String> REFERENCE_KEYS = Set.of("doi", "pmid", "url", "title", "authors", "journal",
            "publisher", "year", "volume", "issue", "pages", "accessed");

    private final SiteConfig config;
    private final FieldReader fields;

    TransparencyReader(SiteConfig config, FieldReader fields) {
        this.config = config;
        this.fields = fields;
    }

    Transparency read() {
        Transparency.Capacity capacity = capacity();
        YamlNode interestsNode = fields.node("interests");
        boolean interestsDeclared = interestsNode != null && !(interestsNode instanceof YamlNode.Scalar s && s.isNull());
        List<Transparency.Interest> interests = interests(interestsNode);
        boolean sponsored = fields.bool("sponsored").orElse(false);
        if (sponsored && interests.isEmpty()) {
            fields.errorAtKey("sponsored", "a sponsored entry must name its sponsor under 'interests', e.g. "
                    + "interests: [{type: financial, party: \"Example Ltd\", description: \"This post is sponsored by Example Ltd.\"}]");
        }
        boolean patientStory = fields.bool("patient_story").orElse(false);
        Transparency.Consent consent = consent(patientStory);
        return new Transparency(capacity, interestsDeclared, interests, sponsored, patientStory, consent, review(),
                references());
    }

    private Transparency.Capacity capacity() {
        Optional<String> written = fields.string("capacity").map(s -> s.strip().toLowerCase(Locale.ROOT));
        if (written.isEmpty()) {
            return null;
        }
        return switch (written.get()) {
            case "personal" -> Transparency.Capacity.PERSONAL;
            case "professional" -> Transparency.Capacity.PROFESSIONAL;
            default -> {
                fields.errorAtKey("capacity", "'capacity' must be personal or professional, not '" + written.get() + "'");
                yield null;
            }
        };
    }

    private List<Transparency.Interest> interests(YamlNode node) {
        List<Transparency.Interest> interests = new ArrayList<>();
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            return interests;
        }
        if (node instanceof YamlNode.Scalar scalar) {
            if (!scalar.text().strip().equalsIgnoreCase("none")) {
                fields.error(node, "'interests' must be none, or a list of {type, party, description}, not '" + scalar.text() + "'");
            }
            return interests;
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            fields.error(node, "'interests' must be none, or a list of {type, party, description}, not " + node.shape());
            return interests;
        }
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
                interests.add(new Transparency.Interest(null, null, scalar.text().strip()));
                continue;
            }
            if (!(item instanceof YamlNode.Mapping mapping)) {
                fields.error(item, "each interest must be {type, party, description}, not " + item.shape());
                continue;
            }
            FieldReader interest = fields.nested(mapping);
            interest.warnUnknown(Set.of("type", "party", "description"), "interest field");
            Optional<String> description = text(interest, "description");
            if (description.isEmpty()) {
                fields.error(item, "an interest needs a 'description': what the interest is (\"I have received speaker fees from …\")");
                continue;
            }
            interests.add(new Transparency.Interest(text(interest, "type").orElse(null), text(interest, "party").orElse(null),
                    description.get()));
        }
        return interests;
    }

    private Transparency.Consent consent(boolean patientStory) {
        YamlNode node = fields.node("consent");
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            if (patientStory) {
                fields.errorAtKey("patient_story", CONSENT_RULE + ": a patient story needs a consent record: "
                        + "consent: {status: explicit-written, obtained: YYYY-MM-DD, scope: [site]} (the evidence itself stays out of the site)");
            }
            return null;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            fields.error(node, (patientStory ? CONSENT_RULE + ": " : "") + "'consent' must be a record such as "
                    + "{status: explicit-written, obtained: YYYY-MM-DD, scope: [site]}, not " + node.shape());
            return null;
        }
        if (!patientStory) {
            fields.warning(node, "'consent' is given, but 'patient_story' is not true: add 'patient_story: true' so that the page says "
                    + "the story is shared with consent");
        }
        String rule = CONSENT_RULE + ": ";
        FieldReader consent = fields.nested(mapping);
        consent.warnUnknown(Set.of("status", "obtained", "scope"), "consent field");
        String statuses = "explicit-written, explicit-verbal-documented, fully-anonymised or patient-is-author";
        Transparency.ConsentStatus status = null;
        Optional<String> writtenStatus = consent.string("status");
        if (writtenStatus.isEmpty()) {
            fields.error(node, rule + "the consent record needs a 'status': " + statuses);
        } else {
            status = Transparency.ConsentStatus.of(writtenStatus.get()).orElse(null);
            if (status == null) {
                consent.errorAtKey("status", rule + "'status' must be " + statuses + ", not '" + writtenStatus.get() + "'");
            }
        }
        ZonedDateTime obtained = null;
        if (!consent.has("obtained")) {
            fields.error(node, rule + "the consent record needs 'obtained': the date consent was given (YYYY-MM-DD)");
        } else {
            obtained = date(consent, "obtained", rule);
        }
        List<String> scope = consent.stringList("scope").stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!consent.has("scope")) {
            fields.error(node, rule + "the consent record needs 'scope': where the patient agreed it may appear, e.g. [site, social]");
        } else if (scope.isEmpty()) {
            consent.errorAtKey("scope", rule + "'scope' must name at least one place the patient agreed it may appear, e.g. [site]");
        }
        if (status == null || obtained == null || scope.isEmpty()) {
            return null;
        }
        return new Transparency.Consent(status, obtained, scope);
    }

    private Transparency.Review review() {
        ZonedDateTime reviewed = date(fields, "reviewed", "");
        Transparency.Reviewer reviewer = reviewer();
        ZonedDateTime nextReview = date(fields, "next_review", "");
        if (reviewer != null && !fields.has("reviewed")) {
            fields.errorAtKey("reviewed_by", "'reviewed_by' needs 'reviewed': the date of the review (YYYY-MM-DD)");
        }
        YamlNode at = fields.node("next_review");
        if (reviewed != null && nextReview != null && nextReview.isBefore(reviewed)) {
            fields.errorAtKey("next_review", "'next_review' (" + nextReview.toLocalDate() + ") is before 'reviewed' ("
                    + reviewed.toLocalDate() + ")");
            return null;
        }
        if (nextReview == null && !fields.has("next_review") && reviewed != null && config.health().review().interval().isPresent()) {
            nextReview = reviewed.plus(config.health().review().interval().get());
            at = fields.node("reviewed");
        }
        if (reviewed == null && nextReview == null) {
            return null;
        }
        return new Transparency.Review(reviewed, reviewer, nextReview, at == null ? 1 : at.line(), at == null ? 1 : at.column());
    }

    private Transparency.Reviewer reviewer() {
        YamlNode node = fields.node("reviewed_by");
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            return null;
        }
        if (node instanceof YamlNode.Scalar scalar) {
            String key = scalar.text().strip();
            if (config.authors().containsKey(key)) {
                return new Transparency.Reviewer(key, null, null);
            }
            fields.error(node, "'reviewed_by' must be a key of 'authors' in site.yaml"
                    + (config.authors().isEmpty() ? "" : " (" + String.join(", ", config.authors().keySet()) + ")")
                    + ", or {name: …, profession: …}, not '" + key + "'");
            return null;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            fields.error(node, "'reviewed_by' must be an author key or {name: …, profession: …}, not " + node.shape());
            return null;
        }
        FieldReader person = fields.nested(mapping);
        person.warnUnknown(Set.of("name", "profession"), "reviewer field");
        Optional<String> name = text(person, "name");
        Optional<String> profession = text(person, "profession");
        if (name.isEmpty() || profession.isEmpty()) {
            fields.error(node, "'reviewed_by' needs both 'name' and 'profession', so readers know who reviewed the page");
            return null;
        }
        return new Transparency.Reviewer(null, name.get(), profession.get());
    }

    private List<Transparency.Reference> references() {
        Optional<YamlNode.Sequence> sequence = fields.sequence("references");
        List<Transparency.Reference> references = new ArrayList<>();
        if (sequence.isEmpty()) {
            return references;
        }
        for (YamlNode item : sequence.get().items()) {
            Transparency.Reference reference = item instanceof YamlNode.Mapping mapping ? reference(mapping) : shorthand(item);
            if (reference != null) {
                references.add(reference);
            }
        }
        return references;
    }

    /** A reference written as a bare DOI or PMID. */
    private Transparency.Reference shorthand(YamlNode item) {
        String hint = "a reference must be {doi: …}, {pmid: …} or {url: …, title: …} (with authors, year and so on)";
        if (!(item instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
            fields.error(item, hint + ", not " + item.shape());
            return null;
        }
        String text = scalar.text().strip();
        String doi = DOI_PREFIX.matcher(text).replaceFirst("");
        if (DOI.matcher(doi).matches()) {
            return new Transparency.Reference(doi, null, null, null, null, null, null, null, null, null, null, null);
        }
        Matcher pmid = PMID.matcher(text);
        if (text.toUpperCase(Locale.ROOT).startsWith("PMID") && pmid.matches()) {
            return new Transparency.Reference(null, pmid.group(1), null, null, null, null, null, null, null, null, null, null);
        }
        fields.error(item, hint + ", not '" + text + "'");
        return null;
    }

    private Transparency.Reference reference(YamlNode.Mapping mapping) {
        FieldReader ref = fields.nested(mapping);
        ref.warnUnknown(REFERENCE_KEYS, "reference field");
        int errors = errorCount();
        String doi = text(ref, "doi").map(d -> DOI_PREFIX.matcher(d).replaceFirst("")).orElse(null);
        if (doi != null && !DOI.matcher(doi).matches()) {
            ref.errorAtKey("doi", "'" + doi + "' is not a DOI: a DOI looks like 10.1136/bmj.n71");
        }
        String pmid = null;
        Optional<String> writtenPmid = text(ref, "pmid");
        if (writtenPmid.isPresent()) {
            Matcher matcher = PMID.matcher(writtenPmid.get());
            if (matcher.matches()) {
                pmid = matcher.group(1);
            } else {
                ref.errorAtKey("pmid", "'" + writtenPmid.get() + "' is not a PubMed id: a PMID is a number of up to 8 digits, such as 33782057");
            }
        }
        String url = text(ref, "url").orElse(null);
        if (url != null && !FieldReader.isWebAddress(url)) {
            ref.errorAtKey("url", "a reference's 'url' must be a full web address (https://…), not '" + url + "'");
        }
        String title = text(ref, "title").orElse(null);
        if (!ref.has("doi") && !ref.has("pmid") && !ref.has("url")) {
            fields.error(mapping, "a reference needs a 'doi', a 'pmid' or a 'url', so that readers can find it");
        } else if (!ref.has("doi") && !ref.has("pmid") && title == null) {
            fields.error(mapping, "a reference with only a 'url' needs a 'title'");
        }
        String authors = authors(ref);
        ZonedDateTime accessed = date(ref, "accessed", "");
        if (errorCount() > errors) {
            return null;
        }
        return new Transparency.Reference(doi, pmid, url, title, authors, text(ref, "journal").orElse(null),
                text(ref, "publisher").orElse(null), text(ref, "year").orElse(null), text(ref, "volume").orElse(null),
                text(ref, "issue").orElse(null), text(ref, "pages").orElse(null), accessed);
    }

    /** {@code authors} as text ("Page MJ, McKenzie JE, et al.") or a list of names, joined with commas. */
    private static String authors(FieldReader ref) {
        YamlNode node = ref.node("authors");
        if (node instanceof YamlNode.Sequence) {
            List<String> names = ref.stringList("authors").stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return text(ref, "authors").orElse(null);
    }

    private int errorCount() {
        return (int) fields.diagnostics().stream().filter(dev.rounds.diagnostic.Diagnostic::isError).count();
    }

    private ZonedDateTime date(FieldReader reader, String key, String rule) {
        Optional<String> text = reader.string(key);
        if (text.isEmpty()) {
            return null;
        }
        Optional<ZonedDateTime> parsed = DateParser.parse(text.get(), config.timezone());
        if (parsed.isEmpty()) {
            reader.errorAtKey(key, rule + "'" + key + "' is not a valid date: '" + text.get() + "' (" + DateParser.EXPECTED + ")");
            return null;
        }
        return parsed.get();
    }

    private static Optional<String> text(FieldReader reader, String key) {
        return reader.string(key).map(String::strip).filter(s -> !s.isEmpty());
    }
}
