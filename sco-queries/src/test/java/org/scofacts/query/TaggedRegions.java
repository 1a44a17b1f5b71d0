package org.scofacts.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The code regions of a test source marked {@code // tag::name[]} ... {@code // end::name[]}, dedented, so
 * that a documentation example can be compared with the code a test runs (README, Javadoc).
 */
final class TaggedRegions {

    private TaggedRegions() {
    }

    static Map<String, String> of(String source) {
        Matcher m = Pattern.compile("// tag::([a-z-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL)
                .matcher(source);
        Map<String, String> regions = new LinkedHashMap<>();
        while (m.find()) {
            regions.put(m.group(1), dedent(m.group(2)));
        }
        return regions;
    }

    /** The lines without the indentation they share, trimmed at both ends. */
    static String dedent(String region) {
        List<String> lines = region.lines().collect(Collectors.toList());
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
                .collect(Collectors.joining("\n")).strip();
    }
}
