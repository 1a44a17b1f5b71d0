package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scofacts.data.ScoDataset;
import org.scofacts.json.DatasetJson;
import org.scofacts.json.Fixtures;

/**
 * {@code diff --exit-code} signals differences by its exit status as {@code git diff --exit-code} does, and a
 * database password can come from the environment or a prompt instead of the command line.
 */
class DiffExitCodeAndPasswordTest {

    @TempDir
    Path dir;

    /** Variables and a terminal as a test sets them; records what was asked at the terminal. */
    private static final class GivenEnvironment implements Environment {
        private final Map<String, String> variables;
        private final String typed;
        final List<String> prompts = new ArrayList<>();

        GivenEnvironment(Map<String, String> variables, String typed) {
            this.variables = variables;
            this.typed = typed;
        }

        @Override
        public String variable(String name) {
            return variables.get(name);
        }

        @Override
        public char[] readPassword(String prompt) {
            prompts.add(prompt);
            return typed == null ? null : typed.toCharArray();
        }
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(Environment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console console = Main.console(Fixtures::dataset, Clock.fixed(ConsoleTest.TODAY.atStartOfDay()
                .toInstant(ZoneOffset.UTC), ZoneOffset.UTC), environment, out, err);
        return new Result(console.execute(args), out.toString(), err.toString());
    }

    private static Result run(String... args) {
        return run(new GivenEnvironment(Map.of(), null), args);
    }

    @Test
    void given_exit_code_when_the_datasets_differ_then_4_and_when_they_do_not_then_0() throws IOException {
        ScoDataset fixture = Fixtures.dataset();
        Path same = Files.writeString(dir.resolve("same.json"), DatasetJson.write(fixture));
        Path older = Files.writeString(dir.resolve("older.json"), DatasetJson.write(fixture).replace("Astana",
                "Akmola"));

        Result differ = run("diff", "--exit-code", older.toString(), same.toString());
        Result equal = run("diff", "--exit-code", same.toString(), same.toString());

        assertThat(equal.exitCode()).as(equal.err()).isZero();
        assertThat(equal.out()).contains("No differences");
        assertThat(differ.err()).isEmpty();
        assertThat(differ.out()).contains("Akmola");
        assertThat(differ.exitCode()).isEqualTo(4);
    }

    @Test
    void given_differences_without_exit_code_then_0_as_before() throws IOException {
        Path older = Files.writeString(dir.resolve("older.json"), DatasetJson.write(Fixtures.dataset())
                .replace("Astana", "Akmola"));

        Result r = run("diff", older.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Akmola").contains("changed");
    }

    @Test
    void given_a_password_in_the_environment_or_at_the_prompt_when_exporting_then_it_is_used() {
        // The first connection to a new H2 database sets its user's password: the environment's, here.
        String url = "jdbc:h2:" + dir.resolve("guarded");
        GivenEnvironment variable = new GivenEnvironment(Map.of(Options.Password.VARIABLE, "secret"), null);
        GivenEnvironment terminal = new GivenEnvironment(Map.of(), "secret");
        GivenEnvironment wrong = new GivenEnvironment(Map.of(Options.Password.VARIABLE, "wrong"), null);

        Result fromVariable = run(variable, "export", "--jdbc-url", url, "--user", "sa");
        Result refused = run(wrong, "export", "--jdbc-url", url, "--user", "sa");
        Result fromPrompt = run(terminal, "export", "--jdbc-url", url, "--user", "sa", "--password-prompt");

        assertThat(fromVariable.exitCode()).as(fromVariable.err()).isZero();
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("sco-demo export: cannot connect to " + url + " as sa: user name or"
                + " password refused" + System.lineSeparator());
        assertThat(fromPrompt.exitCode()).as(fromPrompt.err()).isZero();
        assertThat(terminal.prompts).containsExactly("Password for sa at " + url + ": ");
        assertThat(fromVariable.out() + fromPrompt.out() + refused.err()).doesNotContain("secret", "wrong");
    }
}
