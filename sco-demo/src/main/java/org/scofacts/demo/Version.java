package org.scofacts.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.scofacts.data.ScoDataset;

/** What {@code --version} prints: the library's version and the version of the data it answers from. */
final class Version {

    private Version() {
    }

    /**
     * The lines {@code --version} prints.
     *
     * @param dataset the dataset the console answers from
     * @return the lines
     * @throws IOException when the build's version file cannot be read
     */
    static String[] lines(ScoDataset dataset) throws IOException {
        Properties build = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                build.load(in);
            }
        }
        return new String[] {
            "sco-demo, SCO Facts library " + build.getProperty("library.version", "(version unknown)"),
            "data " + dataset.version() + ", checked through " + dataset.checkedThrough()};
    }
}
