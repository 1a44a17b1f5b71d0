package org.scofacts.bench;

import java.util.Locale;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Post;
import org.scofacts.model.Status;
import org.scofacts.query.Sco;

/**
 * How validating and indexing a dataset grow with its size: builds {@link SyntheticDataset}s of 1, 10, 100
 * and 1,000 copies of the bundled data, times {@code build()} (every whole-dataset rule) and {@code Sco.of}
 * followed by one question per index, and prints the medians and the growth exponent between sizes
 * ({@code log(t2/t1) / log(n2/n1)}: 1 is linear, 2 quadratic).
 *
 * <p>Run: {@code java -Xmx8g -cp sco-bench/target/benchmarks.jar org.scofacts.bench.ValidationScaling [ROUNDS]}
 */
public final class ValidationScaling {

    private static final int[] COPIES = {1, 10, 100, 1000};

    private ValidationScaling() {
    }

    /**
     * Runs the series.
     *
     * @param args the number of timed rounds per size (default 5)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        warmUp();
        System.out.println("| copies | facts | sources | validate (median ms) | exponent | index + questions (median ms) | exponent |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        double previousValidate = 0;
        double previousIndex = 0;
        int previousCopies = 0;
        for (int copies : COPIES) {
            ScoDataset.Builder builder = SyntheticDataset.of(copies);
            double[] validate = new double[rounds];
            double[] index = new double[rounds];
            ScoDataset dataset = null;
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                dataset = builder.build();
                long t1 = System.nanoTime();
                askEveryIndex(dataset);
                long t2 = System.nanoTime();
                validate[r] = (t1 - t0) / 1e6;
                index[r] = (t2 - t1) / 1e6;
            }
            double v = Median.of(validate);
            double i = Median.of(index);
            System.out.printf(Locale.ROOT, "| %d | %d | %d | %.1f | %s | %.1f | %s |%n", copies,
                    dataset.facts().count(), dataset.sources().size(), v,
                    exponent(previousValidate, v, previousCopies, copies), i,
                    exponent(previousIndex, i, previousCopies, copies));
            previousValidate = v;
            previousIndex = i;
            previousCopies = copies;
        }
    }

    private static void warmUp() {
        ScoDataset.Builder builder = SyntheticDataset.of(10);
        for (int r = 0; r < 20; r++) {
            askEveryIndex(builder.build());
        }
    }

    static Object askEveryIndex(ScoDataset dataset) {
        Sco sco = Sco.of(dataset);
        var day = dataset.statusPeriods().get(dataset.statusPeriods().size() / 2).period().startDay();
        return new Object[] {
            sco.country("Kyrgyzstan"),
            sco.countries().withStatus(Status.MEMBER_STATE).asOf(day).count(),
            sco.summits().numbered(20),
            sco.appointments().post(Post.SECRETARY_GENERAL).servingOn(day).first(),
            sco.timeline(sco.country("IR")),
            sco.chairmanshipOn(day),
            sco.factsCiting(dataset.sources().get(dataset.sources().size() - 1)),
        };
    }

    private static String exponent(double before, double after, int copiesBefore, int copiesAfter) {
        if (copiesBefore == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%.2f", Math.log(after / before) / Math.log((double) copiesAfter / copiesBefore));
    }
}
