package dev.rounds.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rounds} command: arguments in, exit code out. */
@Command(name = "rounds", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Rounds: a static blog and microblog generator for clinicians.",
        footer = {"", "Exit codes: 0 success (warnings allowed), 1 an error in the site or its output, 2 wrong usage."})
public final class Main implements Runnable {
    /**
     * The subcommands, in the order {@code rounds --help} lists them. Not in {@code @Command}: picocli would then
     * build every one's model (reflection and annotation proxies: about 50 ms of CPU) on every run.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(BuildCommand.class, ServeCommand.class, NewCommand.class,
            CheckCommand.class, CommandLine.HelpCommand.class);

    /** The subcommands that can run on their own model, by the name that picks them (their {@code @Command} name). */
    private static final Map<String, Class<?>> RUN_ALONE = Map.of("build", BuildCommand.class, "serve", ServeCommand.class,
            "new", NewCommand.class, "check", CheckCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        for (Class<?> subcommand : subcommandsFor(args)) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Only the command named first, when there is one: its help, errors and results never show the others. Anything
     * else ({@code --help}, {@code help build}, an unknown command, nothing) needs them all, to list or to suggest.
     */
    static List<Class<?>> subcommandsFor(String... args) {
        Class<?> named = args.length > 0 ? RUN_ALONE.get(args[0]) : null;
        return named != null ? List.of(named) : SUBCOMMANDS;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed, such as: rounds build");
    }

    /** The version from the jar's build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Rounds " + number()};
        }

        static String number() {
            try (InputStream in = Main.class.getResourceAsStream("/dev/rounds/version.properties")) {
                Properties properties = new Properties();
                if (in != null) {
                    properties.load(in);
                }
                return properties.getProperty("version", "development");
            } catch (IOException e) {
                return "development";
            }
        }
    }
}
