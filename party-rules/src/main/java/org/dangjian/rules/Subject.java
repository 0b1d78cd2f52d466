package org.dangjian.rules;

import java.util.Objects;

/**
 * The subject of a finding: its type, id and name, and the organization it belongs to
 * (for a person, their membership's or post's organization; empty when there is none).
 */
public record Subject(SubjectType type, String id, String name, String organizationId) {

    public Subject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        organizationId = organizationId == null ? "" : organizationId;
    }

    /** An organization as subject; it belongs to itself. */
    public static Subject organization(String id, String name) {
        return new Subject(SubjectType.ORGANIZATION, id, name, id);
    }

    /** A person as subject, belonging to {@code organizationId}. */
    public static Subject person(String id, String name, String organizationId) {
        return new Subject(SubjectType.PERSON, id, name, organizationId);
    }

    /** A host unit as subject, belonging to the organization responsible for it. */
    public static Subject hostUnit(String id, String name, String organizationId) {
        return new Subject(SubjectType.HOST_UNIT, id, name, organizationId);
    }
}
