package org.dangjian.rules.vocabulary.cadres;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.model.Position;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * The district filing (区级备案) of a secretary's appointment: {@code daysTaken} from the post's
 * start to the filing, or, while it is not filed by {@code asOf}, to {@code asOf} (to the post's
 * end, if it ended unfiled before {@code asOf}: no filing was owed after it). Derived for
 * SECRETARY posts that began on or before {@code asOf} and were in force at some time in the
 * audit year; CAD-005 judges those of community orgs whose filing fell due in the audit year or
 * later (appointed on or after 1 January minus {@code cad.filingDays}): a new secretary (新任职),
 * not one appointed years ago.
 */
public record SecretaryFiling(Position post, Optional<LocalDate> filed, long daysTaken) implements OrganizationFact {

    public SecretaryFiling {
        Objects.requireNonNull(post, "post");
        filed = filed == null ? Optional.empty() : filed;
    }

    /** The secretary's person id. */
    public String personId() {
        return post.personId();
    }

    /** The organization of the post. */
    public String organizationId() {
        return post.organizationId();
    }

    /** The day of appointment: the post's start. */
    public LocalDate appointed() {
        return post.start();
    }

    /** The filing date as text, {@code none} while not filed. */
    public String filedLabel() {
        return filed.map(LocalDate::toString).orElse("none");
    }

    /** The post's organization, as {@link OrganizationFact} asks. */
    @Override
    public String orgId() {
        return post.organizationId();
    }
}
