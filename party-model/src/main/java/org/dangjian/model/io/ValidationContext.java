package org.dangjian.model.io;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.model.Dataset;
import org.dangjian.model.RecordKind;

/** What the checks share: the dataset, where its records came from, and the problems so far. */
final class ValidationContext {

    final Dataset dataset;
    final Locator locator;
    final Problems problems;
    /** Ids of records the reader could not build: references to them are not "dangling". */
    private final Map<RecordKind, Set<String>> unreadIds;

    ValidationContext(Dataset dataset, Locator locator, Problems problems, Map<RecordKind, Set<String>> unreadIds) {
        this.dataset = dataset;
        this.locator = locator;
        this.problems = problems;
        this.unreadIds = unreadIds;
    }

    String path(RecordKind kind, int index, String field) {
        return locator.path(kind, index) + (field.isEmpty() ? "" : "." + field);
    }

    void error(RecordKind kind, int index, String field, String message) {
        problems.error(path(kind, index, field), message);
    }

    void warning(RecordKind kind, int index, String field, String message) {
        problems.warning(path(kind, index, field), message);
    }

    /** Reports {@code id} if no record of {@code target} has it. */
    void reference(RecordKind kind, int index, String field, Optional<String> id, RecordKind target) {
        id.ifPresent(value -> {
            if (!exists(target, value)) {
                error(kind, index, field, "There is no " + noun(target) + " with the id \"" + value + "\".");
            }
        });
    }

    void reference(RecordKind kind, int index, String field, String id, RecordKind target) {
        reference(kind, index, field, Optional.of(id), target);
    }

    boolean exists(RecordKind target, String id) {
        boolean found = switch (target) {
            case ORGANIZATIONS -> dataset.organization(id).isPresent();
            case PEOPLE -> dataset.person(id).isPresent();
            case HOST_UNITS -> dataset.hostUnit(id).isPresent();
            default -> throw new IllegalArgumentException(target + " is not referenced by id");
        };
        return found || unreadIds.getOrDefault(target, Set.of()).contains(id);
    }

    static String noun(RecordKind kind) {
        return switch (kind) {
            case ORGANIZATIONS -> "organization";
            case PEOPLE -> "person";
            case HOST_UNITS -> "host unit";
            case ACTIVITIES -> "activity";
            default -> kind.jsonName();
        };
    }
}
