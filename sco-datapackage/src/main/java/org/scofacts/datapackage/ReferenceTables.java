package org.scofacts.datapackage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Country;
import org.scofacts.model.CountryName;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Source;
import org.scofacts.model.SourceKind;
import org.scofacts.query.CowIgoTable;

/** The tables the fact tables refer to: countries, their names, the sources; and the COW-style table. */
final class ReferenceTables {

    static final String COUNTRIES = "countries";
    static final String SOURCES = "sources";

    private ReferenceTables() {
    }

    static Table countries(ScoDataset data) {
        List<Field> fields = List.of(
                Field.of("alpha2", Field.STRING, "ISO 3166-1 alpha-2 code: the key every country column of the"
                        + " package refers to", true).withPattern(Columns.ALPHA2_PATTERN),
                Field.of("alpha3", Field.STRING, "ISO 3166-1 alpha-3 code", true).withPattern("^[A-Z]{3}$"),
                Field.of("iso_numeric", Field.INTEGER, "ISO 3166-1 numeric code", false),
                Field.of("short_name", Field.STRING, "English short name", true),
                Field.of("official_name", Field.STRING, "English official name", true),
                Field.of("aliases", Field.STRING, "other English names the state is known by, separated by \"; \"",
                        false),
                Field.of("wikidata_id", Field.STRING, "Wikidata item", false).withPattern(Columns.WIKIDATA_PATTERN),
                Field.of("cow_code", Field.INTEGER, "Correlates of War state code (ccode)", false),
                Field.of("cow_abbreviation", Field.STRING, "Correlates of War state abbreviation", false));
        List<List<String>> rows = new ArrayList<>();
        for (Country c : data.countries()) {
            rows.add(List.of(c.alpha2(), c.alpha3(),
                    c.isoNumeric().map(code -> Integer.toString(code.value())).orElse(""),
                    c.shortName(), c.officialName(), String.join("; ", new TreeSet<>(c.aliases())),
                    c.wikidataId().map(id -> id.value()).orElse(""),
                    c.cowCode().map(cow -> Integer.toString(cow.code())).orElse(""),
                    c.cowCode().map(cow -> cow.abbreviation()).orElse("")));
        }
        return new Table(COUNTRIES, "Countries", "One row per state the facts name, with the codes to join on.",
                fields, List.of("alpha2"), List.of(), rows);
    }

    static Table countryNames(ScoDataset data) {
        List<Field> fields = List.of(
                Field.of("country", Field.STRING, "the state (ISO 3166-1 alpha-2 code, a key into countries)", true)
                        .withPattern(Columns.ALPHA2_PATTERN),
                Field.of("language", Field.STRING, "the language of the name (BCP 47 tag)", true),
                Field.of("name", Field.STRING, "the state's name in that language", true),
                Field.of("source_id", Field.STRING, "the source of the name (a key into sources)", true));
        List<List<String>> rows = new ArrayList<>();
        for (Country c : data.countries()) {
            for (CountryName name : c.localNames()) {
                rows.add(List.of(c.alpha2(), name.language().toLanguageTag(), name.name(), name.source().id().value()));
            }
        }
        return new Table("country_names", "Country names", "One row per recorded name of a state in one of the SCO's"
                + " official languages other than English.", fields, List.of("country", "language", "name"),
                List.of(ForeignKey.of("country", COUNTRIES, "alpha2"), ForeignKey.of("source_id", SOURCES, "id")), rows);
    }

    static Table sources(ScoDataset data) {
        List<String> kinds = new ArrayList<>();
        for (SourceKind kind : SourceKind.values()) {
            kinds.add(kind.name());
        }
        List<Field> fields = new ArrayList<>(List.of(
                Field.of("id", Field.STRING, "identifier of the source (fact_sources.source_id refers to it)", true),
                Field.of("kind", Field.STRING, "what kind of source it is", true).withAllowed(kinds),
                Field.of("title", Field.STRING, "title", true),
                Field.of("publisher", Field.STRING, "publisher", true)));
        for (Column column : Columns.partialDate("published", "when it was published")) {
            fields.add(column.field().optional());
        }
        fields.add(Field.of("url", Field.STRING, "where it can be read", false));
        fields.add(Field.of("note", Field.STRING, "what the source supports, or a caveat", false));
        List<List<String>> rows = new ArrayList<>();
        for (Source s : data.sources()) {
            List<String> row = new ArrayList<>(List.of(s.id().value(), s.kind().name(), s.title(), s.publisher()));
            Optional<PartialDate> published = s.published();
            row.add(published.map(PartialDate::toString).orElse(""));
            row.add(published.map(Columns::precision).orElse(""));
            row.add(published.map(p -> p.firstDay().toString()).orElse(""));
            row.add(s.url().map(Object::toString).orElse(""));
            row.add(s.note());
            rows.add(row);
        }
        return new Table(SOURCES, "Sources", "One row per source a fact or a name cites.", fields, List.of("id"),
                List.of(), rows);
    }

    static Table cowIgo(CowIgoTable table) {
        List<Field> fields = List.of(
                Field.of("ccode", Field.INTEGER, "Correlates of War state code (a key into countries.cow_code)", true),
                Field.of("year", Field.INTEGER, "the year", true),
                Field.of("state", Field.STRING, "Correlates of War state abbreviation", true),
                Field.of("sco", Field.INTEGER, "the state's standing in the SCO on 31 December of the year (in the"
                        + " check year: on the check date), coded as COW IGO v3 codes it: 1 full member, 3 observer"
                        + " or partner (COW has no partner category), 0 none", true));
        List<List<String>> rows = new ArrayList<>();
        for (CowIgoTable.Row row : table.rows()) {
            rows.add(List.of(Integer.toString(row.cowCode().code()), Integer.toString(row.year()),
                    row.cowCode().abbreviation(), Integer.toString(row.status())));
        }
        return new Table("cow_igo", "SCO in the COW IGO country-year layout", "One row per state with a COW code and"
                + " year from " + CowIgoTable.FIRST_YEAR + " to the check year, in the layout of the Correlates of"
                + " War Intergovernmental Organizations data (ccode, year, state, sco).", fields,
                List.of("ccode", "year"), List.of(ForeignKey.of("ccode", COUNTRIES, "cow_code")), rows);
    }
}
