package dev.rounds.cli;

import dev.rounds.config.BuildOptions;
import dev.rounds.serve.PreviewServer;
import dev.rounds.serve.ServeListener;
import dev.rounds.serve.ServeOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rounds serve [SITE]}. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Previews the site in SITE at http://127.0.0.1:1313/ while you write.",
                "Builds it into memory (never into public/), rebuilds it when a file changes and reloads the open browser tabs.",
                "Drafts and future entries are shown. An error in the site shows in the browser and here;",
                "the server keeps running, and fixing the file brings the page back. Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SiteArgument siteArgument;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT",
            description = "Listen on PORT; when it is taken, stop with an error. Without it: 1313, or the next free port.")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServeOptions.DEFAULT_BIND,
            description = "Listen on ADDRESS (default: ${DEFAULT-VALUE}, this computer only). Any other address lets"
                    + " other devices on the network see the preview, drafts included: a warning is printed.")
    String bind;

    @Option(names = "--no-live-reload", description = "Do not reload open pages after a rebuild (no script is added to pages).")
    boolean noLiveReload;

    @Option(names = "--no-drafts", description = "Hide entries marked 'draft: true', as 'rounds build' does.")
    boolean noDrafts;

    @Option(names = "--no-future", description = "Hide entries dated in the future, as 'rounds build' does.")
    boolean noFuture;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port != null && (port < 1 || port > 65535)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 1 and 65535, not " + port);
        }
        ServeOptions options = ServeOptions.defaults(siteArgument.folder)
                .withPort(port == null ? ServeOptions.DEFAULT_PORT : port, port != null)
                .withBind(bind)
                .withLiveReload(!noLiveReload)
                .withDrafts(!noDrafts)
                .withFuture(!noFuture)
                .withWorkingDirectory(Path.of("").toAbsolutePath())
                .withClock(() -> BuildOptions.nowOrSourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")));
        ServeListener listener = new ServeListener() {
            @Override
            public void info(String line) {
                out.println(line);
                out.flush();
            }

            @Override
            public void problem(String line) {
                err.println(line);
                err.flush();
            }
        };
        PreviewServer server;
        try {
            server = PreviewServer.start(options, "Rounds " + Main.Version.number(), listener);
        } catch (PreviewServer.StartFailure e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            out.println("Stopped.");
            out.flush();
            stopped.countDown();
        }, "rounds-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
        return 0;
    }
}
