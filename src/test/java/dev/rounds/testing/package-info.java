/**
 * Test support: small sites in temporary folders.
 *
 * <ul>
 *   <li>{@link dev.rounds.testing.TestSite} writes site.yaml, content, layouts and static files into a
 *       JUnit {@code @TempDir}, builds through the command line ({@code Main.run}, giving a
 *       {@link dev.rounds.testing.Run} with exit code, stdout and stderr) or through the engine
 *       ({@code SiteBuilder} into a {@code MemorySink} with a fixed "now", giving a
 *       {@link dev.rounds.testing.MemoryBuild}), and reads output pages as jsoup documents.</li>
 *   <li>{@link dev.rounds.testing.HtmlValidator} is the embedded Nu Html Checker, one shared instance;
 *       it returns the errors of a page (info messages and warnings are left out).</li>
 *   <li>{@link dev.rounds.testing.LinkChecker} finds root-relative links that lead to no file.</li>
 *   <li>{@link dev.rounds.testing.Snapshot} records every file's bytes and modification time, to show
 *       that a failed build left {@code public/} untouched or that a build rewrote nothing.</li>
 * </ul>
 *
 * Diagnostics name temporary folders by absolute path, so assert on the part below the site:
 * {@code assertThat(run.err()).contains("content/posts/x.md:3:8: error:")}.
 */
package dev.rounds.testing;
