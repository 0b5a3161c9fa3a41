package dev.rounds.content;

import dev.rounds.config.YamlNode;
import dev.rounds.source.SourceFile;
import java.util.Optional;

/** A content file split into its front matter and its Markdown body. */
public record ParsedDocument(SourceFile file, Optional<YamlNode.Mapping> frontMatter, String body, int bodyLine) {
}
