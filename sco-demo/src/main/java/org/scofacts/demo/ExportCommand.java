package org.scofacts.demo;

import java.util.concurrent.Callable;
import org.scofacts.data.ScoDataset;
import org.scofacts.demo.persistence.DatabaseTarget;
import org.scofacts.demo.persistence.ScoDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole dataset into your database, in one transaction, and reads it back to check.",
            "Creates (or drops and recreates) the sco_* tables there; on failure no row is written."})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    ScoDemo root;

    @Option(names = "--jdbc-url", paramLabel = "URL", required = true,
            description = "Where to export, e.g. jdbc:postgresql://localhost:5432/sco or jdbc:h2:./sco.")
    String url;

    @Option(names = "--user", paramLabel = "USER", description = "Database user.")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Database password.")
    String password;

    @Mixin
    Options.Debug debug;

    @Override
    public Integer call() {
        ScoDataset data = root.sco().dataset();
        DatabaseTarget target = DatabaseTarget.of(url, user, password);
        try (ScoDatabase db = ScoDatabase.open(target)) {
            db.save(data);
            boolean same = db.load().equals(data);
            root.out().println("Exported SCO Facts " + data.version() + " to " + target + ": "
                    + data.countries().size() + " countries, " + data.sources().size() + " sources, "
                    + data.facts().count() + " facts in the sco_* tables; read back through JPQL: "
                    + (same ? "identical." : "DIFFERENT."));
            root.out().flush();
            return same ? 0 : 1;
        }
    }
}
