package org.dangjian.model.io;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.RecordSchema.Field;

/**
 * Every field that names another record must name one that is there. The fields are found by
 * name in every record kind, so a reference field added later with one of these names is
 * checked without a change here.
 */
final class ReferenceChecks {

    /** Field name → the kind of record it names. */
    static final Map<String, RecordKind> TARGETS = Map.of(
            "personId", RecordKind.PEOPLE,
            "attendees", RecordKind.PEOPLE,
            "organizationId", RecordKind.ORGANIZATIONS,
            "parentId", RecordKind.ORGANIZATIONS,
            "ownOrganizationId", RecordKind.ORGANIZATIONS,
            "supervisingOrganizationId", RecordKind.ORGANIZATIONS,
            "reportedToCommunityId", RecordKind.ORGANIZATIONS,
            "hostUnitId", RecordKind.HOST_UNITS,
            "workUnitId", RecordKind.HOST_UNITS);

    private ReferenceChecks() {}

    static void check(ValidationContext c) {
        for (RecordKind kind : RecordKind.values()) {
            List<Field> refs = RecordSchema.of(kind.type()).fields().stream()
                    .filter(f -> TARGETS.containsKey(f.name())).toList();
            List<Object> records = c.dataset.records(kind);
            for (int i = 0; i < records.size(); i++) {
                for (Field f : refs) {
                    check(c, kind, i, f, f.get(records.get(i)));
                }
            }
        }
    }

    private static void check(ValidationContext c, RecordKind kind, int i, Field f, Object value) {
        RecordKind target = TARGETS.get(f.name());
        if (value instanceof String id) {
            c.reference(kind, i, f.name(), id, target);
        } else if (value instanceof Optional<?> opt && opt.isPresent()) {
            if (opt.get() instanceof List<?> ids) {
                for (int j = 0; j < ids.size(); j++) {
                    c.reference(kind, i, f.name() + "[" + j + "]", (String) ids.get(j), target);
                }
            } else {
                c.reference(kind, i, f.name(), (String) opt.get(), target);
            }
        }
    }
}
