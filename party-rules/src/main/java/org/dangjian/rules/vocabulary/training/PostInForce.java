package org.dangjian.rules.vocabulary.training;

import java.time.LocalDate;
import java.util.Objects;
import org.dangjian.model.Position;
import org.dangjian.model.Role;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * A post (职务) in force on {@code asOf}: started on or before it and not ended before it.
 * Rules raise on {@link #position()}, so the finding names the person and the post's organization.
 */
public record PostInForce(String personId, String orgId, Role role, LocalDate start, Position position) implements OrganizationFact {

    public PostInForce {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(position, "position");
    }

    /** The post as a fact. */
    public static PostInForce of(Position p) {
        return new PostInForce(p.personId(), p.organizationId(), p.role(), p.start(), p);
    }
}
