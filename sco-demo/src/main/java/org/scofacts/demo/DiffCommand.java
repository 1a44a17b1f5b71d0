package org.scofacts.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;
import org.scofacts.json.DatasetDiff;
import org.scofacts.json.DatasetJson;
import org.scofacts.json.DatasetJsonException;
import org.scofacts.demo.message.ExitCodes;
import org.scofacts.demo.message.Messages;
import org.scofacts.demo.message.Values;
import org.scofacts.model.Fact;
import org.scofacts.model.Source;

/** {@code sco-demo diff OLD.json [NEW.json]}: what changed between two exports. */
final class DiffCommand extends CliCommand {

    private final Param<Path> olderParam = parameter("OLD.json", true, "The older export.",
            new Converters.PathConverter());

    private final Param<Path> newerParam = parameter("NEW.json", false,
            "The newer export. Default: the bundled dataset.", new Converters.PathConverter());

    private final Param<Boolean> exitCode = flag("--exit-code", "Exit with " + ExitCodes.DIFFERENT + " when the"
            + " datasets differ and 0 when they do not, as git diff --exit-code does (without it: 0 either way).");

    private final Options.Debug debug = new Options.Debug(this);

    DiffCommand(RunContext run) {
        super(run, "diff", "What changed between an older JSON export ('sco-demo export --format json') and the bundled"
                + " dataset, or NEW.json: countries, facts and sources added and removed, and changed field by field.");
    }

    @Override
    boolean debug() {
        return debug.on();
    }

    @Override
    int call() {
        Path older = olderParam.get();
        Path newer = newerParam.get();
        ScoDataset before = read(older);
        ScoDataset after = newer == null ? run.sco().dataset() : read(newer);
        PrintWriter out = run.out();
        line(out, "Comparing " + older + " (" + about(before) + ") with "
                + (newer == null ? "the bundled dataset" : newer.toString()) + " (" + about(after) + ")");

        DatasetDiff diff = DatasetDiff.between(before, after);
        diff.removedCountries().forEach(c -> line(out, "removed country " + c.alpha2() + " (" + c.shortName() + ")"));
        diff.addedCountries().forEach(c -> line(out, "added country " + c.alpha2() + " (" + c.shortName() + ")"));
        for (DatasetDiff.Change change : diff.changedCountries()) {
            change.fields().forEach(field -> line(out, "changed country " + change.id() + ": " + field));
        }
        diff.removedFacts().forEach(f -> line(out, "removed " + f.id() + " (" + describe(f) + ")"));
        diff.addedFacts().forEach(f -> line(out, "added " + f.id() + " (" + describe(f) + ")"));
        for (DatasetDiff.Change change : diff.changedFacts()) {
            change.fields().forEach(field -> line(out, "changed " + change.id() + ": " + field));
        }
        diff.removedSources().forEach(s -> line(out, "removed source " + s.id() + " (" + describe(s) + ")"));
        diff.addedSources().forEach(s -> line(out, "added source " + s.id() + " (" + describe(s) + ")"));
        for (DatasetDiff.Change change : diff.changedSources()) {
            change.fields().forEach(field -> line(out, "changed source " + change.id() + ": " + field));
        }

        if (diff.isEmpty()) {
            line(out, "No differences in countries, facts or sources (" + after.countries().size() + " countries, "
                    + after.facts().count() + " facts, " + after.sources().size() + " sources).");
        } else {
            line(out, "Facts: " + diff.addedFacts().size() + " added, " + diff.removedFacts().size() + " removed, "
                    + diff.changedFacts().size() + " changed; sources: " + diff.addedSources().size() + " added, "
                    + diff.removedSources().size() + " removed, " + diff.changedSources().size()
                    + " changed; countries: " + diff.addedCountries().size() + " added, "
                    + diff.removedCountries().size() + " removed, " + diff.changedCountries().size() + " changed.");
        }
        return exitCode.get() && !diff.isEmpty() ? ExitCodes.DIFFERENT : ExitCodes.ANSWERED;
    }

    /** One line of the diff: values from a file, such as a title, cannot break it or forge another. */
    private static void line(PrintWriter out, String text) {
        out.println(Values.escaped(text));
    }

    /** Reads an export; a file that is missing, unreadable or malformed is refused in one line naming it. */
    private static ScoDataset read(Path file) {
        // DatasetJson reads no more than a dataset file may hold, so /dev/zero or an endless pipe ends at once.
        try (InputStream in = Files.newInputStream(file)) {
            return DatasetJson.read(in);
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            String message = Messages.cannotRead(file, cause);
            throw ExitCodes.isBadInput(cause) ? Failure.badInput(message, e) : Failure.environment(message, e);
        } catch (DatasetJsonException e) {
            throw Failure.badInput(Values.cut(file.toString()) + ": " + e.getMessage(), e);
        }
    }

    private static String about(ScoDataset data) {
        return "version " + data.version() + ", checked through " + data.checkedThrough();
    }

    /**
     * A fact in a few words, so that an added or removed one can be recognised without looking it up: its
     * family and the one readable line every fact record prints, so a new family needs no words here.
     */
    static String describe(Fact fact) {
        return FactFamily.of(fact).name() + ": " + fact;
    }

    private static String describe(Source source) {
        return source.title() + ", " + source.publisher();
    }
}
