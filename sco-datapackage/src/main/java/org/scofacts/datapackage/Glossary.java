package org.scofacts.datapackage;

import java.util.Map;

/**
 * What the record components mean, in words for the package's readers. Keyed by component name rather than
 * written per table, so a new family's table is described from the words its components share with the others;
 * a component missing here gets a plain generated description. A family's own description is its registry
 * declaration's ({@code FactFamily.description()}).
 */
final class Glossary {

    private static final Map<String, String> COMPONENTS = Map.ofEntries(
            Map.entry("country", "the state"),
            Map.entry("status", "the status held (MEMBER_STATE, OBSERVER_STATE, DIALOGUE_PARTNER, or PARTNER:"
                    + " the \"SCO partner\" status that replaced observers and dialogue partners in 2025)"),
            Map.entry("statusSought", "the status the state sought"),
            Map.entry("period", "the period"),
            Map.entry("term", "the term"),
            Map.entry("grantedBy", "the decision that granted the status, as the sources name it"),
            Map.entry("decidedAt", "the meeting that decided it (a key into meetings)"),
            Map.entry("council", "the council that met"),
            Map.entry("ordinal", "the meeting's number in its council's series, where the SCO numbers it"),
            Map.entry("firstDay", "the first day of the meeting"),
            Map.entry("lastDay", "the last day of the meeting, inclusive"),
            Map.entry("place", "where it took place"),
            Map.entry("format", "in person, virtual or hybrid"),
            Map.entry("wikidataId", "its Wikidata item, where one was checked"),
            Map.entry("title", "the title"),
            Map.entry("kind", "the kind"),
            Map.entry("adopted", "when it was signed or adopted"),
            Map.entry("inForce", "when it entered into force"),
            Map.entry("adoptedAt", "the meeting that adopted it (a key into meetings)"),
            Map.entry("post", "the post"),
            Map.entry("holder", "who held the post"),
            Map.entry("nominatedBy", "the state that nominated the holder"),
            Map.entry("holderWikidataId", "the holder's Wikidata item, where one was checked"),
            Map.entry("name", "the name"),
            Map.entry("seat", "where the body has its seat"),
            Map.entry("established", "when the body was established"),
            Map.entry("presidingState", "the state that chaired the SCO"),
            Map.entry("summitHostedElsewhere", "the summit that closed the term, when a state other than the chair"
                    + " hosted it (a key into meetings)"),
            Map.entry("participants", "a state that took part"),
            Map.entry("measure", "what the figure measures, in the source's words"),
            Map.entry("bound", "whether the value is exact, at least or at most"),
            Map.entry("value", "the value, in the unit"),
            Map.entry("unit", "the unit of the value"),
            Map.entry("referenceDate", "the date the figure refers to"),
            Map.entry("claimedBy", "who claimed the figure, when it is a claim rather than a statistic"),
            Map.entry("date", "when it happened"),
            Map.entry("meeting", "the meeting where it happened (a key into meetings)"),
            Map.entry("day", "the meeting's first day"),
            Map.entry("capacity", "in what capacity the delegation attended: a member, observer, dialogue partner or"
                    + " guest state, or an international organisation"),
            Map.entry("person", "who led the delegation, spelled as the first cited source spells the name"),
            Map.entry("office", "the office the person held then, as the sources give it"),
            Map.entry("level", "the rank of that office (an acting president counts as head of state)"),
            Map.entry("mode", "whether the leader took part in person or by video"),
            Map.entry("personWikidataId", "the person's Wikidata item, where checked"),
            Map.entry("organisation", "the other international organisation"),
            Map.entry("statement", "the principle, in the words of the source"),
            Map.entry("stated", "when it was stated"),
            Map.entry("document", "the document that states it (a key into documents)"));

    private Glossary() {
    }

    static String component(String component) {
        String known = COMPONENTS.get(component);
        return known != null ? known : Columns.snake(component).replace('_', ' ');
    }
}
