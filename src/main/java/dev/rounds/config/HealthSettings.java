package dev.rounds.config;

/**
 * The site-wide settings for health content: the disclaimer, the numbers to call, where readers
 * report a problem, reviews and readability.
 *
 * @param disclaimer the disclaimer's text, or null for the theme's default
 * @param emergency the emergency number named in the default disclaimer ({@code 999})
 * @param urgent the urgent, non-emergency service ({@code NHS 111}), or null
 * @param feedback a mailto: address, a web address or a root-relative path for "Report a problem with this page", or null
 */
public record HealthSettings(String disclaimer, String emergency, String urgent, String feedback,
                             ReviewSettings review, ReadabilitySettings readability) {
    public static final String DEFAULT_EMERGENCY = "999";
    public static final String DEFAULT_URGENT = "NHS 111";
    public static final HealthSettings DEFAULT = new HealthSettings(null, DEFAULT_EMERGENCY, DEFAULT_URGENT, null,
            ReviewSettings.DEFAULT, ReadabilitySettings.DEFAULT);
}
