package org.scofacts.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The demo console's start-up: each question subcommand, the same question through the database, and the
 * tour, each as a whole fresh {@code java -jar} process, against {@code java -version} in the same run.
 *
 * <p>One round runs every process once, in a fixed order that starts with {@code java -version}, so every
 * command alternates with the floor it is compared to and a shared machine's drift falls on all of them
 * alike. One round to warm the file system cache is run first and not counted. Wall time is measured
 * around the child process with {@link System#nanoTime()}; where {@code /usr/bin/time} exists, the child's
 * CPU time (user + system, 10 ms resolution) is reported too. Every child must exit with 0 and print
 * something, or the run stops.
 *
 * <pre>java -cp sco-bench/target/benchmarks.jar org.scofacts.bench.ConsoleStart sco-demo/target/sco-demo.jar [rounds] [--no-database]</pre>
 *
 * <p>{@code --no-database} leaves out the tour and {@code --via-database}, which take seconds each. Given
 * two or more jars (say one built from an older commit), every round runs each process with each jar in turn,
 * so that before and after are compared within the same run.
 */
public final class ConsoleStart {

    /** The question subcommands timed, each answering from the fluent API without a database. */
    private static final List<List<String>> QUESTIONS = List.of(
            List.of("members", "--as-of", "2020-01-01"),
            List.of("summits"),
            List.of("officials"),
            List.of("chair"),
            List.of("timeline", "Iran"),
            List.of("summit", "24"),
            List.of("documents"),
            List.of("sources"),
            List.of("members", "--help"));

    /** What the issue asks of a question subcommand: at most this many times {@code java -version}. */
    private static final double TARGET_RATIO = 5.0;

    private ConsoleStart() {
    }

    /**
     * Runs the comparison and prints a table of medians and ratios to {@code java -version}.
     *
     * @param args the demo jar, then optionally the number of rounds (default 9) and {@code --no-database}
     * @throws Exception if a child process cannot be started or fails
     */
    public static void main(String[] args) throws Exception {
        List<String> jars = new ArrayList<>();
        int rounds = 9;
        boolean database = true;
        for (String arg : args) {
            if (arg.equals("--no-database")) {
                database = false;
            } else if (arg.endsWith(".jar")) {
                if (!new File(arg).isFile()) {
                    System.err.println("no demo jar at " + arg + "; build it with ./mvnw -B -q package -DskipTests");
                    System.exit(2);
                }
                jars.add(arg);
            } else {
                rounds = Integer.parseInt(arg);
            }
        }
        if (jars.isEmpty()) {
            System.err.println("usage: ConsoleStart SCO-DEMO-JAR [MORE-JARS] [rounds] [--no-database]");
            System.exit(2);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Run> runs = new ArrayList<>();
        runs.add(new Run("java -version", List.of(java, "-version"), false));
        List<List<String>> commands = new ArrayList<>(QUESTIONS);
        if (database) {
            commands.add(List.of("members", "--as-of", "2020-01-01", "--via-database"));
            commands.add(List.of());
        }
        for (List<String> command : commands) {
            for (String jar : jars) {
                String label = (command.isEmpty() ? "the tour" : String.join(" ", command))
                        + (jars.size() > 1 ? " [" + jar + "]" : "");
                runs.add(demo(java, jar, label, command, QUESTIONS.contains(command)));
            }
        }
        Path cpuFile = Files.createTempFile("console-start", ".cpu");
        try {
            boolean cpu = Files.isExecutable(Path.of("/usr/bin/time"));
            for (int round = 0; round <= rounds; round++) {
                for (Run run : runs) {
                    Sample s = run.once(cpu ? cpuFile : null);
                    if (round > 0) {
                        run.samples.add(s);
                    }
                }
            }
        } finally {
            Files.deleteIfExists(cpuFile);
        }
        double floor = runs.get(0).median(true);
        System.out.printf(Locale.ROOT, "java %s, %d rounds, %d processors, %s%n", System.getProperty("java.version"),
                rounds, Runtime.getRuntime().availableProcessors(), String.join(" ", jars));
        int width = 0;
        for (Run run : runs) {
            width = Math.max(width, run.label.length());
        }
        String format = "%-" + width + "s %9s %9s %9s %8s%n";
        System.out.printf(Locale.ROOT, format, "process", "wall ms", "min ms", "cpu ms", "ratio");
        for (Run run : runs) {
            double wall = run.median(true);
            System.out.printf(Locale.ROOT, "%-" + width + "s %9.0f %9.0f %9s %7.1fx%s%n", run.label, wall, run.min(),
                    run.samples.get(0).cpuNanos < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", run.median(false)),
                    wall / floor, run.question ? (wall / floor <= TARGET_RATIO ? "  (target 5x: met)"
                            : "  (target 5x: not met)") : "");
        }
    }

    private static Run demo(String java, String jar, String label, List<String> args, boolean question) {
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar));
        command.addAll(args);
        return new Run("sco-demo " + label, command, question);
    }

    /** One process to time, and its samples. */
    private static final class Run {
        final String label;
        final List<String> command;
        final boolean question;
        final List<Sample> samples = new ArrayList<>();

        Run(String label, List<String> command, boolean question) {
            this.label = label;
            this.command = command;
            this.question = question;
        }

        Sample once(Path cpuFile) throws IOException, InterruptedException {
            List<String> full = new ArrayList<>();
            if (cpuFile != null) {
                full.addAll(List.of("/usr/bin/time", "-f", "%U %S", "-o", cpuFile.toString()));
            }
            full.addAll(command);
            long start = System.nanoTime();
            Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            int exit = p.waitFor();
            long wall = System.nanoTime() - start;
            if (exit != 0 || out.length == 0) {
                throw new IllegalStateException(label + " exited with " + exit + ": "
                        + new String(out, StandardCharsets.UTF_8));
            }
            long cpu = -1;
            if (cpuFile != null) {
                String[] fields = Files.readString(cpuFile).strip().split("\\s+");
                cpu = Math.round((Double.parseDouble(fields[fields.length - 2])
                        + Double.parseDouble(fields[fields.length - 1])) * 1e9);
            }
            return new Sample(wall, cpu);
        }

        double median(boolean wall) {
            return Median.of(samples.stream().mapToDouble(s -> (wall ? s.wallNanos : s.cpuNanos) / 1e6)
                    .toArray());
        }

        double min() {
            return samples.stream().mapToDouble(s -> s.wallNanos / 1e6).min().orElse(Double.NaN);
        }
    }

    private record Sample(long wallNanos, long cpuNanos) {
    }
}
