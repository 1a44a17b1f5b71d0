package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A chart committed under docs/, drawn by a demo command: the freshness check both charts share. */
record CommittedChart(String fileName, String chartArguments) {

    /** The committed file, from the sco-demo module's folder. */
    Path path() {
        return Path.of("..", "docs", fileName);
    }

    /** How to bring the committed chart up to date, from the repository root. */
    String regenerate() {
        return "./mvnw -B package -pl sco-demo -am -DskipTests && java -jar sco-demo/target/sco-demo.jar chart"
                + (chartArguments.isEmpty() ? "" : " " + chartArguments) + " --output docs/" + fileName;
    }

    void assertIsCurrent(String drawnNow) throws IOException {
        assertThat(path()).as("docs/" + fileName + " is missing; draw it with: " + regenerate()).exists();
        assertThat(Files.readString(path(), StandardCharsets.UTF_8).equals(drawnNow))
                .as("docs/" + fileName + " is stale (the dataset or the chart code changed since it was drawn);"
                        + " redraw it from the repository root with: " + regenerate()).isTrue();
    }
}
