package dev.rounds.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The ids of every check, as findings carry them and waivers name them. */
public final class Rules {
    public static final String NHS_NUMBER = "nhs-number";
    public static final String CHI_NUMBER = "chi-number";
    public static final String DATE_OF_BIRTH = "date-of-birth";
    public static final String SSN = "ssn";
    public static final String HOSPITAL_NUMBER = "hospital-number";
    public static final String IMAGE_LOCATION = "image-location";
    public static final String IMAGE_OWNER = "image-owner";
    public static final String PATIENT_STORY_CONSENT = "patient-story-consent";
    public static final String POSTCODE = "postcode";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String DATE_NEAR_PATIENT = "date-near-patient";
    public static final String AGE_OVER_89 = "age-over-89";

    public static final String WAIVER = "waiver";
    public static final String ALT_TEXT = "alt-text";
    public static final String BROKEN_LINK = "broken-link";
    public static final String HEADING_LEVEL = "heading-level";
    public static final String NOTE_LENGTH = "note-length";

    /** The confidentiality rules, with what each finds; {@code confidentiality.mode: warn} softens these. */
    public static final Map<String, String> CONFIDENTIALITY = confidentiality();

    /** The other checks of {@code rounds check}. */
    public static final Set<String> CONTENT = Set.of(ALT_TEXT, BROKEN_LINK, HEADING_LEVEL, NOTE_LENGTH);

    private Rules() {
    }

    private static Map<String, String> confidentiality() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put(NHS_NUMBER, "NHS or H&C number");
        rules.put(CHI_NUMBER, "CHI number");
        rules.put(DATE_OF_BIRTH, "date of birth");
        rules.put(SSN, "US social security number");
        rules.put(HOSPITAL_NUMBER, "hospital number");
        rules.put(IMAGE_LOCATION, "GPS position in an image's metadata");
        rules.put(IMAGE_OWNER, "camera owner or serial number in an image's metadata");
        rules.put(PATIENT_STORY_CONSENT, "patient story without a consent record");
        rules.put(POSTCODE, "UK postcode");
        rules.put(PHONE, "phone number");
        rules.put(EMAIL, "e-mail address");
        rules.put(DATE_NEAR_PATIENT, "date near admitted, discharged, died or presented");
        rules.put(AGE_OVER_89, "age over 89");
        return Map.copyOf(rules);
    }

    public static boolean isBuiltIn(String rule) {
        return CONFIDENTIALITY.containsKey(rule) || CONTENT.contains(rule);
    }
}
