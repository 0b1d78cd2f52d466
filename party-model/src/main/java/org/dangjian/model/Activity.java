package org.dangjian.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A meeting or organized activity (组织生活、活动) of an organization. {@code attendees} is empty when attendance was not recorded.
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s,
 * and an optional flag that is absent is {@code false}.
 */
public record Activity(
        String id,
        String organizationId,
        ActivityType type,
        LocalDate date,
        Optional<List<String>> attendees,
        Optional<String> title) {

    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        attendees = attendees == null ? Optional.empty() : attendees.map(List::copyOf);
        title = title == null ? Optional.empty() : title;
    }
}
