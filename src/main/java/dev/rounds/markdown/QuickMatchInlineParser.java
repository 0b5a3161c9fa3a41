package dev.rounds.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, with its two "match a pattern here" steps taking the match's bounds
 * from the matcher itself. flexmark asks the matcher for a {@code MatchResult}, which in Java 17
 * copies the whole paragraph into a string (one character at a time, for flexmark's sequences)
 * at every match: after every link, for one, so the time a paragraph took grew with the number of
 * its links times its length. The result is the same.
 */
final class QuickMatchInlineParser extends CommonmarkInlineParser {

    /**
     * Makes {@code builder}'s parser use this inline parser. flexmark adds its link reference
     * definition pre-processor only for its own inline parser, so it is added here, where flexmark
     * adds it: after those of the extensions, when the option asks for it (the default).
     */
    static Parser.Builder use(Parser.Builder builder) {
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(builder)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder.customInlineParserFactory(QuickMatchInlineParser::new);
    }

    private QuickMatchInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                                   Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                                   List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (matcher.find()) {
            index = matcher.end();
            return input.subSequence(matcher.start(), matcher.end());
        }
        return null;
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (matcher.find()) {
            index = matcher.end();
            BasedSequence[] results = new BasedSequence[matcher.groupCount() + 1];
            results[0] = input.subSequence(matcher.start(), matcher.end());
            for (int i = 1; i < results.length; i++) {
                results[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
            }
            return results;
        }
        return null;
    }
}
