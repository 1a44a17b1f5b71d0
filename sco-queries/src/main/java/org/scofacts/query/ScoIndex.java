package org.scofacts.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Appointment;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.Fact;
import org.scofacts.model.Meeting;
import org.scofacts.model.Post;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;

/**
 * The indexes one {@link Sco} answers from. Each is built the first time a query needs it and never
 * changed after, so a first answer builds only the index it asks, and reads only the tables that index
 * needs. Racing threads may each build an index; the copies are equal, immutable and published whole.
 */
final class ScoIndex {

    private final ScoDataset dataset;
    private volatile CountryKeys countryKeys;
    private volatile StatusIndex statuses;
    private volatile MeetingIndex meetings;
    private volatile PostTerms posts;
    private volatile Map<SourceId, List<Fact>> factsBySource;

    ScoIndex(ScoDataset dataset) {
        this.dataset = dataset;
    }

    ScoDataset dataset() {
        return dataset;
    }

    private CountryKeys countryKeys() {
        CountryKeys keys = countryKeys;
        if (keys == null) {
            keys = new CountryKeys(dataset);
            countryKeys = keys;
        }
        return keys;
    }

    private StatusIndex statuses() {
        StatusIndex index = statuses;
        if (index == null) {
            index = new StatusIndex(dataset.statusPeriods());
            statuses = index;
        }
        return index;
    }

    private MeetingIndex meetings() {
        MeetingIndex index = meetings;
        if (index == null) {
            index = new MeetingIndex(dataset.meetings());
            meetings = index;
        }
        return index;
    }

    private PostTerms posts() {
        PostTerms index = posts;
        if (index == null) {
            index = new PostTerms(dataset.appointments());
            posts = index;
        }
        return index;
    }

    Country country(String nameOrCode) {
        return countryKeys().country(nameOrCode);
    }

    Country countryByIsoNumeric(int code) {
        return countryKeys().countryByIsoNumeric(code);
    }

    Country countryByCowCode(int code) {
        return countryKeys().countryByCowCode(code);
    }

    /** Whether the JDK's names were indexed; for the test that a code look-up does not load locale data. */
    boolean jdkNamesLoaded() {
        CountryKeys keys = countryKeys;
        return keys != null && keys.jdkNamesLoaded();
    }

    List<StatusPeriod> timeline(Country country) {
        return statuses().timeline(country);
    }

    List<StatusChange> changesBetween(LocalDate from, LocalDate to) {
        return statuses().changesBetween(from, to);
    }

    Optional<Status> statusOf(Country country, LocalDate date) {
        return statuses().statusOf(country, date);
    }

    StatusIndex.StatusTable statusTable(Status status) {
        return statuses().statusTable(status);
    }

    boolean isFounder(Country country) {
        return statuses().isFounder(country);
    }

    List<Meeting> meetings(Council council) {
        return meetings().meetings(council);
    }

    Optional<Meeting> meeting(Council council, int ordinal) {
        return meetings().meeting(council, ordinal);
    }

    List<Appointment> terms(Post post) {
        return posts().terms(post);
    }

    List<Fact> factsCiting(SourceId source) {
        Map<SourceId, List<Fact>> citing = factsBySource;
        if (citing == null) {
            citing = indexCitations();
            factsBySource = citing;
        }
        return citing.getOrDefault(source, List.of());
    }

    private Map<SourceId, List<Fact>> indexCitations() {
        Map<SourceId, List<Fact>> citing = new HashMap<>();
        for (FactFamily<?> family : FactFamily.all()) {
            for (Fact f : dataset.facts(family)) {
                for (Source s : f.sources()) {
                    List<Fact> facts = citing.get(s.id());
                    if (facts == null) {
                        facts = new ArrayList<>();
                        citing.put(s.id(), facts);
                    }
                    facts.add(f);
                }
            }
        }
        Map<SourceId, List<Fact>> copied = new HashMap<>();
        for (Map.Entry<SourceId, List<Fact>> e : citing.entrySet()) {
            copied.put(e.getKey(), List.copyOf(e.getValue()));
        }
        return Map.copyOf(copied);
    }
}
