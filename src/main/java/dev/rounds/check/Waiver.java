package dev.rounds.check;

import java.nio.file.Path;

/**
 * An author's decision that a finding may be published, with the reason: a comment
 * {@code <!-- rounds:allow RULE "reason" -->} for one finding on its line (or the next), or an item
 * of {@code confidentiality.allow} in front matter for a whole file.
 *
 * @param line where the waiver is written
 * @param wholeFile true for {@code confidentiality.allow}
 * @param waived how many findings it waived
 */
public record Waiver(Path file, int line, int column, String rule, String reason, boolean wholeFile, int waived) {
}
