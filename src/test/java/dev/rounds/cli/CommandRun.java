package dev.rounds.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command line run through {@code Main.run}: its exit code and what it printed on each stream. */
record CommandRun(int code, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
