package dev.rounds.content;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * What an entry declares about itself for readers and regulators: the capacity it is written in,
 * competing interests, sponsorship, a patient's consent, its review, and its sources.
 *
 * @param capacity how the author writes, or null when the entry does not say
 * @param interestsDeclared whether {@code interests} was given at all ({@code none} or a list)
 * @param interests the competing interests; empty with {@code interestsDeclared} means "none"
 * @param consent the consent record of a patient story, or null
 * @param review when the entry was reviewed and is next due, or null
 * @param references the sources, in the order written
 */
public record Transparency(Capacity capacity, boolean interestsDeclared, List<Interest> interests, boolean sponsored,
                           boolean patientStory, Consent consent, Review review, List<Reference> references) {

    public static final Transparency NONE = new Transparency(null, false, List.of(), false, false, null, null, List.of());

    public Transparency {
        interests = List.copyOf(interests);
        references = List.copyOf(references);
    }

    public enum Capacity {
        PERSONAL, PROFESSIONAL;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One declared interest: its type (financial, non-financial professional, …), the party, and what it is. */
    public record Interest(String type, String party, String description) {
    }

    /** How a patient agreed to their story being published. */
    public enum ConsentStatus {
        EXPLICIT_WRITTEN("explicit-written"),
        EXPLICIT_VERBAL_DOCUMENTED("explicit-verbal-documented"),
        FULLY_ANONYMISED("fully-anonymised"),
        PATIENT_IS_AUTHOR("patient-is-author");

        private final String key;

        ConsentStatus(String key) {
            this.key = key;
        }

        /** As written in front matter: {@code explicit-written}. */
        public String key() {
            return key;
        }

        public static java.util.Optional<ConsentStatus> of(String written) {
            for (ConsentStatus status : values()) {
                if (status.key.equals(written.strip().toLowerCase(Locale.ROOT))) {
                    return java.util.Optional.of(status);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /**
     * A patient story's consent record; the evidence itself stays out of the repository.
     *
     * @param scope where the patient agreed it may be published (site, social, print, …)
     */
    public record Consent(ConsentStatus status, ZonedDateTime obtained, List<String> scope) {
        public Consent {
            scope = List.copyOf(scope);
        }
    }

    /**
     * A review of the entry's content.
     *
     * @param reviewed when it was last reviewed, or null
     * @param reviewer who reviewed it, or null
     * @param nextReview when the next review is due, or null
     * @param line the line of the front matter that sets the due date ({@code next_review}, or
     *             {@code reviewed} when the date comes from the site's interval), for warnings
     */
    public record Review(ZonedDateTime reviewed, Reviewer reviewer, ZonedDateTime nextReview, int line, int column) {
    }

    /**
     * Who reviewed an entry: an author of the site (by key), or a person named in the front matter.
     *
     * @param authorKey the key in site.yaml's {@code authors}, or null
     * @param name null when {@code authorKey} is set (the author's own name is used)
     */
    public record Reviewer(String authorKey, String name, String profession) {
    }

    /**
     * A source, as the author wrote it (nothing is looked up).
     *
     * @param doi without {@code https://doi.org/}, or null
     * @param pmid digits only, or null
     * @param authors e.g. "Page MJ, McKenzie JE, Bossuyt PM, et al.", or null
     * @param journal the journal an article is in, or null
     * @param publisher who publishes a web page or report (NICE, NHS England), or null
     * @param accessed when a web page was read, or null
     */
    public record Reference(String doi, String pmid, String url, String title, String authors, String journal,
                            String publisher, String year, String volume, String issue, String pages,
                            ZonedDateTime accessed) {
    }
}
