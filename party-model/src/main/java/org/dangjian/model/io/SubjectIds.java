package org.dangjian.model.io;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.model.HostUnit;
import org.dangjian.model.Organization;
import org.dangjian.model.Person;
import org.dangjian.model.RecordKind;

/**
 * The ids of the three kinds a finding can be about (organizations, people, host units) are
 * unique across the three, not only within each. A finding, a waiver and a baseline name their
 * subject by id alone ({@code subjectId}); were a person and an organization both {@code "1"}, a
 * finding on the organization could be shown, waived or compared as the person's.
 */
final class SubjectIds {

    private final ValidationContext c;
    /** Positions by id of a kind, built only once a clash needs the other record's path. */
    private final Map<RecordKind, Map<String, Integer>> positions = new EnumMap<>(RecordKind.class);

    private SubjectIds(ValidationContext c) {
        this.c = c;
    }

    static void check(ValidationContext c) {
        SubjectIds ids = new SubjectIds(c);
        // The smaller kinds are looked up in the larger ones' indexes: organizations and host units
        // number thousands where people number millions.
        List<Organization> orgs = c.dataset.organizations();
        for (int i = 0; i < orgs.size(); i++) {
            String id = orgs.get(i).id();
            ids.clash(RecordKind.ORGANIZATIONS, i, id, RecordKind.PEOPLE, c.dataset.person(id).isPresent());
            ids.clash(RecordKind.ORGANIZATIONS, i, id, RecordKind.HOST_UNITS, c.dataset.hostUnit(id).isPresent());
        }
        List<HostUnit> units = c.dataset.hostUnits();
        for (int i = 0; i < units.size(); i++) {
            String id = units.get(i).id();
            ids.clash(RecordKind.HOST_UNITS, i, id, RecordKind.PEOPLE, c.dataset.person(id).isPresent());
        }
    }

    private void clash(RecordKind kind, int index, String id, RecordKind other, boolean found) {
        if (!found || id.isBlank()) {
            return;
        }
        Integer at = positions.computeIfAbsent(other, this::positionsOf).get(id);
        String where = at == null ? ValidationContext.noun(other) + " \"" + id + "\"" : c.path(other, at, "");
        c.error(kind, index, "id", "The id \"" + id + "\" is also the id of " + where
                + "; an organization, a person and a host unit may not share an id, because a finding names its"
                + " subject by id alone. Give one of them another id, for example with a prefix for its kind (o-" + id
                + ", p-" + id + ", h-" + id + ").");
    }

    private Map<String, Integer> positionsOf(RecordKind kind) {
        List<Object> records = c.dataset.records(kind);
        Map<String, Integer> out = new HashMap<>(records.size() * 2);
        for (int i = 0; i < records.size(); i++) {
            Object r = records.get(i);
            String id = r instanceof Person p ? p.id() : r instanceof HostUnit h ? h.id() : ((Organization) r).id();
            out.putIfAbsent(id, i);
        }
        return out;
    }
}
