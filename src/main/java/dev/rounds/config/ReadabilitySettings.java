package dev.rounds.config;

/**
 * site.yaml's {@code readability}: who the site writes for, and the targets that follow (a
 * Flesch–Kincaid grade at most {@code maxGrade}, a Flesch Reading Ease at least {@code minEase}).
 */
public record ReadabilitySettings(String audience, double maxGrade, double minEase) {
    public static final String PUBLIC = "public";
    public static final String PROFESSIONAL = "professional";
    public static final ReadabilitySettings DEFAULT = forAudience(PUBLIC);

    public static ReadabilitySettings forAudience(String audience) {
        return PROFESSIONAL.equals(audience)
                ? new ReadabilitySettings(PROFESSIONAL, 12, 30)
                : new ReadabilitySettings(PUBLIC, 6, 60);
    }
}
