package org.scofacts.demo;

import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scofacts.data.DatasetDiff;
import org.scofacts.data.ScoDataset;
import org.scofacts.demo.json.DatasetJson;
import org.scofacts.model.Appointment;
import org.scofacts.model.Body;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Country;
import org.scofacts.model.Designation;
import org.scofacts.model.Document;
import org.scofacts.model.Event;
import org.scofacts.model.Fact;
import org.scofacts.model.FactId;
import org.scofacts.model.Figure;
import org.scofacts.model.Meeting;
import org.scofacts.model.Place;
import org.scofacts.model.Source;
import org.scofacts.model.StatusPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"What changed between an older JSON export ('sco-demo export --format json') and the bundled"
                + " dataset, or NEW.json: countries, facts and sources added and removed, and changed field by field."})
final class DiffCommand implements Callable<Integer> {

    /** The fields of a country that the diff compares, by name. */
    private static final Map<String, Function<Country, Object>> COUNTRY_FIELDS = new LinkedHashMap<>();

    static {
        COUNTRY_FIELDS.put("alpha3", Country::alpha3);
        COUNTRY_FIELDS.put("shortName", Country::shortName);
        COUNTRY_FIELDS.put("officialName", Country::officialName);
        COUNTRY_FIELDS.put("aliases", c -> new TreeSet<>(c.aliases()));
        COUNTRY_FIELDS.put("isoNumeric", c -> c.isoNumeric().map(Object::toString).orElse("(none)"));
        COUNTRY_FIELDS.put("wikidataId", c -> c.wikidataId().map(Object::toString).orElse("(none)"));
        COUNTRY_FIELDS.put("cowCode", c -> c.cowCode().map(cow -> cow.code() + " " + cow.abbreviation())
                .orElse("(none)"));
    }

    @ParentCommand
    ScoDemo root;

    @Parameters(index = "0", paramLabel = "OLD.json", description = "The older export.")
    Path older;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NEW.json",
            description = "The newer export. Default: the bundled dataset.")
    Path newer;

    @Mixin
    Options.Debug debug;

    @Override
    public Integer call() {
        ScoDataset before = DatasetJson.read(older);
        ScoDataset after = newer == null ? root.sco().dataset() : DatasetJson.read(newer);
        PrintWriter out = root.out();
        out.println("Comparing " + older + " (" + about(before) + ") with "
                + (newer == null ? "the bundled dataset" : newer.toString()) + " (" + about(after) + ")");

        int[] countries = countries(before, after, out);
        DatasetDiff diff = DatasetDiff.between(before, after);
        diff.removedFacts().forEach(f -> out.println("removed " + f.id() + " (" + describe(f) + ")"));
        diff.addedFacts().forEach(f -> out.println("added " + f.id() + " (" + describe(f) + ")"));
        int changedFacts = 0;
        for (DatasetDiff.Change change : diff.changedFacts()) {
            List<String> fields = ownChanges(change, before, after);
            fields.forEach(field -> out.println("changed " + change.id() + ": " + field));
            changedFacts += fields.isEmpty() ? 0 : 1;
        }
        diff.removedSources().forEach(s -> out.println("removed source " + s.id() + " (" + describe(s) + ")"));
        diff.addedSources().forEach(s -> out.println("added source " + s.id() + " (" + describe(s) + ")"));
        for (DatasetDiff.Change change : diff.changedSources()) {
            change.fields().forEach(field -> out.println("changed source " + change.id() + ": " + field));
        }

        if (diff.isEmpty() && countries[0] + countries[1] + countries[2] == 0) {
            out.println("No differences in countries, facts or sources (" + after.countries().size() + " countries, "
                    + after.facts().count() + " facts, " + after.sources().size() + " sources).");
        } else {
            out.println("Facts: " + diff.addedFacts().size() + " added, " + diff.removedFacts().size() + " removed, "
                    + changedFacts + " changed; sources: " + diff.addedSources().size() + " added, "
                    + diff.removedSources().size() + " removed, " + diff.changedSources().size()
                    + " changed; countries: " + countries[0] + " added, " + countries[1] + " removed, " + countries[2]
                    + " changed.");
        }
        out.flush();
        return 0;
    }

    private static String about(ScoDataset data) {
        return "version " + data.version() + ", checked through " + data.checkedThrough();
    }

    /** Prints the countries added, removed and changed; returns how many of each. */
    private static int[] countries(ScoDataset before, ScoDataset after, PrintWriter out) {
        Map<String, Country> was = before.countries().stream()
                .collect(Collectors.toMap(Country::alpha2, c -> c, (a, b) -> a, TreeMap::new));
        Map<String, Country> is = after.countries().stream()
                .collect(Collectors.toMap(Country::alpha2, c -> c, (a, b) -> a, TreeMap::new));
        int[] counts = new int[3];
        was.forEach((code, c) -> {
            if (!is.containsKey(code)) {
                out.println("removed country " + code + " (" + c.shortName() + ")");
                counts[1]++;
            }
        });
        is.forEach((code, c) -> {
            Country old = was.get(code);
            if (old == null) {
                out.println("added country " + code + " (" + c.shortName() + ")");
                counts[0]++;
            } else if (!old.equals(c)) {
                COUNTRY_FIELDS.forEach((field, value) -> {
                    if (!Objects.equals(value.apply(old), value.apply(c))) {
                        out.println("changed country " + code + ": " + field + ": " + value.apply(old) + " -> "
                                + value.apply(c));
                    }
                });
                counts[2]++;
            }
        });
        return counts;
    }

    /**
     * The fields of a changed fact as this command shows them: countries by code, sources by identifier,
     * places as {@code city, code}. A field that differs only inside a country or a source is left out:
     * that change has its own {@code changed country} or {@code changed source} line, and would otherwise
     * repeat on every fact that names the country or cites the source.
     */
    private static List<String> ownChanges(DatasetDiff.Change change, ScoDataset before, ScoDataset after) {
        Fact was = before.fact(FactId.of(change.id())).orElseThrow();
        Fact is = after.fact(FactId.of(change.id())).orElseThrow();
        if (was.getClass() != is.getClass()) {
            return change.fields().stream().map(DatasetDiff.FieldChange::toString).toList();
        }
        List<String> lines = new ArrayList<>();
        for (DatasetDiff.FieldChange field : change.fields()) {
            String old = reference(component(was, field.field()));
            String now = reference(component(is, field.field()));
            if (!old.equals(now)) {
                lines.add(field.field() + ": " + old + " -> " + now);
            }
        }
        return lines;
    }

    private static Object component(Fact fact, String name) {
        for (RecordComponent component : fact.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(fact);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + name + " of " + fact.id(), e);
                }
            }
        }
        throw new IllegalStateException(fact.getClass().getSimpleName() + " has no field " + name);
    }

    private static String reference(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(DiffCommand::reference).orElse("(none)");
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DiffCommand::reference).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Country country) {
            return country.alpha2();
        }
        if (value instanceof Source source) {
            return source.id().value();
        }
        if (value instanceof Place place) {
            return place.city() + ", " + place.country().alpha2();
        }
        return String.valueOf(value);
    }

    /** A fact in a few words, so that an added or removed one can be recognised without looking it up. */
    static String describe(Fact fact) {
        String what;
        if (fact instanceof StatusPeriod p) {
            what = p.country().alpha2() + " " + p.status().label() + " " + p.period();
        } else if (fact instanceof Meeting m) {
            what = Converters.label(m.council()) + ", " + Describe.summit(m);
        } else if (fact instanceof Document d) {
            what = d.title() + ", " + d.adopted();
        } else if (fact instanceof Appointment a) {
            what = Converters.label(a.post()) + " " + a.holder() + ", " + a.term();
        } else if (fact instanceof Chairmanship c) {
            what = c.presidingState().alpha2() + ", " + c.term();
        } else if (fact instanceof Body b) {
            what = b.name();
        } else if (fact instanceof Designation d) {
            what = d.name() + ", " + d.period();
        } else if (fact instanceof Event e) {
            what = e.name() + ", " + e.period();
        } else {
            Figure f = (Figure) fact;
            what = f.measure() + " " + Converters.label(f.bound()) + " " + f.value().toPlainString() + " "
                    + Converters.label(f.unit()) + ", " + f.referenceDate();
        }
        return fact.getClass().getSimpleName() + ": " + what;
    }

    private static String describe(Source source) {
        return source.title() + ", " + source.publisher();
    }
}
