package dev.rounds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * {@code rounds} builds only the named command's model (start-up time); these hold its help and errors to what
 * they are with every command registered, which {@code rounds help COMMAND} and unknown commands still have.
 */
class MainTest {
    private static final List<String> COMMANDS = List.of("build", "serve", "new", "check");

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void eachCommandIsPickedByItsOwnName() {
        for (String name : COMMANDS) {
            assertThat(Main.subcommandsFor(name, "--help")).singleElement()
                    .satisfies(command -> assertThat(command.getAnnotation(Command.class).name()).isEqualTo(name));
        }
        assertThat(Main.subcommandsFor()).hasSize(5);
        assertThat(Main.subcommandsFor("help", "build")).hasSize(5);
        assertThat(Main.subcommandsFor("--help")).hasSize(5);
    }

    @Test
    void aCommandsHelpIsWhatHelpCommandShows() {
        for (String name : COMMANDS) {
            CommandRun help = run(name, "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out()).startsWith("Usage: rounds " + name + " ").isEqualTo(run("help", name).out());
        }
    }

    @Test
    void aCommandsUsageErrorShowsItsHelp() {
        CommandRun wrong = run("build", "--bogus");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.out()).isEmpty();
        assertThat(wrong.err()).isEqualTo("Unknown option: '--bogus'" + System.lineSeparator() + run("help", "build").out());
        CommandRun unknownOption = run("new", "--bogus");
        assertThat(unknownOption.code()).isEqualTo(2);
        assertThat(unknownOption.err()).isEqualTo("Unknown option: '--bogus'" + System.lineSeparator() + run("help", "new").out());
    }

    @Test
    void theTopLevelListsEveryCommand() {
        String commands = "Commands:%n  build  Builds".formatted();
        for (CommandRun listed : List.of(run("--help"), run("bogus", "--help"))) {
            assertThat(listed.code()).isZero();
            assertThat(listed.out()).contains(commands).containsPattern("(?m)^  serve ").containsPattern("(?m)^  new ")
                    .containsPattern("(?m)^  check ").containsPattern("(?m)^  help ");
        }
        CommandRun unknown = run("bogus");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("Unmatched argument at index 0: 'bogus'").contains(run("--help").out());
        assertThat(run("buil").err()).contains("Did you mean: rounds build?");
        CommandRun none = run();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("a command is needed, such as: rounds build" + System.lineSeparator() + run("--help").out());
    }
}
