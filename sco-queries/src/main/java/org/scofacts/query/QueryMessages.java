package org.scofacts.query;

import java.time.LocalDate;
import java.util.List;
import org.scofacts.model.Country;

/**
 * Every message this package puts in an exception, built in one place so that tests can pin them
 * verbatim. Each names the parameter or the query at fault and the value it was given.
 */
final class QueryMessages {

    private QueryMessages() {
    }

    static String mustNotBeNull(String parameter) {
        return parameter + " must not be null";
    }

    static String mustNotBeBlank(String parameter, String value) {
        return parameter + " must not be blank, was \"" + value + "\"";
    }

    static String mustBePositive(String parameter, int value) {
        return parameter + " must be at least 1, was " + value;
    }

    static String reversedRange(String fromParameter, LocalDate from, String toParameter, LocalDate to) {
        return toParameter + " " + to + " must not be before " + fromParameter + " " + from;
    }

    static String unknownNumericCode(String system, int code) {
        return "Unknown " + system + ": " + code + "; no country in the dataset has it";
    }

    static String unknownCountry(String input, List<Country> suggestions, int known) {
        String unknown = "Unknown country: \"" + input + "\"; ";
        if (suggestions.isEmpty()) {
            return unknown + "expected an ISO 3166-1 alpha-2 or alpha-3 code (KZ, KAZ), a Wikidata id (Q232), an English"
                    + " name or alias (Kazakhstan, Kyrgyz Republic) or a Russian or Chinese name (Казахстан, 哈萨克斯坦) of one"
                    + " of the " + known + " countries in the dataset";
        }
        StringBuilder text = new StringBuilder(unknown).append("did you mean ");
        for (int i = 0; i < suggestions.size(); i++) {
            if (i > 0) {
                text.append(i == suggestions.size() - 1 ? " or " : ", ");
            }
            Country c = suggestions.get(i);
            text.append(c.shortName()).append(" (").append(c.alpha2()).append(')');
        }
        return text.append('?').toString();
    }

    static String countryNameTooLong(String input, int limit) {
        int cut = Character.isHighSurrogate(input.charAt(39)) ? 39 : 40;
        return "Unknown country: \"" + input.substring(0, cut) + "...\" (" + input.length()
                + " characters); no country's name or code is longer than " + limit + " characters";
    }

    static String checkDateBeyondTable(LocalDate checkedThrough, int firstYear, int lastYear) {
        return "Cannot tabulate the dataset's check date " + checkedThrough + ": the COW IGO table runs from "
                + firstYear + " to the check date's year, at most " + lastYear;
    }

    static String notExactlyOne(Object query, int count) {
        return "Expected exactly one answer to " + query + " but found " + count;
    }

    static String notAtMostOne(Object query, int count) {
        return "Expected at most one answer to " + query + " but found " + count;
    }
}
