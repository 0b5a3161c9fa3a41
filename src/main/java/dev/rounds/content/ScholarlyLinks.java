package dev.rounds.content;

import java.nio.charset.StandardCharsets;

/** The public addresses of a DOI and of a PubMed record, as references and text link to them. */
public final class ScholarlyLinks {
    private ScholarlyLinks() {
    }

    /** {@code https://doi.org/} and the DOI, percent-encoded where a URL path needs it. */
    public static String doiUrl(String doi) {
        StringBuilder url = new StringBuilder("https://doi.org/");
        for (byte b : doi.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/:;()[]".indexOf(c) >= 0)) {
                url.append(c);
            } else {
                url.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return url.toString();
    }

    public static String pubmedUrl(String pmid) {
        return "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/";
    }
}
