package org.scofacts.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.scofacts.model.Status;
import org.scofacts.query.Sco;

/**
 * The cold start: a fresh JVM's first answer, against a fresh JVM that does nothing, in one run.
 *
 * <p>Runs {@code pairs} alternating rounds of child JVMs with the same JDK and the same class path: one
 * {@link EmptyMain}, one {@link FirstAnswer} that calls {@code Sco.facts()} and answers one query, and one
 * {@link LoadOnly} that only loads the classes the first answer loads (found by running it once with
 * {@code -Xlog:class+load}), without initialising them: the part of the cost that is the JVM reading
 * and defining classes, which no code inside them can lower.
 * Wall time is measured around the whole child process; CPU time is what the child itself reports
 * just before it exits. Alternating the two cancels most of the drift of a shared machine, and the
 * medians are compared. JMH's single-shot mode measures inside an already started JVM, so it would
 * miss exactly the class loading and initialisation this benchmark is about.
 *
 * <p>The children's class path is a user's: the library's three jars as Maven builds them (copied to
 * {@code target/cold-start} by the build) and a folder holding only the two small main classes. Running
 * the children on the 37 MB benchmark jar instead would slow the empty JVM as much as the first answer
 * (the JVM reads the whole jar's index either way) and so flatter the ratio.
 *
 * <pre>java -cp sco-bench/target/benchmarks.jar org.scofacts.bench.ColdStart [rounds] [folder...]</pre>
 *
 * <p>Each {@code folder} holds {@code sco-model.jar}, {@code sco-data.jar} and {@code sco-queries.jar} of one
 * build; given several, each round runs the first answer of every build in turn, so that builds (an older
 * version, or this one without a start-up workaround) are compared under the same machine load. By default
 * the jars of this build are used.
 */
public final class ColdStart {

    private ColdStart() {
    }

    /**
     * Runs the comparison and prints a table of medians and the ratio.
     *
     * @param args the number of rounds (default 20), then optionally folders with the library jars of builds
     * @throws Exception if a child process cannot be started or fails
     */
    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<Path> builds = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            builds.add(Path.of(args[i]));
        }
        List<String> classPaths = new ArrayList<>();
        if (builds.isEmpty()) {
            classPaths.add(childClassPath(null));
        } else {
            for (Path build : builds) {
                classPaths.add(childClassPath(build));
            }
        }
        String classPath = classPaths.get(0);
        List<String> loaded = classesLoadedBy(FirstAnswer.class, classPath);
        loaded.removeAll(classesLoadedBy(EmptyMain.class, classPath));
        List<Sample> empty = new ArrayList<>();
        List<Sample> loadOnly = new ArrayList<>();
        List<List<Sample>> answers = new ArrayList<>();
        run(EmptyMain.class, classPath);
        for (String build : classPaths) {
            answers.add(new ArrayList<>());
            run(FirstAnswer.class, build); // one of each to warm the file system cache, not counted
        }
        for (int i = 0; i < pairs; i++) {
            empty.add(run(EmptyMain.class, classPath));
            for (int b = 0; b < classPaths.size(); b++) {
                answers.get(b).add(run(FirstAnswer.class, classPaths.get(b)));
            }
            loadOnly.add(run(LoadOnly.class, classPath, loaded.toArray(new String[0])));
        }
        double emptyWall = median(empty, true);
        double emptyCpu = median(empty, false);
        System.out.printf(Locale.ROOT, "java %s, %d alternating rounds, %d processors%n",
                System.getProperty("java.version"), pairs, Runtime.getRuntime().availableProcessors());
        for (int b = 0; b < classPaths.size(); b++) {
            System.out.printf(Locale.ROOT, "build %d: %s%n", b + 1, classPaths.get(b));
        }
        System.out.printf(Locale.ROOT, "%-44s %8s %8s %8s %8s%n", "process (medians)", "wall ms", "cpu ms", "ratio",
                "cpu +ms");
        row("empty main", empty, emptyWall, emptyCpu);
        row("load only the " + loaded.size() + " classes build 1 loads", loadOnly, emptyWall, emptyCpu);
        for (int b = 0; b < classPaths.size(); b++) {
            row("Sco.facts() and one answer, build " + (b + 1), answers.get(b), emptyWall, emptyCpu);
        }
        System.out.println("answer: " + answers.get(0).get(0).output);
    }

    private static void row(String process, List<Sample> samples, double emptyWall, double emptyCpu) {
        double wall = median(samples, true);
        double cpu = median(samples, false);
        System.out.printf(Locale.ROOT, "%-44s %8.1f %8.1f %7.2fx %+8.1f%n", process, wall, cpu, wall / emptyWall,
                cpu - emptyCpu);
    }

    /**
     * The classes a child loads that the JDK's class-data archive does not already hold (those cost next to
     * nothing), in load order; lambda and other hidden classes are left out, as they cannot be loaded by name.
     * The caller removes those the empty main loads too, such as the ones that report the CPU time.
     */
    private static List<String> classesLoadedBy(Class<?> main, String classPath) throws IOException,
            InterruptedException {
        Path log = Files.createTempFile("sco-cold-start-load", ".log");
        run(main, classPath, List.of("-Xlog:class+load=info:file=" + log), List.of());
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            int at = line.indexOf("[class,load] ");
            int source = line.indexOf(" source: ");
            if (at < 0 || source < 0 || line.contains("shared objects file") || line.contains("__")) {
                continue;
            }
            String name = line.substring(at + "[class,load] ".length(), source);
            if (!name.contains("/") && !name.equals(main.getName())) {
                classes.add(name);
            }
        }
        return classes;
    }

    /**
     * The library's jars from {@code target/cold-start} beside the benchmark jar, after a folder with the two
     * main classes; the benchmark's own class path when the jars are not there (as when run from an IDE).
     */
    private static String childClassPath(Path otherJars) throws IOException, URISyntaxException {
        Path home = Path.of(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jars = otherJars != null ? otherJars : home.resolveSibling("cold-start");
        if (!Files.isDirectory(jars)) {
            System.out.println("no " + jars + ": the children use this JVM's class path");
            return System.getProperty("java.class.path");
        }
        Path mains = Files.createTempDirectory("sco-cold-start");
        for (Class<?> main : List.of(EmptyMain.class, FirstAnswer.class, LoadOnly.class, Cpu.class)) {
            String file = main.getName().replace('.', '/') + ".class";
            Path target = mains.resolve(file);
            Files.createDirectories(target.getParent());
            try (InputStream in = ColdStart.class.getClassLoader().getResourceAsStream(file)) {
                Files.copy(in, target);
            }
        }
        List<String> entries = new ArrayList<>(List.of(mains.toString()));
        for (String module : List.of("sco-queries", "sco-data", "sco-model")) {
            entries.add(jars.resolve(module + ".jar").toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Sample run(Class<?> main, String classPath, String... args) throws IOException,
            InterruptedException {
        return run(main, classPath, List.of(), List.of(args));
    }

    private static Sample run(Class<?> main, String classPath, List<String> jvmOptions, List<String> args)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, main.getName()));
        command.addAll(args);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = p.waitFor();
        long wall = System.nanoTime() - start;
        if (exit != 0) {
            throw new IllegalStateException(main.getSimpleName() + " exited with " + exit + ": " + out);
        }
        String[] lines = out.split("\\R");
        String cpuLine = lines[lines.length - 1];
        if (!cpuLine.startsWith("cpu-ns ")) {
            throw new UncheckedIOException(new IOException("no CPU time reported by " + main.getSimpleName() + ": "
                    + out));
        }
        long cpu = Long.parseLong(cpuLine.substring("cpu-ns ".length()));
        return new Sample(wall, cpu, String.join(" ", Arrays.copyOf(lines, lines.length - 1)));
    }

    private static double median(List<Sample> samples, boolean wall) {
        return Median.of(samples.stream().mapToDouble(s -> (wall ? s.wallNanos : s.cpuNanos) / 1e6).toArray());
    }

    private record Sample(long wallNanos, long cpuNanos, String output) {
    }

    /** A JVM that starts, reports its CPU time and exits: the floor. */
    public static final class EmptyMain {

        private EmptyMain() {
        }

        /**
         * Reports the CPU time and exits.
         *
         * @param args ignored
         */
        public static void main(String[] args) {
            Cpu.report();
        }
    }

    /** A JVM whose only work is the library's first answer. */
    public static final class FirstAnswer {

        private FirstAnswer() {
        }

        /**
         * Loads the bundled dataset, answers one question, reports the CPU time and exits.
         *
         * @param args ignored
         */
        public static void main(String[] args) {
            long members = Sco.facts().countries().withStatus(Status.MEMBER_STATE).asOf(LocalDate.of(2020, 1, 1))
                    .count();
            System.out.println(members + " member states on 2020-01-01");
            Cpu.report();
        }
    }

    /**
     * A JVM that loads, without initialising, the classes named on its command line. The names come as
     * arguments rather than in a file, since reading a file would load classes the empty main does not.
     */
    public static final class LoadOnly {

        private LoadOnly() {
        }

        /**
         * Loads the classes, reports the CPU time and exits.
         *
         * @param args the names of the classes
         * @throws ClassNotFoundException if a class is not found
         */
        public static void main(String[] args) throws ClassNotFoundException {
            ClassLoader loader = LoadOnly.class.getClassLoader();
            for (String name : args) {
                Class.forName(name, false, loader);
            }
            System.out.println("loaded");
            Cpu.report();
        }
    }

    /**
     * Every child's last line: the CPU time its process has used so far. On Linux it is read from
     * {@code /proc/self/stat} (clock ticks, usually 10 ms); elsewhere from {@link ProcessHandle}, whose
     * first use alone costs a fresh JVM some 20 ms of lambdas and thread pools, which would pad the empty
     * main and flatter the ratio.
     */
    public static final class Cpu {

        private Cpu() {
        }

        static void report() {
            long nanos;
            try (java.io.FileInputStream in = new java.io.FileInputStream("/proc/self/stat")) {
                String stat = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                // Fields after the parenthesised command name: state is 3rd, utime 14th, stime 15th.
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                nanos = ticks * 10_000_000L; // USER_HZ is 100 on every Linux the JDK supports
            } catch (IOException | RuntimeException e) {
                nanos = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos();
            }
            System.out.println("cpu-ns " + nanos);
        }
    }
}
