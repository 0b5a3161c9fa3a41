package dev.rounds.check;

import dev.rounds.diagnostic.Severity;

/**
 * One thing a check found in a piece of text, by offsets into that text.
 *
 * @param start the first character of the offending value
 * @param end one past its last character
 * @param message what was found, with the value masked
 */
record Finding(String rule, Severity severity, int start, int end, String message) {
}
