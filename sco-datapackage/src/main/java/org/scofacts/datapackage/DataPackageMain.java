package org.scofacts.datapackage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scofacts.data.ScoDataset;

/**
 * Writes the bundled dataset's package during the build: {@code DataPackageMain DIRECTORY ZIP} writes the
 * package into the directory and as the zip, and prints what it wrote, its size and how long it took.
 *
 * @since 0.1.0
 */
public final class DataPackageMain {

    private DataPackageMain() {
    }

    /**
     * Writes the bundled dataset's package.
     *
     * @param args the directory to write the package into, then the zip file to write
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("expected two arguments, DIRECTORY and ZIP, got " + args.length);
        }
        long started = System.nanoTime();
        DataPackage pkg = DataPackage.of(ScoDataset.bundled());
        Path directory = Path.of(args[0]);
        Path zip = Path.of(args[1]);
        pkg.writeTo(directory);
        pkg.writeZip(zip);
        long millis = (System.nanoTime() - started) / 1_000_000;
        try {
            System.out.println("Wrote the data package of SCO Facts " + pkg.version() + " (" + pkg.tableNames().size()
                    + " tables) to " + directory + " and " + zip + " (" + Files.size(zip) + " bytes) in " + millis
                    + " ms.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
