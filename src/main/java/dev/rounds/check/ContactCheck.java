package dev.rounds.check;

import dev.rounds.diagnostic.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ways to reach a person: e-mail addresses, phone numbers and full UK postcodes. */
final class ContactCheck {
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}(?![A-Za-z0-9-])");
    private static final String SEP = "[ \\u00A0.-]";
    private static final String INTL_SEP = "[ \\u00A0-]";
    /** A UK number (0…, +44…, 0044…), an international one (+…), or a North American one written (212) 555-0142 or 212-555-0142. */
    static final Pattern PHONE = Pattern.compile("(?<![\\w+/.,:-])(?:"
            + "(?<uk>(?:\\+44" + SEP + "?(?:\\(0\\)" + SEP + "?)?|0044" + SEP + "?|\\(0|0)\\d(?:[\\d]|\\)?" + SEP + "\\(?(?=\\d)|\\)(?=\\d)){8,13})"
            + "|(?<intl>\\+[1-9](?:\\d|" + INTL_SEP + "(?=\\d)|" + INTL_SEP + "?\\(\\d{1,4}\\)" + INTL_SEP + "?(?=\\d)){6,17})"
            + "|(?<nanp>(?:\\([2-9]\\d{2}\\)" + SEP + "?|[2-9]\\d{2}[.-])[2-9]\\d{2}[.-]\\d{4})"
            + ")(?![\\w/]|[.,-]\\d)");
    static final Pattern POSTCODE = Pattern.compile("(?<![A-Za-z0-9])(?<out>(?:"
            + "AB|AL|B|BA|BB|BD|BF|BH|BL|BN|BR|BS|BT|BX|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY"
            + "|E|EC|EH|EN|EX|FK|FY|G|GL|GU|GY|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU"
            + "|M|ME|MK|ML|N|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY"
            + "|TA|TD|TF|TN|TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE)"
            + "(?:\\d{1,2}|\\d[A-HJKMNP-Y]))[ \\u00A0]?(?<in>\\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])");

    private static final Pattern PHONE_WORD = Pattern.compile(
            "(?i)(?<![a-z_])(?:tel|telephone|phone|phoned|call|calls|ring|mobile|mob|fax|helpline|text|whatsapp|sms|contact)(?![a-z_])");
    private static final Pattern ORGANISATION_WORD = Pattern.compile("(?i)(?<![a-z_])(?:switchboard|reception|surgery|practice|"
            + "clinic|hospital|ward|department|trust|office|helpline|appointments?|enquiries|inquiries|service|centre|center|"
            + "pharmacy|unit|team|secretary|secretaries|desk|line)(?![a-z_])");
    private static final Pattern BOOK_WORD = Pattern.compile(
            "(?i)(?<![a-z_])(?:isbn|book|books|edition|press|publisher|published|publishing|paperback|hardback)(?![a-z_])");

    private ContactCheck() {
    }

    static void emails(ScanText scan, Set<String> ownEmails, List<Finding> findings) {
        String text = scan.text();
        int at = scan.firstAtSign();
        if (at < 0) {
            return;
        }
        Matcher matcher = EMAIL.matcher(text);
        matcher.region(regionStart(text, at), text.length());
        matcher.useTransparentBounds(true);
        while (matcher.find()) {
            String address = matcher.group();
            if (ownEmails.contains(address.toLowerCase(Locale.ROOT)) || scan.isClaimed(matcher.start(), matcher.end())) {
                scan.claim(matcher.start(), matcher.end());
                continue;
            }
            findings.add(new Finding(Rules.EMAIL, Severity.WARNING, matcher.start(), matcher.end(),
                    "an e-mail address (" + Masking.mask(address) + ") that is not one of the site's own (contact, feedback, authors' email in site.yaml)"));
            scan.claim(matcher.start(), matcher.end());
        }
    }

    static void phones(ScanText scan, List<Finding> findings) {
        Candidates matches = new Candidates(PHONE, scan.text(), scan.phoneStarts());
        while (matches.find()) {
            Matcher matcher = matches.matcher();
            int start = matcher.start();
            int end = matcher.end();
            String raw = matcher.group();
            if (scan.isExcluded(start, end) || scan.isClaimed(start, end) || raw.contains("  ")) {
                continue;
            }
            String digits = raw.replaceAll("[^0-9]", "");
            boolean phoneWord = scan.hasKeyword(PHONE_WORD, start - 40, end + 40);
            if (!phoneWord && (scan.hasKeyword(BOOK_WORD, start - 40, end + 40) || digits.length() <= 10 && raw.matches("\\d+"))) {
                // an unbroken run of ten digits, or a number beside a book reference, is a phone number only when it says so
                continue;
            }
            String kind;
            if (matcher.group("uk") != null) {
                String national = ukNational(raw, digits);
                if (national == null || !isPersonalUkNumber(national) || isDramaNumber(national)
                        || CheckDigits.isTrivial(national.substring(1))) {
                    continue;
                }
                if (national.charAt(1) != '7' && scan.hasKeyword(ORGANISATION_WORD, start - 50, end + 20)) {
                    // a landline named as a switchboard, a practice or a clinic belongs to the organisation
                    continue;
                }
                kind = "a UK phone number";
            } else if (matcher.group("intl") != null) {
                if (digits.length() < 8 || digits.length() > 15 || digits.startsWith("44") || isFictionalNanp(digits)
                        || CheckDigits.isTrivial(digits) || raw.chars().noneMatch(c -> c == ' ' || c == '-' || c == '(') && digits.length() < 10) {
                    continue;
                }
                kind = "a phone number";
            } else {
                // area codes with a middle 9 are reserved, never dialled
                if (isFictionalNanp("1" + digits) || CheckDigits.isTrivial(digits) || digits.charAt(1) == '9') {
                    continue;
                }
                kind = "a North American phone number";
            }
            findings.add(new Finding(Rules.PHONE, Severity.WARNING, start, end, kind + " (" + Masking.mask(raw) + ")"));
            scan.claim(start, end);
        }
    }

    static void postcodes(ScanText scan, List<Finding> findings) {
        String text = scan.text();
        Matcher matcher = POSTCODE.matcher(text);
        matcher.useTransparentBounds(true);
        int searched = 0;
        // the inward code: a digit and two capital letters
        for (int i : scan.inwardCodes()) {
            int from = Math.max(searched, i - 6);
            matcher.region(from, Math.min(text.length(), i + 3));
            if (matcher.find()) {
                report(scan, matcher, findings);
                searched = matcher.end();
            }
        }
    }

    private static int regionStart(String text, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static void report(ScanText scan, Matcher matcher, List<Finding> findings) {
        int start = matcher.start();
        int end = matcher.end();
        if (scan.isExcluded(start, end) || scan.isClaimed(start, end)) {
            return;
        }
        findings.add(new Finding(Rules.POSTCODE, Severity.WARNING, start, end,
                "a full UK postcode (" + Masking.mask(matcher.group()) + "), which can narrow an address down to a few homes"));
        scan.claim(start, end);
    }

    /** The number as dialled within the UK (0…), or null when it cannot be one. */
    private static String ukNational(String raw, String digits) {
        String national;
        if (raw.startsWith("+44")) {
            national = "0" + digits.substring(2).replaceFirst("^0", "");
        } else if (raw.startsWith("0044")) {
            national = "0" + digits.substring(4).replaceFirst("^0", "");
        } else {
            national = digits;
        }
        return national.length() == 10 || national.length() == 11 ? national : null;
    }

    /**
     * Geographic (01, 02) and mobile (07) numbers, which can be a person's. Non-geographic numbers
     * (03, 05, 08, 09: helplines, freephone, NHS services) belong to organisations.
     */
    private static boolean isPersonalUkNumber(String national) {
        char area = national.charAt(1);
        if (area == '1') {
            return true;
        }
        return (area == '2' || area == '7') && national.length() == 11;
    }

    /** Ofcom's numbers for drama and examples, which no one can be called on. */
    static boolean isDramaNumber(String national) {
        String[][] ranges = {
            {"07700900", ""}, {"01632960", ""}, {"0207946", "0"}, {"0113496", "0"}, {"0114496", "0"}, {"0115496", "0"},
            {"0116496", "0"}, {"0117496", "0"}, {"0118496", "0"}, {"0121496", "0"}, {"0131496", "0"}, {"0141496", "0"},
            {"0151496", "0"}, {"0161496", "0"}, {"0191498", "0"}, {"0289649", "6"}, {"0292018", "0"},
        };
        for (String[] range : ranges) {
            String prefix = range[0] + range[1];
            if (national.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** North American 555-0100 to 555-0199, reserved for fiction. */
    private static boolean isFictionalNanp(String digits) {
        return digits.length() == 11 && digits.startsWith("1") && digits.substring(4, 8).equals("5550")
                && digits.charAt(8) == '1';
    }
}
