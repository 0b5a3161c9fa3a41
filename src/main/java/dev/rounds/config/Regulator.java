package dev.rounds.config;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The UK and Irish regulators of health professionals that Rounds knows: the format of their
 * registration numbers and the address of their public register. No network is used: a register
 * link is built from the number, or is the register's search page.
 */
public enum Regulator {
    GMC("GMC", "General Medical Council", "[0-9]{7}|L[0-9]{6}", "7 digits (e.g. 1234567), or L and 6 digits",
            "https://www.gmc-uk.org/registrants/%s"),
    NMC("NMC", "Nursing and Midwifery Council", "[0-9]{2}[A-Z][0-9]{4}[A-Z]",
            "a PIN of 2 digits, a letter, 4 digits and a letter (e.g. 12A3456E)",
            "https://www.nmc.org.uk/registration/search-the-register/"),
    HCPC("HCPC", "Health and Care Professions Council", "[A-Z]{2}[0-9]{1,6}",
            "two letters and up to 6 digits (e.g. PH123456)", "https://www.hcpc-uk.org/check-the-register/"),
    GPHC("GPhC", "General Pharmaceutical Council", "2[0-9]{6}", "7 digits starting with 2 (e.g. 2012345)",
            "https://www.pharmacyregulation.org/registers/pharmacist"),
    GDC("GDC", "General Dental Council", null, null, "https://olr.gdc-uk.org/SearchRegister"),
    GOC("GOC", "General Optical Council", null, null, "https://str.optical.org/"),
    GOSC("GOsC", "General Osteopathic Council", null, null, "https://www.osteopathy.org.uk/register-search/"),
    GCC("GCC", "General Chiropractic Council", null, null, "https://www.gcc-uk.org/search-the-register"),
    PSNI("PSNI", "Pharmaceutical Society of Northern Ireland", null, null, "https://www.psni.org.uk/search-the-registers/"),
    NMBI("NMBI", "Nursing and Midwifery Board of Ireland", null, null, "https://www.nmbi.ie/Check-the-Register");

    private final String code;
    private final String fullName;
    private final Pattern format;
    private final String formatDescription;
    private final String register;

    Regulator(String code, String fullName, String format, String formatDescription, String register) {
        this.code = code;
        this.fullName = fullName;
        this.format = format == null ? null : Pattern.compile(format);
        this.formatDescription = formatDescription;
        this.register = register;
    }

    /** The short name as the regulator writes it: {@code GMC}, {@code GPhC}. */
    public String code() {
        return code;
    }

    public String fullName() {
        return fullName;
    }

    /** The regulator named by its short name or full name, in any case. */
    public static Optional<Regulator> find(String name) {
        String wanted = name.strip();
        for (Regulator regulator : values()) {
            if (regulator.code.equalsIgnoreCase(wanted) || regulator.fullName.equalsIgnoreCase(wanted)) {
                return Optional.of(regulator);
            }
        }
        return Optional.empty();
    }

    /** A known regulator whose short name is one letter away from {@code name}: a likely typo. */
    public static Optional<Regulator> near(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (Regulator regulator : values()) {
            String code = regulator.code.toUpperCase(Locale.ROOT);
            if (code.length() == wanted.length() && differences(code, wanted) == 1) {
                return Optional.of(regulator);
            }
        }
        return Optional.empty();
    }

    private static int differences(String a, String b) {
        int count = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                count++;
            }
        }
        return count;
    }

    /** The number as the register writes it: without spaces, letters in capitals. */
    public String normalise(String number) {
        String compact = number.strip().replaceAll("\\s+", "");
        return format == null ? number.strip() : compact.toUpperCase(Locale.ROOT);
    }

    /** Whether {@code normalised} has this regulator's format (any non-empty text when it has none). */
    public boolean accepts(String normalised) {
        return format == null ? !normalised.isBlank() : format.matcher(normalised).matches();
    }

    /** What a valid number looks like, for messages. */
    public String formatDescription() {
        return formatDescription == null ? "the number as the register shows it" : formatDescription;
    }

    /** The public register: the registrant's own entry where the register has one, else its search page. */
    public String registerUrl(String normalised) {
        return register.contains("%s") ? register.formatted(normalised) : register;
    }

    /** The register's page without a registrant: its search page. */
    public String searchUrl() {
        return this == GMC ? "https://www.gmc-uk.org/registration-and-licensing/the-medical-register" : register;
    }
}
