package dev.rounds.cli;

import dev.rounds.diagnostic.Diagnostic;
import dev.rounds.scaffold.EntryScaffold;
import dev.rounds.scaffold.Scaffold;
import dev.rounds.scaffold.SiteScaffold;
import dev.rounds.template.ThemeResolver;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rounds new site|post|note|page}. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Starts a new site, or a new post, note or page in a site. Never overwrites a file."},
        subcommands = {NewCommand.Site.class, NewCommand.Post.class, NewCommand.Note.class, NewCommand.Page.class})
final class NewCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to make: rounds new site DIR, or new post|note|page");
    }

    /** Prints the problems, or the paths written; returns the exit code. */
    static int report(Scaffold result, PrintWriter out, PrintWriter err, boolean printPaths) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        for (Diagnostic problem : result.problems()) {
            err.println(problem.format(workingDirectory));
        }
        if (!result.ok()) {
            return 1;
        }
        if (printPaths) {
            for (Path file : result.written()) {
                out.println(shown(file, workingDirectory));
            }
        }
        return 0;
    }

    static String shown(Path file, Path workingDirectory) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString() : absolute.toString();
    }

    @Command(name = "site", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Makes a new site in DIR that builds at once: site.yaml with every common setting",
                    "explained, one post, one note and an About page. DIR must be new or empty."})
    static final class Site implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "The folder to make the site in (created if needed; must be empty).")
        Path dir;

        @Option(names = "--theme", paramLabel = "NAME", defaultValue = "clinic",
                description = "The theme, one of those shipped with Rounds (default: ${DEFAULT-VALUE}).")
        String theme;

        @Option(names = "--title", paramLabel = "TEXT", description = "The site's title (default: made from DIR's name).")
        String title;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!theme.matches("[A-Za-z0-9._-]+") || !ThemeResolver.isShipped(theme)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--theme: unknown theme '" + theme + "' (shipped with Rounds: clinic)");
            }
            Scaffold result = SiteScaffold.create(dir, theme, title, SiteScaffold.defaultZone(), Instant.now());
            int code = report(result, out, err, false);
            if (code != 0) {
                return code;
            }
            Path workingDirectory = Path.of("").toAbsolutePath();
            String folder = shown(dir, workingDirectory);
            out.println("Made a new site in " + folder + "/:");
            for (Path file : result.written()) {
                if (!file.getFileName().toString().startsWith(".")) {
                    out.println("  " + shown(file, workingDirectory));
                }
            }
            out.println();
            out.println("What next:");
            out.println("  cd " + (folder.contains(" ") ? "\"" + folder + "\"" : folder));
            out.println("  rounds serve               preview it at http://127.0.0.1:1313/ while you write");
            out.println("  rounds new post \"Title\"    start a post (a draft until you delete 'draft: true')");
            out.println("  rounds new note \"Text\"     post a short note");
            out.println("  rounds build               make public/, the folder to upload");
            out.println("First open site.yaml: set the title, baseURL (the address you will publish at) and your name.");
            return 0;
        }
    }

    /** What the entry commands share: the site they write into. */
    abstract static class EntryCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--site", paramLabel = "DIR", defaultValue = ".",
                description = "The site folder, holding site.yaml (default: the current folder).")
        Path site;

        @Override
        public Integer call() {
            Scaffold result = make(Instant.now());
            return report(result, spec.commandLine().getOut(), spec.commandLine().getErr(), true);
        }

        abstract Scaffold make(Instant now);

        boolean themeExists(String name) {
            return ThemeResolver.exists(site.toAbsolutePath(), name);
        }
    }

    @Command(name = "post", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Makes content/posts/YYYY-MM-DD-slug.md, dated now in the site's time zone, as a draft",
                    "(shown by 'rounds serve', not published by 'rounds build') unless --publish is given.",
                    "Prints the file's path."})
    static final class Post extends EntryCommand {
        @Parameters(index = "0", paramLabel = "TITLE", description = "The post's title; the file name and address are made from it.")
        String title;

        @Option(names = "--publish", description = "Make it ready to publish: no 'draft: true'.")
        boolean publish;

        @Override
        Scaffold make(Instant now) {
            return EntryScaffold.post(site, title, publish, now, this::themeExists);
        }
    }

    @Command(name = "note", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Makes content/notes/YYYY-MM-DD-HHMM.md holding TEXT, dated now in the site's time zone.",
                    "Prints the file's path."})
    static final class Note extends EntryCommand {
        @Parameters(index = "0", paramLabel = "TEXT", description = "The note's text (Markdown).")
        String text;

        @Override
        Scaffold make(Instant now) {
            return EntryScaffold.note(site, text, now, this::themeExists);
        }
    }

    @Command(name = "page", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Makes content/pages/slug.md, a standalone page such as Contact. Prints the file's path."})
    static final class Page extends EntryCommand {
        @Parameters(index = "0", paramLabel = "TITLE", description = "The page's title; the file name and address are made from it.")
        String title;

        @Override
        Scaffold make(Instant now) {
            return EntryScaffold.page(site, title, now, this::themeExists);
        }
    }
}
