package dev.rounds.config;

/**
 * The {@code abbreviations} section of site.yaml.
 *
 * @param expandFirst write the first use of each abbreviation in an entry out in full, "chronic
 *                    obstructive pulmonary disease (COPD)", as the NHS and GOV.UK style guides ask
 */
public record AbbreviationSettings(boolean expandFirst) {
    public static final AbbreviationSettings DEFAULT = new AbbreviationSettings(true);
}
