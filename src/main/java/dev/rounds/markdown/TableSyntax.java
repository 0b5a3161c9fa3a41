package dev.rounds.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;

/**
 * Tables, parsed by flexmark's table pre-processor (what {@code TablesExtension} adds to a parser),
 * asked only about paragraphs whose first line holds a {@code |}: for any other paragraph it
 * returns at once, leaving the paragraph as it is. It is made for an entry only when one of its
 * paragraphs may be a table, because making it compiles a pattern, and its test for the
 * {@code |} reads the line one flexmark character at a time.
 */
final class TableSyntax implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
    }

    private static final class Factory implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory flexmark;

        Factory(ParagraphPreProcessorFactory flexmark) {
            this.flexmark = flexmark;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return flexmark.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return flexmark.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return flexmark.affectsGlobalScope();
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new ParagraphPreProcessor() {
                private ParagraphPreProcessor tables;

                @Override
                public int preProcessBlock(Paragraph paragraph, ParserState blockState) {
                    List<BasedSequence> lines = paragraph.getContentLines();
                    if (lines.isEmpty() || Sequences.string(lines.get(0)).indexOf('|') < 0) {
                        return 0;
                    }
                    if (tables == null) {
                        tables = flexmark.apply(state);
                    }
                    return tables.preProcessBlock(paragraph, blockState);
                }
            };
        }
    }
}
